// A query that names a part of the book puts that part first (issue #23). Pagefind ranks by words in
// the text, and a part whose text repeats the word («Comandos de volúmenes») outranks the part named
// by it («1.13.3 Volúmenes»). Pagefind has no notion of a result's title, so this reorders, in the
// browser, the results already fetched.

/** Accent-free, lower-case words of three letters or more, numbers left out («1.13.3», «de», «y»). */
const words = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word.length >= 3 && !/^[\d.-]+$/.test(word));

export interface TitleMatch {
  /** Query words that only begin (or end) a title word: «volume» in «Volúmenes», «cri» in «CRI-O». */
  partial: number;
  /** Title words the query does not name: «comandos» in «Comandos de volúmenes». */
  extra: number;
}

/** How closely a title is named by the query; undefined unless every query word is in the title. */
export function titleMatch(query: string, title: string): TitleMatch | undefined {
  const wanted = words(query);
  const have = words(title);
  if (wanted.length === 0) return undefined;
  let partial = 0;
  for (const word of wanted) {
    if (have.includes(word)) continue;
    // Same word with another ending: «redes»/«red», «clústeres»/«clúster».
    if (!have.some((other) => other.startsWith(word) || word.startsWith(other))) return undefined;
    partial += 1;
  }
  const named = (other: string) => wanted.some((word) => other.startsWith(word) || word.startsWith(other));
  return { partial, extra: have.filter((other) => !named(other)).length };
}

/**
 * Results whose title contains every word of the query come first: the closest name first, and for the
 * same closeness a part of the book before the glossary entry that defines the word («plano de control»
 * → «Plano de control y nodos worker», then the entry). The rest keep Pagefind's order.
 */
export function titlesFirst<T>(query: string, results: T[], describe: (result: T) => { title: string; glossary: boolean }): T[] {
  const key = (result: T, order: number) => {
    const { title, glossary } = describe(result);
    const match = titleMatch(query, title);
    return match ? [0, match.partial, Number(glossary), match.extra, order] : [1, 0, 0, 0, order];
  };
  const keyed = results.map((result, order) => ({ result, key: key(result, order) }));
  const compare = (a: number[], b: number[]) => a.reduce((found, value, i) => found || value - b[i]!, 0);
  return keyed.sort((a, b) => compare(a.key, b.key)).map(({ result }) => result);
}
