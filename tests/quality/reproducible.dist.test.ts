// Reproducible build: the same commit built twice, in two different folders, gives byte-identical files.
// Two full builds are slow on a shared machine, so this runs in CI (CI set) or with REPRODUCIBLE=1.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { test } from 'node:test';
import { walk } from '../helpers/dist-pages.ts';
import { buildFixture, type FixtureBuild } from '../helpers/fixture-build.ts';

const enabled = Boolean(process.env.CI || process.env.REPRODUCIBLE);

const digests = (build: FixtureBuild) =>
  new Map(walk(build.outDir).map((file) => [relative(build.outDir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));

test('dos builds del mismo commit son idénticos byte a byte', { skip: !enabled && 'solo en CI (o con REPRODUCIBLE=1)' }, () => {
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
