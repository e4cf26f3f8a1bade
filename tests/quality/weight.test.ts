// The weight gate reads what a page loads from its HTML: check those readers on small inputs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cssUrls, inlineScripts, staticImports } from '../helpers/weight.ts';

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
