import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pastedParts } from '../../src/search/client/pasted.ts';

const ID = '645587db3ab1a35d64c7877538bcd649ebdfb07d2e8b64d7294286c17d74c092';

test('a pasted message is tried without its ids, then by its pieces', () => {
  const parts = pastedParts(`Error response from daemon: remove datos: volume is in use - [${ID}]`);
  assert.equal(parts[0], 'Error response from daemon: remove datos: volume is in use');
  assert.ok(parts.includes('volume is in use'), parts.join(' | '));
  assert.ok(parts.every((p) => !p.includes(ID.slice(0, 12))), 'no part keeps the id');
});

test('URL-encoded paths are noise; a message worded by another version is cut down to what matches', () => {
  const parts = pastedParts('permission denied while trying to connect to the docker API at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/info"');
  assert.ok(parts.every((p) => !p.includes('%2F')), parts.join(' | '));
  assert.ok(parts.includes('permission denied while trying to connect to the docker'), 'cut from the end, past the changed words');
  assert.ok(parts.length <= 40, 'a bounded number of searches');
});

test('a typed query of fewer than four words is not a pasted message', () => {
  assert.deepEqual(pastedParts('exec format error'), []);
  assert.deepEqual(pastedParts('docker volume create'), []);
});
