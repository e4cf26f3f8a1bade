import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

test('a browser on PATH is found', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'browser-path-'));
  writeFileSync(join(dir, 'google-chrome'), '#!/bin/sh\n');
  const found = await findChromium({ PATH: dir });
  // Debian's Chromium, where installed, comes first; otherwise the one on PATH.
  assert.ok(found === '/usr/bin/chromium' || found === join(dir, 'google-chrome'), String(found));
});

test('with no browser at all, requireChromium fails with one line that says how to get one', async () => {
  await assert.rejects(requireChromium({ NO_CHROMIUM: '1' }), (error: Error) => {
    assert.equal(error.message, NO_BROWSER_HELP);
    assert.match(error.message, /apt-get install chromium/);
    assert.match(error.message, /npx playwright install chromium/);
    return true;
  });
});
