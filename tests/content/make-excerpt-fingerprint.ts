// `npm run excerpt:fingerprint`: writes tests/content/excerpt-fingerprint.json from the book excerpt in
// ../shared/source/. Run it when the excerpt changes; `-- --check` only says whether the file is current.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINGERPRINT_FILE, makeFingerprint, readFingerprint } from './excerpt-fingerprint.ts';

const EXCERPT = join(import.meta.dirname, '../../../shared/source/extracto-capitulo-1.txt');
if (!existsSync(EXCERPT)) {
  console.error(`No se encuentra el extracto del libro en ${EXCERPT}: la huella solo se puede hacer donde está el texto.`);
  process.exit(1);
}
const text = readFileSync(EXCERPT, 'utf8');
// The same salt as before, so the file changes only when the excerpt does.
const salt = existsSync(FINGERPRINT_FILE) ? readFingerprint().salt : randomBytes(16).toString('hex');
const fingerprint = makeFingerprint(text, salt);
const json = `${JSON.stringify(fingerprint, null, 1)}\n`;
if (process.argv.includes('--check')) {
  const current = existsSync(FINGERPRINT_FILE) && readFileSync(FINGERPRINT_FILE, 'utf8') === json;
  console.log(current ? `${FINGERPRINT_FILE}: al día (${fingerprint.hashes.length} huellas)` : `${FINGERPRINT_FILE}: no corresponde al extracto; ejecuta «npm run excerpt:fingerprint»`);
  process.exit(current ? 0 : 1);
}
writeFileSync(FINGERPRINT_FILE, json);
console.log(`${FINGERPRINT_FILE}: ${fingerprint.hashes.length} huellas de ${fingerprint.run} palabras`);
