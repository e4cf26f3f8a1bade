// Valid HTML: html-validate (config in .htmlvalidate.json) over every .html file in dist/.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { ROOT, readPages } from '../helpers/dist-pages.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

for (const page of readPages()) {
  test(`HTML válido: ${page.file}`, async () => {
    const report = await validator.validateFile(join(ROOT, page.file));
    assert.ok(report.valid, `${report.errorCount} errores de html-validate:\n${text(report.results)}`);
  });
}

test('dist/ tiene páginas que validar', () => assert.ok(readPages().length > 0, 'no hay .html en dist/: ¿se ejecutó astro build?'));
