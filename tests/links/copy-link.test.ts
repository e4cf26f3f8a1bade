import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeCopyLink from '../../src/links/rehype-copy-link.ts';
import rehypeHeadings from '../../src/links/rehype-headings.ts';

const render = async (markdown: string) =>
  String(await unified().use(remarkParse).use(remarkRehype).use(rehypeHeadings).use(rehypeCopyLink).use(rehypeStringify).process(markdown));

test('a numbered heading gets hidden buttons for its permanent and its short address', async () => {
  const html = await render('## 1.13.3 Volúmenes\n');
  // Their messages are on #aviso, once per page (Base.astro), not on every group.
  assert.match(html, /<span class="link-copy" hidden data-pagefind-ignore(?:="")?>/);
  assert.match(html, /<button type="button" class="copy-link" aria-label="Copiar enlace a «1\.13\.3 Volúmenes»" title="Copiar enlace a «1\.13\.3 Volúmenes»" data-copy="#1-13-3-volumenes">/);
  assert.match(html, /<button type="button" class="copy-short" aria-label="Copiar enlace corto \/1\.13\.3" title="Copiar enlace corto \/1\.13\.3" data-copy="\/1\.13\.3">\/1\.13\.3<\/button>/);
});

test('a heading without a number gets only the permanent address, outside the heading text', async () => {
  const html = await render('### Contenedores en Windows\n');
  assert.match(html, /<h3 id="contenedores-en-windows">Contenedores en Windows<\/h3>/);
  assert.match(html, /data-copy="#contenedores-en-windows"/);
  assert.doesNotMatch(html, /copy-short/);
});
