// Reproducible build: the same commit built twice, in two different folders, gives byte-identical files.
// It runs in every `npm test` (about a minute more on 2 cores): a new machine's run skips nothing.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { test } from 'node:test';
import { walk } from '../helpers/dist-pages.ts';
import { buildFixture, type FixtureBuild } from '../helpers/fixture-build.ts';

const digests = (build: FixtureBuild) =>
  new Map(walk(build.outDir).map((file) => [relative(build.outDir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));

test('dos builds del mismo commit son idénticos byte a byte', () => {
  const builds = [buildFixture(resolve('content')), buildFixture(resolve('content'))];
  try {
    for (const build of builds) assert.equal(build.status, 0, build.output);
    const [a, b] = builds.map(digests) as [Map<string, string>, Map<string, string>];
    assert.ok(a.size > 0, 'el build no produjo archivos');
    const names = [...new Set([...a.keys(), ...b.keys()])].sort();
    const differ = names.filter((name) => a.get(name) !== b.get(name));
    assert.deepEqual(differ, [], 'archivos distintos (o presentes en un solo build) entre dos builds del mismo commit');
  } finally {
    for (const build of builds) build.cleanup();
  }
});
