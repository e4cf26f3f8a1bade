// Valid HTML: html-validate (config in .htmlvalidate.json) over every .html file in dist/.
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { test } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { DIST, pages } from '../helpers/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

for (const page of pages()) {
  test(`HTML válido: ${relative(DIST, page.file)}`, async () => {
    const report = await validator.validateFile(page.file);
    assert.ok(report.valid, `${report.errorCount} errores de html-validate:\n${text(report.results)}`);
  });
}

test('dist/ tiene páginas que validar', () => assert.ok(pages().length > 0, 'no hay .html en dist/: ¿se ejecutó astro build?'));
