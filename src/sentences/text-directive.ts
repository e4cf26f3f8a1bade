// Text fragments (#:~:text=…, WICG «Scroll to Text Fragment»): building one for a selection, and reading
// one back where the browser does not follow them itself. Plain functions, no DOM: unit-tested.

/** The spec asks for «-», «,» and «&» to be escaped inside a directive's terms; encodeURIComponent leaves «-». */
const encode = (term: string) => encodeURIComponent(term).replace(/-/g, '%2D');
const words = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
/** A long selection is named by its first and last words (textStart,textEnd), as Chromium's own «Copy link to highlight» does. */
const LONG = 10;
const EDGE = 5;
const CONTEXT = 3;

export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/**
 * The directive for `selected`, made unique within `pageText` with the words just before it
 * (`before`) when its start occurs more than once.
 */
export function directiveFor(selected: string, pageText: string, before = ''): TextDirective {
  const chosen = words(selected);
  if (chosen.length === 0) throw new Error('No hay texto seleccionado');
  const directive: TextDirective =
    chosen.length > LONG ? { start: chosen.slice(0, EDGE).join(' '), end: chosen.slice(-EDGE).join(' ') } : { start: chosen.join(' ') };
  const page = words(pageText).join(' ').toLowerCase();
  const occurrences = page.split(directive.start.toLowerCase()).length - 1;
  const prefix = words(before).slice(-CONTEXT).join(' ');
  return occurrences > 1 && prefix ? { prefix, ...directive } : directive;
}

/** «text=prefix-,start,end,-suffix», each term escaped. */
export function formatDirective({ prefix, start, end, suffix }: TextDirective): string {
  return `text=${[prefix && `${encode(prefix)}-`, encode(start), end && encode(end), suffix && `-${encode(suffix)}`].filter(Boolean).join(',')}`;
}

/** The first text directive of a URL or fragment («…#:~:text=…»), or undefined. */
export function parseDirective(url: string): TextDirective | undefined {
  const match = /:~:(?:.*&)?text=([^&]*)/.exec(url);
  if (!match) return undefined;
  const terms = match[1]!.split(',').map((term) => decodeURIComponent(term));
  const prefix = terms[0]?.endsWith('-') ? terms.shift()!.slice(0, -1) : undefined;
  const suffix = terms.at(-1)?.startsWith('-') ? terms.pop()!.slice(1) : undefined;
  const [start, end] = terms;
  return start ? { prefix, start, end, suffix } : undefined;
}

/**
 * Where a directive falls in `text` (already whitespace-collapsed), case-insensitively: [from, to)
 * offsets, or undefined. Enough for our own links; the browser's matcher is the standard's.
 */
export function locate(text: string, directive: TextDirective): [number, number] | undefined {
  const lower = text.toLowerCase();
  const find = (term: string, from: number) => lower.indexOf(term.toLowerCase(), from);
  let from = 0;
  for (;;) {
    const start = find(directive.start, from);
    if (start < 0) return undefined;
    if (directive.prefix) {
      const head = lower.slice(0, start).trimEnd();
      if (!head.endsWith(directive.prefix.toLowerCase())) {
        from = start + 1;
        continue;
      }
    }
    const end = directive.end ? find(directive.end, start + directive.start.length) : start;
    if (end < 0) return undefined;
    return [start, end + (directive.end ?? directive.start).length];
  }
}

