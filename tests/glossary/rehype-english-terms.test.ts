import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeHeadings from '../../src/links/rehype-headings.ts';
import rehypeEnglishTerms from '../../src/glossary/rehype-english-terms.ts';

const GLOSSARY = 'tests/glossary/fixtures/glosario.yaml';

async function render(markdown: string, glossary = GLOSSARY): Promise<string> {
  const file = new VFile({ path: 'content/secciones/pagina.mdx', value: markdown, data: { astro: { frontmatter: { number: '1.1', title: 'Tema' } } } });
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeHeadings).use(rehypeEnglishTerms, { glossary }).use(rehypeStringify);
  return String(await processor.process(file));
}

test('under the heading of «taughtIn», the English terms in italics, lang="en", linked to their entry', async () => {
  const html = await render('Intro.\n\n## Volúmenes\n\nTexto.\n');
  assert.match(html, /<\/div>\n<p class="english-terms" data-pagefind-weight="7"><span data-pagefind-ignore="">En inglés:<\/span> <a href="\/glosario\/#volumen"><i lang="en">volume<\/i><\/a>, <a href="\/glosario\/#volumen"><i lang="en">named volume<\/i><\/a><\/p>\n<p>Texto./);
  // The section's own title (the layout's h1) takes its terms at the top of the content.
  assert.match(html, /^<p class="english-terms"[^>]*><span[^>]*>En inglés:<\/span> <a href="\/glosario\/#red"><i lang="en">network<\/i>/);
  // An entry without English terms adds nothing.
  assert.doesNotMatch(html, /#capa/);
});

test('a «taughtIn» that names no heading of its page fails the build at the glossary line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'glosario-'));
  const broken = join(dir, 'glosario.yaml');
  writeFileSync(broken, readFileSync(GLOSSARY, 'utf8').replace('taughtIn: /pagina/#volumenes', 'taughtIn: /pagina/#no-existe'));
  await assert.rejects(render('## Volúmenes\n', broken), (error: Error) => {
    assert.match(error.message, new RegExp(`${broken}:5: «taughtIn» /pagina/#no-existe no es un encabezado de pagina\\.mdx`));
    return true;
  });
});

test('pages the glossary does not name are left as they are', async () => {
  const file = new VFile({ path: 'content/secciones/otra.mdx', value: '## Volúmenes\n' });
  const html = String(await unified().use(remarkParse).use(remarkRehype).use(rehypeEnglishTerms, { glossary: GLOSSARY }).use(rehypeStringify).process(file));
  assert.equal(html, '<h2>Volúmenes</h2>');
});
