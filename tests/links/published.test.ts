import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeHeadingAliases from '../../src/links/rehype-heading-aliases.ts';
import rehypeHeadings from '../../src/links/rehype-headings.ts';
import { mergeManifest, missingPublished, type Manifest } from '../../src/links/published.ts';

const fixtures = 'tests/links/fixtures/published';
const manifest = JSON.parse(readFileSync(`${fixtures}/manifest.json`, 'utf8')) as Manifest;

/** Renders a fixture section through the site's own heading plugins into a one-page dist/. */
async function build(name: string): Promise<string> {
  const dir = `${fixtures}/${name}`;
  const file = new VFile({ path: `${dir}/input.md`, value: readFileSync(`${dir}/input.md`, 'utf8') });
  file.data.astro = { frontmatter: JSON.parse(readFileSync(`${dir}/frontmatter.json`, 'utf8')) };
  const html = await unified().use(remarkParse).use(remarkRehype).use(rehypeHeadings).use(rehypeHeadingAliases).use(rehypeStringify).process(file);
  const dist = mkdtempSync(join(tmpdir(), 'publicados-'));
  mkdirSync(join(dist, 'seccion'));
  writeFileSync(join(dist, 'seccion/index.html'), `<!doctype html><html lang="es"><body>${html}</body></html>`);
  return dist;
}

test('the published manifest passes on the build it was made from', async () => {
  assert.deepEqual(missingPublished(manifest, await build('original')), []);
});

test('renaming a heading without an alias fails, naming the lost anchor and the fix', async () => {
  const problems = missingPublished(manifest, await build('renamed'));
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^\/seccion\/#1-13-3-volumenes: el ancla «1-13-3-volumenes» ya no existe en \/seccion\/\./);
  assert.match(problems[0]!, /aliases: \{ 1-13-3-volumenes: <id nuevo> \}/);
});

test('renaming a heading with an alias passes: the old id sits at the new heading', async () => {
  const dist = await build('renamed-with-alias');
  assert.deepEqual(missingPublished(manifest, dist), []);
  const html = readFileSync(join(dist, 'seccion/index.html'), 'utf8');
  assert.match(html, /<span id="1-13-3-volumenes" class="alias"><\/span><h2 id="1-13-3-almacenamiento-con-volumenes">/);
});

test('an alias pointing at no heading stops the build, naming the file', async () => {
  await assert.rejects(build('alias-to-nowhere'), (error: Error) => {
    assert.match(String(error), /alias-to-nowhere\/input\.md/);
    assert.match(error.message, /Alias «1-13-3-volumenes» → «1-13-3-almacenamiento»: no hay ningún encabezado ni figura/);
    return true;
  });
});

test('updating the manifest adds new addresses and never drops one', () => {
  const merged = mergeManifest(manifest, { anclas: ['/seccion/#1-13-5-nuevo'], cortas: ['/1.13.5'] });
  assert.deepEqual(merged.anclas, ['/seccion/#1-13-3-volumenes', '/seccion/#1-13-4-redes', '/seccion/#1-13-5-nuevo']);
  assert.deepEqual(merged.cortas, ['/1.13.5']);
});

test('an alias for an id that is still in use stops the build (it would hide a real heading)', async () => {
  await assert.rejects(build('alias-still-in-use'), /Alias «1-13-4-redes»: ese id sigue en uso en la página/);
});
