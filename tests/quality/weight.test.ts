// The weight gate reads what a page loads from its HTML: check those readers on small inputs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { BUDGET_JS, BUDGET_TOTAL, cssUrls, inlineScripts, staticImports } from '../helpers/weight.ts';

test('static imports count, dynamic import() does not (it is lazy)', () => {
  const js = `import{a as b}from"./chunk.js";import "./side.js";const m=()=>import("./search.js");`;
  assert.deepEqual(staticImports(js), ['./chunk.js', './side.js']);
});

test('inline scripts: executable ones only', () => {
  const html = `<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><script type="module">b()</script>`;
  assert.deepEqual(inlineScripts(html), ['a()', 'b()']);
});

test('CSS url() references, without data: URIs', () => {
  assert.deepEqual(cssUrls(`a{background:url("/i.svg")}b{background:url(data:image/png;base64,AA)}c{x:url(../f.png)}`), ['/i.svg', '../f.png']);
});

test('the budgets enforced are the ones the README promises: 25 KB per page, 2 KB of JS before search', () => {
  assert.equal(BUDGET_TOTAL, 25 * 1024);
  assert.equal(BUDGET_JS, 2 * 1024);
  const row = readFileSync('README.md', 'utf8').split('\n').find((line) => line.startsWith('| Peso |'));
  assert.ok(row, 'falta la fila «Peso» en la tabla de puertas de calidad del README');
  assert.match(row, /≤ 25 KB;/);
  assert.match(row, /≤ 2 KB;/);
});
