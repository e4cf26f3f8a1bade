/**
 * The citable units of a section (the section, each h2–h4, each figure) and their content hash
 * (`huella`), read from the MDX source: no UI text, build noise or generated markup can reach it.
 * Pure: source text in, units out; `readUnits()` reads content/secciones/ for the build and tools.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { figureId, sectionHeadingId, splitNumber } from '../links/link-index.ts';
import { slugify } from '../links/slug.ts';

export type UnitKind = 'seccion' | 'apartado' | 'figura';

export interface Unit {
  /** How the record names it: "1.13", "1.13.3", "Figura 1.9", or "1.14#docker-swarm" for an unnumbered heading. */
  clave: string;
  tipo: UnitKind;
  /** Its permanent address, as in the link index: "/objetos-de-docker/#1-13-3-volumenes". */
  ruta: string;
  /** Where it starts: "content/secciones/objetos-de-docker.mdx:324". */
  lugar: string;
  huella: string;
  /** The keys of the units inside it: a change there is a change here too. */
  contiene: string[];
}

export const SECTIONS_DIR = 'content/secciones';
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const BLOCK = new Set(['paragraph', 'heading', 'code', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'mdxJsxFlowElement']);

/** sha256 of the whitespace-normalised text, 16 hex digits: identical for identical wording. */
export const hashText = (text: string) =>
  createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);

/** What a reader reads: text, code, component attributes (titles, captions); not markup or imports. */
function textOf(node: Nodes): string {
  let text = '';
  if (node.type === 'text' || node.type === 'inlineCode') text = node.value;
  else if (node.type === 'code') {
    // Mermaid comments (%%) steer the layout only; readers never see them.
    text = node.lang === 'mermaid' ? node.value.split('\n').filter((line) => !line.trim().startsWith('%%')).join('\n') : node.value;
  } else if (node.type === 'image') text = node.alt ?? '';
  else if (node.type === 'break') text = ' ';
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    text += node.attributes.map((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? ` ${a.name}=${a.value} ` : '')).join('');
  }
  if ('children' in node) text += (node.children as Nodes[]).map(textOf).join('');
  return BLOCK.has(node.type) ? `\n${text}\n` : text;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The units of one section file; `id` is its page (/<id>/), `file` names it in messages. */
export function sectionUnits(id: string, file: string, source: string): Unit[] {
  const front = FRONTMATTER.exec(source);
  const data = (front ? parseYaml(front[1]!) : {}) as { number?: unknown; title?: unknown };
  if (typeof data.number !== 'string' || typeof data.title !== 'string') throw new Error(`${file}:1: falta «number» o «title» en el frontmatter`);
  const number = data.number;
  const offset = front ? front[0].split('\n').length - 1 : 0;
  const tree = parser.parse(front ? source.slice(front[0].length) : source) as Root;
  const at = (node: Nodes) => `${file}:${(node.position?.start.line ?? 1) + offset}`;
  const page = `/${id}/`;

  const figures: { top: number; unit: Unit }[] = [];
  const findFigures = (node: Nodes, top: number) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Figure') {
      const figure = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'number')?.value;
      if (typeof figure === 'string') {
        figures.push({ top, unit: { clave: `Figura ${figure}`, tipo: 'figura', ruta: `${page}#${figureId(figure)}`, lugar: at(node), huella: hashText(textOf(node)), contiene: [] } });
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) findFigures(child, top);
  };
  tree.children.forEach((child, top) => findFigures(child, top));

  const children: RootContent[] = tree.children;
  const headings = children.flatMap((node, top) => (node.type === 'heading' && node.depth >= 2 && node.depth <= 4 ? [{ node, top }] : []));
  const subsections = headings.map(({ node, top }, i) => {
    const end = headings.slice(i + 1).find((next) => next.node.depth <= node.depth)?.top ?? children.length;
    const title = toString(node).trim();
    const slug = slugify(title);
    const inside = [...headings.filter((h) => h.top > top && h.top < end), ...figures.filter((f) => f.top > top && f.top < end)];
    return {
      top,
      unit: {
        clave: splitNumber(title).number ?? `${number}#${slug}`,
        tipo: 'apartado' as const,
        ruta: `${page}#${slug}`,
        lugar: at(node),
        huella: hashText(children.slice(top, end).map(textOf).join('\n')),
        contiene: [] as string[],
      },
      inside,
    };
  });
  for (const sub of subsections) {
    sub.unit.contiene = sub.inside.map((x) => ('unit' in x ? x.unit.clave : subsections.find((s) => s.top === x.top)!.unit.clave));
  }
  const parts = [...subsections.map((s) => s.unit), ...figures.map((f) => f.unit)];
  const section: Unit = {
    clave: number,
    tipo: 'seccion',
    ruta: `${page}#${sectionHeadingId(number, data.title)}`,
    lugar: `${file}:1`,
    huella: hashText(`${number} ${data.title}\n${textOf(tree)}`),
    contiene: parts.map((unit) => unit.clave),
  };
  return [section, ...parts];
}

/** Every unit of content/secciones/ (under `root`), in the book's order. */
export function readUnits(root = '.'): Unit[] {
  const dir = join(root, SECTIONS_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => sectionUnits(name.slice(0, -4), `${SECTIONS_DIR}/${name}`, readFileSync(join(dir, name), 'utf8')))
    .sort(([a], [b]) => a!.clave.localeCompare(b!.clave, 'en', { numeric: true }))
    .flat();
}
