import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aroundFirstMatch } from '../../src/search/client/excerpt.ts';

test('an excerpt starts a few words before its first match', () => {
  const html = 'uno dos tres cuatro cinco seis siete ocho <mark>volúmenes</mark> nueve diez <mark>volumen</mark>';
  assert.equal(aroundFirstMatch(html), '…cinco seis siete ocho <mark>volúmenes</mark> nueve diez <mark>volumen</mark>');
});

test('a match near the start, none at all, or inside a word leaves the text as it reads', () => {
  assert.equal(aroundFirstMatch('dos <mark>redes</mark> más'), 'dos <mark>redes</mark> más');
  assert.equal(aroundFirstMatch('sin nada marcado'), 'sin nada marcado');
  // «(» belongs to the word it opens; an escaped «&» is one word.
  assert.equal(aroundFirstMatch('a b c d e f (<mark>tmpfs</mark>)'), '…d e f (<mark>tmpfs</mark>)');
  assert.equal(aroundFirstMatch('a b c d e f &amp; <mark>x</mark>'), '…d e f &amp; <mark>x</mark>');
});
