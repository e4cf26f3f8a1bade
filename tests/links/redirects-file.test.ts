// `_redirects` from a link index written out by hand: the expected lines are literals, never the
// output of redirectLines() itself. The lines of a real build are checked in fixture-site.dist.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLinkIndex } from '../../src/links/link-index.ts';
import { redirectLines } from '../../src/links/redirects-file.ts';

const index = buildLinkIndex(
  'https://sitio.example',
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
      pageAliases: ['almacenamiento'],
    },
  ],
  [{ id: 'raft', term: 'Raft', aliases: ['consenso-raft'] }],
);

test('each short URL gets a 301 to its page and #anchor (a section, to its page alone), with and without the final slash', () => {
  assert.deepEqual(redirectLines(index), [
    '/1.13 /objetos/ 301',
    '/1.13/ /objetos/ 301',
    '/1.13.3 /objetos/#1-13-3-volumenes 301',
    '/1.13.3/ /objetos/#1-13-3-volumenes 301',
    '/figura/1.7 /objetos/#figura-1-7 301',
    '/figura/1.7/ /objetos/#figura-1-7 301',
    '/almacenamiento /objetos/ 301',
    '/almacenamiento/ /objetos/ 301',
  ]);
});

test('a site without short URLs or renamed pages has no redirect lines', () => {
  assert.deepEqual(redirectLines({ sitio: 'https://sitio.example/', enlaces: [], redirecciones: [] }), []);
});
