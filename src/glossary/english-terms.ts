import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

/** One glossary entry's English names, as they are shown under the heading that teaches it. */
export interface TaughtTerms {
  id: string;
  english: string[];
  /** Where `taughtIn:` is written, for errors: "content/glosario.yaml:123". */
  at: string;
}

interface Entry {
  id?: unknown;
  english?: unknown;
  taughtIn?: unknown;
}

/**
 * The glossary's `english` terms grouped by the page and heading of `taughtIn`:
 * Map('/objetos-de-docker/', Map('1-13-3-volumenes', [{ id: 'volumen', english: ['volume'] }])).
 * Read straight from the YAML (with line numbers) because Markdown plugins run outside the content layer.
 */
export function termsByHeading(file: string): Map<string, Map<string, TaughtTerms[]>> {
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
  const pages = new Map<string, Map<string, TaughtTerms[]>>();
  const items = (document.contents as { items?: { get(key: string, keepNode: true): { range?: number[] } | undefined; toJSON(): Entry }[] } | null)?.items ?? [];
  for (const item of items) {
    const { id, english, taughtIn } = item.toJSON();
    if (typeof taughtIn !== 'string' || !Array.isArray(english) || english.length === 0) continue;
    const [page, anchor] = taughtIn.split('#');
    if (!page || !anchor) continue;
    const offset = item.get('taughtIn', true)?.range?.[0] ?? 0;
    const headings = pages.get(page) ?? new Map<string, TaughtTerms[]>();
    headings.set(anchor, [...(headings.get(anchor) ?? []), { id: String(id), english: english.map(String), at: `${file}:${lines.linePos(offset).line}` }]);
    pages.set(page, headings);
  }
  return pages;
}
