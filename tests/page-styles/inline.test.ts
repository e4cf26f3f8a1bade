import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inlinePageStyles, sha256 } from '../../src/page-styles/inline.ts';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-old='; script-src 'self'">`;
const page = (head: string, body: string) => `<!doctype html><html><head>${CSP}${head}</head><body>${body}</body></html>`;
const sheets: Record<string, string> = {
  '/_astro/a.css': '.used{color:red}.unused{color:blue}:root[data-theme=dark] .used{color:white}',
  '/codigo.css': '.sk-1{--shiki-light:#000}.sk-2{--shiki-light:#111}',
};
const read = (href: string) => sheets[href] ?? assert.fail(`no se esperaba ${href}`);

test('the linked sheets and <style> blocks become one <style>, in cascade order, with the rules the page can use', async () => {
  const html = page('<link rel="stylesheet" href="/codigo.css"><style>.inline{margin:0}</style><link rel="stylesheet" href="/_astro/a.css">', '<p class="used inline"><span class="sk-2">x</span></p>');
  const { html: out, replaced } = await inlinePageStyles(html, 'x.html', read, '');
  assert.deepEqual(replaced, ['/codigo.css', '/_astro/a.css']);
  const styles = [...out.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  assert.equal(styles.length, 1);
  assert.doesNotMatch(out, /<link rel="stylesheet"/);
  const css = styles[0]!;
  assert.ok(css.indexOf('.sk-2') < css.indexOf('.inline') && css.indexOf('.inline') < css.indexOf('.used{'), css);
  assert.doesNotMatch(css, /\.unused|\.sk-1\{/);
  // Set by a script before the first paint: kept though no <html data-theme> is in the markup.
  assert.match(css, /data-theme/);
  assert.ok(out.includes(sha256(css)), 'el hash del <style> está en la CSP de la página');
});

test('a class only a script writes keeps its rules', async () => {
  const html = page('<link rel="stylesheet" href="/_astro/a.css">', '<p>x</p>');
  const without = await inlinePageStyles(html, 'x.html', read, '');
  const withScript = await inlinePageStyles(html, 'x.html', read, "el.classList.add('unused')");
  assert.doesNotMatch(without.html, /\.unused/);
  assert.match(withScript.html, /\.unused/);
});

test('a page without a style-src to add its hash to is an error naming the file', async () => {
  const html = '<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"></head><body class="used"></body></html>';
  await assert.rejects(inlinePageStyles(html, 'dist/x/index.html', read, ''), /dist\/x\/index\.html: sin style-src/);
});

test('a page that links no styles is left as it is', async () => {
  const html = page('', '<p>x</p>');
  assert.deepEqual(await inlinePageStyles(html, 'x.html', read, ''), { html, replaced: [] });
});

test('rules on a state alone stay: the focus ring and the flash of the heading a link arrives at', async () => {
  const html = page('<style>:focus-visible{outline:3px solid}:target{animation:none}.gone:hover{color:red}</style>', '<p>x</p>');
  const { html: out } = await inlinePageStyles(html, 'x.html', read, '');
  assert.match(out, /:focus-visible\{outline:3px solid\}/);
  assert.match(out, /:target\{animation:none\}/);
  assert.doesNotMatch(out, /\.gone/);
});
