import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inlineHtml } from '../../src/collections/inline-markdown.ts';

test('a definition keeps its words, with *cursiva* as <em> and characters escaped', () => {
  assert.equal(inlineHtml('Los *drivers* incluidos son bridge & host.'), 'Los <em>drivers</em> incluidos son bridge &#x26; host.');
});

test('raw HTML does not pass through, and a second paragraph is refused', () => {
  assert.equal(inlineHtml('Texto <script>x</script> fin.'), 'Texto x fin.');
  assert.throws(() => inlineHtml('Uno.\n\nDos.'), /un solo párrafo/);
});
