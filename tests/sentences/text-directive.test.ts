// Text fragments as src/sentences/text-directive.ts writes and reads them (WICG «Scroll to Text Fragment»).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { directiveFor, formatDirective, locate, parseDirective } from '../../src/sentences/text-directive.ts';

test('una frase corta es textStart, con «-», «,» y «&» escapados', () => {
  assert.equal(formatDirective(directiveFor('docker run -d, rápido & bien', 'texto docker run -d, rápido & bien')), 'text=docker%20run%20%2Dd%2C%20r%C3%A1pido%20%26%20bien');
});

test('una selección larga se nombra por sus cinco primeras y cinco últimas palabras', () => {
  const long = 'uno dos tres cuatro cinco seis siete ocho nueve diez once doce';
  assert.deepEqual(directiveFor(long, long), { start: 'uno dos tres cuatro cinco', end: 'ocho nueve diez once doce' });
});

test('si el comienzo se repite en la página, se añaden las tres palabras de antes', () => {
  const page = 'En Linux el volumen vive. En Windows el volumen vive.';
  assert.deepEqual(directiveFor('el volumen vive', page, 'Linux el volumen vive. En Windows'), { prefix: 'vive. En Windows', start: 'el volumen vive' });
  assert.deepEqual(directiveFor('el volumen vive', 'Solo aquí: el volumen vive.', 'Solo aquí:'), { start: 'el volumen vive' });
});

test('lo que se escribe se lee igual, y se encuentra en el texto', () => {
  const directive = { prefix: 'En Windows', start: 'el volumen', end: 'vive' };
  const fragment = `#:~:${formatDirective(directive)}`;
  assert.deepEqual(parseDirective(fragment), { ...directive, suffix: undefined });
  const text = 'En Linux el volumen vive. En Windows el volumen también vive.';
  assert.deepEqual(locate(text, directive), [text.indexOf('el volumen también'), text.length - 1]);
  assert.equal(locate(text, { start: 'no está' }), undefined);
  assert.equal(parseDirective('#1-13-3-volumenes'), undefined);
});
