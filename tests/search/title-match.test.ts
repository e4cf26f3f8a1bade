import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleMatch, titlesFirst } from '../../src/search/client/title-match.ts';

const part = (title: string, glossary = false) => ({ title, glossary });
const order = (query: string, parts: { title: string; glossary: boolean }[]) => titlesFirst(query, parts, (p) => p).map((p) => p.title);

test('the part the query names comes first, the closest name first, whatever Pagefind said', () => {
  assert.deepEqual(order('volumenes', [part('Comandos de volúmenes'), part('1.13.3 Volúmenes'), part('Redes')]), ['1.13.3 Volúmenes', 'Comandos de volúmenes', 'Redes']);
  // «redes» names «Redes» exactly and «Drivers de red» only by its stem.
  assert.deepEqual(order('redes', [part('Comandos de redes'), part('Drivers de red'), part('1.13.4 Redes')]), ['1.13.4 Redes', 'Comandos de redes', 'Drivers de red']);
});

test('for the same name, the book before the glossary; an exact word before a longer one', () => {
  assert.deepEqual(order('plano de control', [part('Plano de control', true), part('Plano de control y nodos worker')]), ['Plano de control y nodos worker', 'Plano de control']);
  assert.deepEqual(order('CRI', [part('CRI-O', true), part('CRI (Container Runtime Interface)', true)]), ['CRI (Container Runtime Interface)', 'CRI-O']);
});

test('results whose title does not name every word keep Pagefind order, after those that do', () => {
  assert.deepEqual(order('volume is in use', [part('Comandos de volúmenes'), part('1.13.3 Volúmenes')]), ['Comandos de volúmenes', '1.13.3 Volúmenes']);
  assert.equal(titleMatch('docker swarm', 'Docker Swarm')?.extra, 0);
  assert.equal(titleMatch('docker swarm', 'Docker Hub'), undefined);
  // Short words and numbers are not names: «de», «y», «2», «1.13.3».
  assert.deepEqual(titleMatch('WSL 2', 'WSL 2'), { partial: 0, extra: 0 });
  assert.equal(titleMatch('de', 'Comandos de redes'), undefined);
});
