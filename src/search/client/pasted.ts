// A pasted error message rarely matches whole: Pagefind needs every word of a query, and a real message
// carries ids, paths and URLs that no page repeats. When a long query finds nothing, these are the parts
// to try instead, the most telling first. Pagefind has no such fallback (or synonyms: CloudCannon/pagefind#777).

/** Below this many words a query is typed, not pasted: no fallback. */
const PASTED_WORDS = 4;

/** Words no page repeats: hex ids, quoted numbers, URL-encoded or dotted paths, lone punctuation. */
const NOISE = /^(?:[0-9a-f]{12,}|\d+|.*%[0-9a-f]{2}.*|https?:\/\/\S*|)$/iu;
/** At most this many searches for one pasted message (each takes a few milliseconds). */
const MAX_PARTS = 40;

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const words = (text: string) => text.split(/\s+/).filter((word) => !NOISE.test(bare(word)));

/** The piece with words dropped from either end, down to three words. */
function cuts(piece: string[]): string[][] {
  const shorter: string[][] = [];
  for (let drop = 1; piece.length - drop >= 3; drop++) shorter.push(piece.slice(drop), piece.slice(0, -drop));
  return shorter;
}

const longestFirst = (parts: string[][]) => parts.map((part) => part.join(' ')).sort((a, b) => b.length - a.length);

/**
 * The parts of a pasted message worth searching on their own, in the order to try them: the message
 * without its noise; each piece between colons, quotes, brackets, « - » or a full stop; then those pieces
 * cut shorter from either end (another Docker version words a message slightly differently). Empty for
 * a short, typed query.
 * "Error response from daemon: remove datos: volume is in use - [4f3c…]" → […, "volume is in use", …].
 */
export function pastedParts(query: string): string[] {
  if (query.trim().split(/\s+/).length < PASTED_WORDS) return [];
  const pieces = query.split(/:\s|["“”«»()[\]{}]|\s-\s|\.\s/).map(words);
  const parts = [words(query).join(' '), ...longestFirst(pieces), ...longestFirst(pieces.flatMap(cuts))];
  return [...new Set(parts)].filter((part) => part.includes(' ') && part !== query.trim()).slice(0, MAX_PARTS);
}
