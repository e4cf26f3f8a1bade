import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLinkIndex, splitNumber } from '../../src/links/link-index.ts';

const site = 'https://sitio.example';

test('numbered headings, figures and sections get short URLs; terms and unnumbered headings do not', () => {
  const { sitio, enlaces } = buildLinkIndex(
    site,
    [
      {
        id: 'objetos',
        file: 'objetos.mdx',
        number: '1.13',
        title: 'Objetos de Docker',
        headings: [
          { depth: 2, slug: '1-13-3-volumenes', text: '1.13.3 Volúmenes' },
          { depth: 3, slug: 'en-windows', text: 'En Windows' },
        ],
        figures: [{ number: '1.7', title: 'Un volumen' }],
      },
    ],
    [{ id: 'raft', term: 'Raft' }],
  );
  assert.equal(sitio, 'https://sitio.example/');
  assert.deepEqual(
    enlaces.map((e) => [e.tipo, e.numero, e.ruta, e.corta, e.urlCorta]),
    [
      ['seccion', '1.13', '/objetos/#1-13-objetos-de-docker', '/1.13', 'https://sitio.example/1.13'],
      ['apartado', '1.13.3', '/objetos/#1-13-3-volumenes', '/1.13.3', 'https://sitio.example/1.13.3'],
      ['apartado', null, '/objetos/#en-windows', null, null],
      ['figura', '1.7', '/objetos/#figura-1-7', '/figura/1.7', 'https://sitio.example/figura/1.7'],
      ['termino', null, '/glosario/#raft', null, null],
    ],
  );
  assert.equal(enlaces[1]!.url, 'https://sitio.example/objetos/#1-13-3-volumenes');
  assert.deepEqual(splitNumber('1.13.3 Volúmenes'), { number: '1.13.3', title: 'Volúmenes' });
});

test('two sections claiming one number is an error naming both files', () => {
  const section = (file: string) => ({ id: file, file, number: '1.13', title: 'A', headings: [], figures: [] });
  assert.throws(() => buildLinkIndex(site, [section('a.mdx'), section('b.mdx')], []), /b\.mdx y a\.mdx publican la misma dirección \/1\.13/);
});

test('old file names of a section become page redirects; one that collides with a live page is an error', () => {
  const section = (id: string, pageAliases: string[] = []) => ({ id, file: `${id}.mdx`, number: id === 'a' ? '1.13' : '1.14', title: id, headings: [], figures: [], pageAliases });
  assert.deepEqual(buildLinkIndex(site, [section('a', ['viejo'])], []).redirecciones, [{ desde: '/viejo/', hacia: '/a/' }]);
  assert.throws(() => buildLinkIndex(site, [section('a'), section('b', ['a'])], []), /b\.mdx y a\.mdx publican la misma dirección \/a\//);
});

test('a glossary alias that is another term\'s id is an error', () => {
  const terms = [{ id: 'raft', term: 'Raft' }, { id: 'consenso', term: 'Consenso', aliases: ['raft'] }];
  assert.throws(() => buildLinkIndex(site, [], terms), /content\/glosario\.yaml \(alias de «consenso»\) y content\/glosario\.yaml publican la misma dirección \/glosario\/#raft/);
});
