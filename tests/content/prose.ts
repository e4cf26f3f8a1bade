// The prose of the site's sources, for checks that read words (spelling, banned forms): everything else
// (code, URLs, ids, keys, JSX attributes other than a title) becomes spaces. Lines and columns are kept,
// so a finding in the prose points to the same line and column of the source file.
import { extname } from 'node:path';

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Keeps only the spans given by `keep` (start, end pairs) of a line; the rest becomes spaces. */
function keepSpans(line: string, spans: Array<[number, number]>): string {
  const out = Array.from(line, () => ' ');
  for (const [start, end] of spans) for (let i = start; i < end; i += 1) out[i] = line[i]!;
  return out.join('');
}

function spans(line: string, regex: RegExp): Array<[number, number]> {
  return [...line.matchAll(regex)].map((m) => {
    const group = m.slice(1).findIndex((g) => g !== undefined) + 1;
    const start = m.index! + m[0].indexOf(m[group]!);
    return [start, start + m[group]!.length] as [number, number];
  });
}

/** Diagram labels are prose; Mermaid keywords and node ids are not. */
function mermaidLine(line: string): string {
  const access = /^(\s*acc(?:Title|Descr):)(.*)$/.exec(line);
  if (access) return blank(access[1]!) + access[2];
  return keepSpans(line, [
    ...spans(line, /"([^"]*)"/g),
    ...spans(line, /[[(]([^[\]()"]+)[\])]/g),
    ...spans(line, /--\s+([^"\s>-][^>"]*?)\s+-->/g),
  ]);
}

function markdownLine(line: string): string {
  return (
    line
      // Inline code, error messages as a program prints them (<ErrorMessage>, one line) and URLs: not prose.
      .replace(/`[^`]*`/g, blank)
      .replace(/<ErrorMessage>.*?<\/ErrorMessage>/g, blank)
      .replace(/\]\([^)]*\)/g, (m) => ']' + blank(m.slice(1)))
      .replace(/https?:\/\/\S+/g, blank)
      // JSX and HTML tags: only a title="…" attribute is prose.
      .replace(/<\/?[A-Za-z][^>]*>/g, (tag) => {
        const title = /\btitle="([^"]*)"/.exec(tag);
        if (!title) return blank(tag);
        const start = tag.indexOf(title[1]!, title.index);
        return blank(tag.slice(0, start)) + title[1] + blank(tag.slice(start + title[1]!.length));
      })
  );
}

function markdown(text: string, labels: boolean): string {
  const lines = text.split('\n');
  let fence: string | undefined;
  let frontmatter = lines[0] === '---';
  return lines
    .map((line, index) => {
      if (frontmatter) {
        if (index > 0 && line === '---') frontmatter = false;
        const field = /^(title|description):(.*)$/.exec(line);
        return field ? blank(`${field[1]}:`) + field[2] : blank(line);
      }
      const open = /^\s*```(\w*)/.exec(line);
      if (fence === undefined && open) {
        fence = open[1] ?? '';
        return blank(line);
      }
      if (fence !== undefined) {
        if (/^\s*```\s*$/.test(line)) {
          fence = undefined;
          return blank(line);
        }
        return fence === 'mermaid' && labels ? mermaidLine(line) : blank(line);
      }
      return markdownLine(line);
    })
    .join('\n');
}

/** YAML keys whose values are Spanish prose (glossary, self-checks); every other key's line is blanked. */
const PROSE_KEYS = ['term', 'definition', 'synonyms', 'question', 'answer', 'text', 'feedback'];

function yaml(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const key = /^(\s*-?\s*)([A-Za-z]+):/.exec(line);
      // Not Spanish prose: ids, paths (`taughtIn`, `review`), flags (`correct`), and `english`, the
      // term's official English names (set apart as English, in italics, by the site). The dictionary,
      // the banned forms («cluster») and the italics check are about Spanish prose.
      if (key && !PROSE_KEYS.includes(key[2]!)) return blank(line);
      // Values are Markdown, like the sections: inline code and links are not prose.
      return markdownLine(line.replace(/^(\s*-?\s*[A-Za-z]+:\s*(?:>-)?)/, blank));
    })
    .join('\n');
}

function json(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(\s*"[^"]+":)/, blank).replace(/\[[A-Z_]+\]|\{\w+\}/g, blank))
    .join('\n');
}

/**
 * The prose of one source file, same lines and columns, everything else blank. Diagram labels are
 * prose too, unless `labels` is false (a check about typography that an SVG label cannot carry).
 */
export function prose(path: string, text: string, { labels = true } = {}): string {
  switch (extname(path)) {
    case '.md':
    case '.mdx':
      return markdown(text, labels);
    case '.yaml':
    case '.yml':
      return yaml(text);
    case '.json':
      return json(text);
    default:
      throw new Error(`${path}: no sé qué parte de este tipo de archivo es prosa`);
  }
}

/** Forms the style guide (content/GUIA-DE-ESTILO.md) replaces, with the form to write instead. */
export const BANNED: Array<{ form: RegExp; prefer: string; unless?: RegExp }> = [
  { form: /(?<![\p{L}\d-])clusters(?![\p{L}\d-])/giu, prefer: 'clústeres' },
  { form: /(?<![\p{L}\d-])cluster(?![\p{L}\d-])/giu, prefer: 'clúster' },
  { form: /(?<![\p{L}\d-])ficheros?(?![\p{L}\d-])/giu, prefer: 'archivo / archivos' },
  // `host` is fine as the network driver's name: «red host», «driver host».
  { form: /(?<![\p{L}\d-])hosts?(?![\p{L}\d-])/giu, prefer: 'anfitrión / anfitriones', unless: /(?:\bred|\bdrivers?\b[^.;:]*)\s+$/iu },
  { form: /(?<![\p{L}\d-])back[\s-]?ends?(?![\p{L}\d-])/giu, prefer: 'motor (de Docker Desktop)' },
  { form: /(?<![\p{L}\d-])controlador(?:es)? de red(?![\p{L}\d-])/giu, prefer: 'driver de red' },
  { form: /(?<![\p{L}\d-])este curso(?![\p{L}\d-])/giu, prefer: 'este sitio' },
];

export interface Finding {
  line: number;
  column: number;
  found: string;
  prefer: string;
}

/** Banned forms in a file's prose. Glossary synonyms are search aliases and may name the old forms. */
export function bannedForms(path: string, text: string): Finding[] {
  return prose(path, text)
    .split('\n')
    .flatMap((line, index) => {
      if (/^\s*synonyms:/.test(text.split('\n')[index] ?? '')) return [];
      return BANNED.flatMap(({ form, prefer, unless }) =>
        [...line.matchAll(form)]
          .filter((m) => !unless?.test(line.slice(0, m.index)))
          // A form in italics is the foreign word itself, cited: «lo que Docker llama *backend*».
          .filter((m) => !(line[m.index! - 1] === '*' && line[m.index! + m[0].length] === '*'))
          .map((m) => ({ line: index + 1, column: m.index! + 1, found: m[0], prefer })),
      );
    });
}

/**
 * The style guide's «Otros extranjerismos» (content/GUIA-DE-ESTILO.md): the words it lists in italics
 * on that line, read from the guide itself so that the list has one home.
 */
export function foreignWords(guide: string): string[] {
  const line = guide.split('\n').find((l) => l.includes('**Otros extranjerismos**'));
  if (!line) throw new Error('content/GUIA-DE-ESTILO.md: falta la línea «**Otros extranjerismos** van en *cursiva*: …»');
  const words = [...line.slice(line.indexOf(':')).matchAll(/\*([^*]+)\*/g)].map((m) => m[1]!);
  if (words.length === 0) throw new Error('content/GUIA-DE-ESTILO.md: la línea de extranjerismos no lista ninguno en *cursiva*');
  return words;
}

/**
 * Those words (or their plurals) outside *italics* in a file's prose. Glossary headwords (term) and
 * synonyms are names of entries, as in a dictionary, and diagram labels cannot be set in italics.
 */
export function foreignWithoutItalics(path: string, text: string, words: string[]): Finding[] {
  const source = text.split('\n');
  const any = new RegExp(`(?<![\\p{L}\\d*_-])(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})s?(?![\\p{L}\\d*_-])`, 'giu');
  return prose(path, text, { labels: false })
    .split('\n')
    .flatMap((line, index) => {
      if (/^\s*-?\s*(term|synonyms):/.test(source[index] ?? '')) return [];
      return [...line.matchAll(any)].map((m) => ({ line: index + 1, column: m.index! + 1, found: m[0], prefer: `*${m[0]}*` }));
    });
}
