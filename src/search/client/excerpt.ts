/** Words kept before the first match: with two lines of excerpt, the match is on the first one. */
const BEFORE = 4;

/**
 * Starts a Pagefind excerpt (escaped text with <mark> around matches) a few words before its first
 * match: excerpts are cut to two lines, and on a phone Pagefind's window often put the match past them.
 */
export function aroundFirstMatch(html: string, before = BEFORE): string {
  const at = html.indexOf('<mark>');
  if (at === -1) return html;
  const words = html.slice(0, at).split(/\s+/).filter(Boolean);
  if (words.length <= before) return html;
  // A match right after a space keeps that space; one inside a word keeps the word's start whole.
  const joined = html[at - 1] === ' ' || at === 0 ? ' ' : '';
  return `…${words.slice(-before).join(' ')}${joined}${html.slice(at)}`;
}
