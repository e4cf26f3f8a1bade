// Each page's CSP keeps only the hashes of its own inline scripts and styles (src/server/page-csp.ts).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { trimPolicy } from '../../src/server/page-csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

test('quita los hashes de scripts y estilos que la página no tiene, y deja los suyos y el resto de la política', () => {
  const own = 'console.log(1)';
  const style = '.a{color:red}';
  const policy = `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${hash(own)} ${hash('otro()')}; style-src 'self' ${hash('.b{}')} ${hash(style)};`;
  const trimmed = policyOf(trimPolicy(page(policy, `<script type="module">${own}</script><style>${style}</style><script src="/x.js"></script>`), 'x.html'));
  assert.equal(trimmed, `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${hash(own)}; style-src 'self' ${hash(style)};`);
});

test('una página sin scripts en línea se queda sin hashes', () => {
  const trimmed = policyOf(trimPolicy(page(`script-src 'self' ${hash('a()')}`, ''), 'x.html'));
  assert.equal(trimmed, "script-src 'self'");
});

test('un script en línea que la política no permite es un error con el archivo', () => {
  assert.throws(() => trimPolicy(page("script-src 'self'", '<script>sinHash()</script>'), 'dist/x/index.html'), /dist\/x\/index\.html: su CSP no permite 1 script/);
});

test('una página sin <meta> CSP es un error con el archivo', () => {
  assert.throws(() => trimPolicy('<html></html>', 'dist/y.html'), /dist\/y\.html: sin <meta http-equiv="content-security-policy">/);
});
