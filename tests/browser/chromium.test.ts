import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { test } from 'node:test';
import { findChromium, NO_BROWSER_HELP, requireChromium } from '../../src/browser/chromium.ts';

test('an explicit CHROMIUM_PATH wins over everything else', async () => {
  const fake = join(mkdtempSync(join(tmpdir(), 'browser-')), 'mi-chromium');
  writeFileSync(fake, '#!/bin/sh\n');
  chmodSync(fake, 0o755);
  assert.equal(await findChromium({ CHROMIUM_PATH: fake, PATH: '' }), fake);
  assert.equal(await findChromium({ CHROME_PATH: fake, PATH: '' }), fake);
});

test('a CHROMIUM_PATH that does not exist is an error that says how to get a browser', async () => {
  await assert.rejects(findChromium({ CHROMIUM_PATH: '/no/existe/chromium' }), (error: Error) => {
    assert.match(error.message, /CHROMIUM_PATH=\/no\/existe\/chromium/);
    assert.ok(error.message.includes(NO_BROWSER_HELP));
    assert.equal(error.message.split('\n').length, 1);
    return true;
  });
});

/** A host with no system browser and no Playwright download: only what a test puts on PATH. */
const PATH_ONLY = { systemPaths: [], downloaded: () => '/no/existe/playwright-chromium' };

const fakeBrowser = (dir: string, name: string) => {
  writeFileSync(join(dir, name), '#!/bin/sh\n');
  chmodSync(join(dir, name), 0o755);
  return join(dir, name);
};

test('a browser on PATH is found', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'browser-path-'));
  const chrome = fakeBrowser(dir, 'google-chrome');
  assert.equal(await findChromium({ PATH: ['/no/existe', dir].join(delimiter) }, PATH_ONLY), chrome);
});

test('PATH is searched in order, and every known name counts', async () => {
  const first = mkdtempSync(join(tmpdir(), 'browser-path-'));
  const second = mkdtempSync(join(tmpdir(), 'browser-path-'));
  const chromiumBrowser = fakeBrowser(first, 'chromium-browser');
  fakeBrowser(second, 'chromium');
  assert.equal(await findChromium({ PATH: [first, second].join(delimiter) }, PATH_ONLY), chromiumBrowser);
});

test('a system path comes before PATH, and PATH before Playwright\'s download', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'browser-path-'));
  const system = fakeBrowser(mkdtempSync(join(tmpdir(), 'browser-system-')), 'chromium');
  const onPath = fakeBrowser(dir, 'chromium');
  const download = fakeBrowser(mkdtempSync(join(tmpdir(), 'browser-download-')), 'chrome');
  assert.equal(await findChromium({ PATH: dir }, { systemPaths: [system], downloaded: () => download }), system);
  assert.equal(await findChromium({ PATH: dir }, { systemPaths: ['/no/existe/chromium'], downloaded: () => download }), onPath);
  assert.equal(await findChromium({ PATH: '' }, { systemPaths: [], downloaded: () => download }), download);
});

test('with nothing anywhere, there is no browser', async () => {
  assert.equal(await findChromium({ PATH: mkdtempSync(join(tmpdir(), 'browser-empty-')) }, PATH_ONLY), undefined);
});

test('with no browser at all, requireChromium fails with one line that says how to get one', async () => {
  await assert.rejects(requireChromium({ NO_CHROMIUM: '1' }), (error: Error) => {
    assert.equal(error.message, NO_BROWSER_HELP);
    assert.match(error.message, /apt-get install chromium/);
    assert.match(error.message, /npx playwright install chromium/);
    return true;
  });
});
