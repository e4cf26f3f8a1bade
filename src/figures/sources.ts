/**
 * Every figure of content/secciones/*.mdx with its Mermaid source and the cached SVG the build drew
 * for it (src/diagrams/cache/, same key as the diagrams plugin). Read from the MDX itself, so any
 * figure works, including ones added or redrawn later.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { cacheKey, readCached } from '../diagrams/cache.ts';

export interface FigureSource {
  number: string;
  title: string;
  /** "content/secciones/x.mdx:518", for error messages. */
  place: string;
  /** Mermaid's SVG as cached, with the id placeholder still in it. */
  svg: string;
}

export function readFigureSources(root: string = process.cwd()): FigureSource[] {
  const cacheDir = join(root, 'src/diagrams/cache');
  const parser = unified().use(remarkParse).use(remarkMdx);
  const figures: FigureSource[] = [];
  for (const file of globSync('content/secciones/*.mdx', { cwd: root }).sort()) {
    const tree = parser.parse(readFileSync(join(root, file), 'utf8')) as Root;
    visitParents(tree, 'code', (node, ancestors) => {
      if (node.lang !== 'mermaid') return;
      const figure = ancestors.findLast((a): a is MdxJsxFlowElement => a.type === 'mdxJsxFlowElement' && a.name === 'Figure');
      const attr = (name: string) => figure?.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const place = `${file}:${node.position?.start.line ?? 1}`;
      const number = attr('number');
      if (typeof number !== 'string') throw new Error(`${place}: diagrama sin <Figure number="…">: no se pueden generar sus archivos de descarga`);
      const svg = readCached(cacheDir, cacheKey(node.value));
      if (!svg) throw new Error(`${place}: la Figura ${number} no está en src/diagrams/cache/; ejecuta «npm run build» con Chromium para dibujarla`);
      figures.push({ number, title: String(attr('title') ?? ''), place, svg });
    });
  }
  return figures;
}
