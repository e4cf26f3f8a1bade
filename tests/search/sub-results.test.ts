import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepStrongest, type SubResult } from '../../src/search/client/pagefind.ts';

const sub = (url: string, ...weights: number[]): SubResult => ({
  url,
  title: url,
  excerpt: '',
  // Pagefind's balanced_score grows with the weight (a heading match is weight 5–7).
  weighted_locations: weights.map((weight, location) => ({ weight, balanced_score: 512 * weight ** 2, location })),
});

test('a heading match outranks several passing mentions, and page order is kept', () => {
  const glossary = [sub('#etcd', 1), sub('#nodo-manager', 1, 1), sub('#lider', 1), sub('#quorum', 1), sub('#raft', 6)];
  // By match count alone (Pagefind's default) #raft, with one match, would be dropped.
  assert.deepEqual(
    keepStrongest(glossary, 3).map((s) => s.url),
    ['#etcd', '#nodo-manager', '#raft'],
  );
});

test('three or fewer sub-results are all kept', () => {
  const few = [sub('#a', 1), sub('#b', 1)];
  assert.equal(keepStrongest(few, 3), few);
});
