/**
 * Readable, accent-free ids for anchors: "1.13.3 Volúmenes" → "1-13-3-volumenes".
 * Accents are dropped so URLs stay plain ASCII when teachers paste them into slides.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
