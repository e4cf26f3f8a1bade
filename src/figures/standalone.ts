/**
 * A figure as a standalone SVG file: Mermaid's cached drawing with the site's diagram colours
 * written inside it (light or dark), a background and the fonts the site declares. On the page the
 * colours come from src/styles/diagrams.css through CSS variables; a file opened in Slides,
 * PowerPoint or resvg has no page around it, so the variables are resolved here.
 *
 * Written by hand: no library turns a stylesheet with light-dark() variables into a flat one that
 * resvg (no variables, no :is()) understands, and the stylesheet is a few flat rules.
 */
import { ID_PLACEHOLDER } from '../diagrams/renderer.ts';

export type Theme = 'light' | 'dark';

interface Rule {
  selectors: string[];
  declarations: string;
}

/** Top-level rules of a stylesheet; @media and other at-rule blocks are left out. */
function topLevelRules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    while (j < text.length && depth > 0) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
      j++;
    }
    if (!prelude.startsWith('@')) rules.push({ selectors: splitList(prelude), declarations: text.slice(open + 1, j - 1).trim() });
    i = j;
  }
  return rules;
}

/** Splits on commas outside parentheses. */
function splitList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < list.length; k++) {
    if (list[k] === '(') depth++;
    else if (list[k] === ')') depth--;
    else if (list[k] === ',' && depth === 0) {
      parts.push(list.slice(start, k).trim());
      start = k + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

/** ".a :is(b, c) d" → [".a b d", ".a c d"]. */
function expandIs(selector: string): string[] {
  const match = /:is\(([^()]*)\)/.exec(selector);
  if (!match) return [selector];
  return splitList(match[1]!).flatMap((option) => expandIs(selector.replace(match[0], option)));
}

/** The --custom-properties of :root, each as [light, dark]. */
function themeVariables(rules: Rule[]): Map<string, [string, string]> {
  const vars = new Map<string, [string, string]>();
  for (const rule of rules.filter((r) => r.selectors.includes(':root'))) {
    for (const decl of rule.declarations.split(';')) {
      const [name, ...rest] = decl.split(':');
      const value = rest.join(':').trim();
      if (!name?.trim().startsWith('--') || !value) continue;
      const pair = /^light-dark\((.*)\)$/.exec(value);
      const [light, dark] = pair ? splitList(pair[1]!) : [value, value];
      vars.set(name.trim(), [light!, dark ?? light!]);
    }
  }
  return vars;
}

/** The diagram rules of the site's stylesheet, flattened for one theme. */
export function flatDiagramCss(css: string, theme: Theme): string {
  const rules = topLevelRules(css);
  const vars = themeVariables(rules);
  const resolve = (value: string) =>
    value.replace(/var\((--[\w-]+)\)/g, (_whole, name: string) => {
      const pair = vars.get(name);
      if (!pair) throw new Error(`src/styles/diagrams.css: la variable ${name} no está definida en :root`);
      return theme === 'light' ? pair[0] : pair[1];
    });
  const out: string[] = [];
  for (const rule of rules) {
    const selectors = rule.selectors.filter((s) => /^\.diagram(?![\w-])/.test(s)).flatMap(expandIs);
    if (selectors.length === 0) continue;
    const declarations = rule.declarations
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .flatMap((d) => {
        const [name, ...rest] = d.split(':');
        const value = resolve(rest.join(':').trim());
        // resvg reads longhands only: "font: 16px Family" → font-size + font-family.
        const font = name!.trim() === 'font' ? /^(\S+)\s+(.+)$/.exec(value) : null;
        return font ? [`font-size:${font[1]}`, `font-family:${font[2]}`] : [`${name!.trim()}:${value}`];
      });
    out.push(`${selectors.join(',')}{${declarations.join(';')}}`);
  }
  return out.join('\n');
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The downloadable SVG of one figure: its own ids, no Mermaid <style>, the flattened site colours,
 * a background so dark text never lands on a dark slide, and a title naming the figure.
 */
export function standaloneSvg(raw: string, number: string, title: string, css: string, theme: Theme): string {
  const id = `figura-${number.replaceAll('.', '-')}-svg`;
  let svg = raw.replaceAll(ID_PLACEHOLDER, id).replace(/<style>[\s\S]*?<\/style>/g, '');
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1];
  if (!viewBox) throw new Error(`Figura ${number}: el SVG de la caché no tiene viewBox`);
  const [x, y, width, height] = viewBox.split(/[\s,]+/).map(Number);
  const flat = flatDiagramCss(css, theme);
  const background = /--diagram-label-bg:\s*light-dark\(([^,]+),([^)]+)\)/.exec(css);
  const fill = (theme === 'light' ? background?.[1] : background?.[2])?.trim() ?? (theme === 'light' ? '#ffffff' : '#14181d');
  const open = /^<svg\b[^>]*>/.exec(svg)![0];
  const attrs = open
    .replace(/\s(?:class|style|role|aria-roledescription)="[^"]*"/g, '')
    .replace(/^<svg/, '<svg class="diagram" font-family="Liberation Sans, Arimo, Arial, Helvetica, sans-serif" font-size="16"');
  svg = svg.replace(open, `${attrs}<style>${flat}</style><rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${fill}"/>`);
  // The file is named for the figure, whatever accTitle Mermaid was given.
  svg = svg.replace(/<title\b[^>]*>[\s\S]*?<\/title>/, (t) => t.replace(/>[\s\S]*?</, `>Figura ${escapeXml(number)}. ${escapeXml(title)}<`));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
