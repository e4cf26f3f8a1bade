// The book excerpt as a fingerprint: salted hashes of its normalised 8-word runs, committed in
// excerpt-fingerprint.json, so a clone of the repository alone can check that no page repeats the
// book's wording, without the book's text being published. `npm run excerpt:fingerprint` makes the
// file from ../shared/source/ (the only place the text is); the checks only ever read the hashes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RUN = 8;
export const FINGERPRINT_FILE = join(import.meta.dirname, 'excerpt-fingerprint.json');

export interface Fingerprint {
  /** Mixed into every hash, so the file cannot be matched against a table made elsewhere. */
  salt: string;
  run: number;
  /** Sorted, so their order says nothing about the text. */
  hashes: string[];
}

/** Lower case, no accents, words only: the same normalisation for the excerpt and the site. */
export function words(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

export function grams(list: string[], n: number = RUN): string[] {
  return list.slice(0, Math.max(0, list.length - n + 1)).map((_, i) => list.slice(i, i + n).join(' '));
}

/** 64 bits of SHA-256: with a few hundred runs, a chance collision with a site's run is about 1 in 10^13. */
export const hashOf = (salt: string, gram: string) => createHash('sha256').update(`${salt}\n${gram}`).digest('hex').slice(0, 16);

export function makeFingerprint(text: string, salt: string): Fingerprint {
  return { salt, run: RUN, hashes: [...new Set(grams(words(text)).map((g) => hashOf(salt, g)))].sort() };
}

export function readFingerprint(file: string = FINGERPRINT_FILE): Fingerprint {
  return JSON.parse(readFileSync(file, 'utf8')) as Fingerprint;
}

/** The runs of `text` that are in the excerpt, each once, as the text has them (normalised). */
export function copiedRuns(text: string, fingerprint: Fingerprint): string[] {
  const known = new Set(fingerprint.hashes);
  return [...new Set(grams(words(text), fingerprint.run))].filter((g) => known.has(hashOf(fingerprint.salt, g)));
}
