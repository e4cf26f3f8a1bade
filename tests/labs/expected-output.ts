// How a lab's shown output (a ```text block) is compared with what the engine printed: ids, ages and
// sizes change from run to run, so both sides are normalised first; `…` in a line stands for any text,
// and a last line that is only `…` for any further lines (src/labs/README.md).

const VOLATILE: [RegExp, string][] = [
  [/\b[0-9a-f]{12,64}\b/g, '<id>'],
  [/\b[a-z0-9]{25}\b/g, '<id>'],
  [/\b(?:About an? \w+|Less than a second|\d+ \w+) ago\b/g, '<tiempo>'],
  [/\b\d+(?:\.\d+)?\s?[kKMG]?B\b/g, '<tamaño>'],
];

export function normalise(line: string): string {
  let out = line.replace(/\s+/g, ' ').trim();
  for (const [pattern, token] of VOLATILE) out = out.replace(pattern, token);
  return out;
}

const trimEnd = (lines: string[]) => {
  const out = [...lines];
  while (out.length && out.at(-1)!.trim() === '') out.pop();
  return out;
};

/** undefined when `actual` matches; otherwise the first difference, in words, for the failure message. */
export function difference(expected: string[], actual: string): string | undefined {
  const want = trimEnd(expected);
  const more = want.at(-1)?.trim() === '…';
  if (more) want.pop();
  const got = trimEnd(actual.split('\n'));
  for (const [i, line] of want.entries()) {
    const printed = got[i];
    if (printed === undefined) return `falta la línea ${i + 1}: esperada «${line}», la salida acaba antes`;
    const pattern = new RegExp(`^${normalise(line).split('…').map(escape).join('.*')}$`);
    if (!pattern.test(normalise(printed))) return `línea ${i + 1}: esperada «${line}», impresa «${printed}»`;
  }
  if (!more && got.length > want.length) return `sobra la línea ${want.length + 1}: «${got[want.length]}» (termina el bloque con una línea «…» si la salida sigue)`;
  return undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
