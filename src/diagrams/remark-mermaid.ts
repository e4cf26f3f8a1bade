import type { ElementContent } from 'hast';
import type { Code, Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { relative } from 'node:path';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { t } from '../i18n/ui.ts';
import { NO_BROWSER_HELP } from '../browser/chromium.ts';
import { cacheKey, DEFAULT_CACHE_DIR, readCached, writeCached } from './cache.ts';
import { labelList, prepareSvg } from './svg.ts';
import { figureRegistry, type FigureRegistry } from './figure-registry.ts';
import { figureId, type FigureInput } from '../links/link-index.ts';
import { ID_PLACEHOLDER, renderDiagrams } from './renderer.ts';

export interface RemarkMermaidOptions {
  /** Folder of rendered SVGs (default: the committed src/diagrams/cache/). */
  cacheDir?: string;
  /** Numbers defined and linked across the build (default: the build's shared registry). */
  registry?: FigureRegistry;
  /** File names in messages are relative to this folder (default: the working directory). */
  root?: string;
}

export interface FigureDiagram {
  node: Code;
  number: string;
  title: string;
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (node: Nodes): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const attribute = (node: Jsx, name: string) =>
  node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)?.value;

/** "#figura-1-9" or "/figura/1.9" (with or without a page before it) → "1.9". */
export function referencedFigure(url: string): string | undefined {
  if (/^[a-z][a-z+.-]*:/i.test(url)) return undefined;
  const anchor = /#figura-(\d+(?:-\d+)+)$/.exec(url)?.[1];
  if (anchor) return anchor.replaceAll('-', '.');
  return /(?:^|\/)figura\/(\d+(?:\.\d+)+)\/?(?:#.*)?$/.exec(url)?.[1];
}

/** Only flowcharts: their colours are styled by the site theme (src/styles/diagrams.css). */
function checkSource(source: string): { line: number; reason: string } | undefined {
  const lines = source.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('%%'));
  const type = lines[first]?.trim();
  if (!type) return { line: 1, reason: 'el diagrama está vacío' };
  if (!/^(flowchart|graph)\b/.test(type)) {
    return { line: first + 1, reason: `solo se admiten diagramas «flowchart» (sus colores siguen el tema del sitio), no «${type}»` };
  }
  for (const [index, line] of lines.entries()) {
    if (/^\s*%%\{/.test(line)) return { line: index + 1, reason: 'las directivas %%{init}%% no se admiten: la configuración de Mermaid es la del sitio' };
    if (/^\s*(style|classDef|linkStyle)\s/.test(line)) {
      return { line: index + 1, reason: `«${line.trim().split(/\s/)[0]}» fija colores que no cambiarían con el tema claro/oscuro; los colores vienen del sitio` };
    }
    if (line.includes(ID_PLACEHOLDER)) return { line: index + 1, reason: `el texto «${ID_PLACEHOLDER}» está reservado` };
  }
  return undefined;
}

/**
 * Renders every ```mermaid fence inside a <Figure number="…"> to inline SVG at build time:
 * from the committed cache when the source did not change, otherwise in the build's one
 * Chromium, all of a file's new diagrams in one batch. Also records figure numbers and links
 * to figures so duplicates and dead references fail the build with their file and line.
 */
export default function remarkMermaid(options: RemarkMermaidOptions = {}) {
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const registry = options.registry ?? figureRegistry;
  const root = options.root ?? process.cwd();

  return async (tree: Root, file: VFile) => {
    const path = file.path ? relative(root, file.path) : '<entrada>';
    const where = (node: Nodes) => `${path}:${node.position?.start.line ?? 1}:${node.position?.start.column ?? 1}`;
    const fail = (node: Nodes, reason: string): never => file.fail(`${where(node)}: ${reason}`, node);
    registry.startFile(path);

    const diagrams: FigureDiagram[] = [];
    const figures: FigureInput[] = [];
    visitParents(tree, (node, ancestors) => {
      if (node.type === 'link') {
        const number = referencedFigure(node.url);
        if (number) registry.reference(path, number, where(node));
      }
      if (!isJsx(node)) {
        if (node.type !== 'code' || node.lang !== 'mermaid') return;
        const figure = ancestors.findLast((ancestor) => isJsx(ancestor as Nodes) && (ancestor as Jsx).name === 'Figure');
        if (!figure) fail(node, 'un diagrama Mermaid debe ir dentro de <Figure number="…" title="…">, que le da número y pie');
        const number = attribute(figure as Jsx, 'number') as string;
        const title = attribute(figure as Jsx, 'title');
        // The SVG's ids come from the figure number: a second diagram would collide with the first.
        if (diagrams.some((diagram) => diagram.number === number)) fail(node, `la Figura ${number} ya tiene un diagrama: una figura, un diagrama`);
        diagrams.push({ node, number, title: typeof title === 'string' ? title : '' });
        return;
      }
      if (node.name === 'a') {
        const href = attribute(node, 'href');
        const number = typeof href === 'string' ? referencedFigure(href) : undefined;
        if (number) registry.reference(path, number, where(node));
      }
      if (node.name !== 'Figure') return;
      const number = attribute(node, 'number');
      const title = attribute(node, 'title');
      if (typeof number !== 'string' || !/^\d+(\.\d+)+$/.test(number)) {
        fail(node, '<Figure> necesita number="N.M" con el número del libro (p. ej. number="1.9"), escrito como texto');
      }
      if (typeof title !== 'string' || title.trim() === '') fail(node, `<Figure number="${number}"> necesita title="…", el texto de su pie`);
      const earlier = registry.define(path, number as string, where(node));
      if (earlier) fail(node, `la Figura ${number} ya está definida en ${earlier}: cada número de figura es único en el sitio`);
      figures.push({ number: number as string, title: title as string });
    });
    // The one place figure numbers are read: the link index takes them from render()'s remarkPluginFrontmatter.
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {}).figures = figures;

    for (const diagram of diagrams) {
      const problem = checkSource(diagram.node.value);
      if (problem) {
        const line = (diagram.node.position?.start.line ?? 0) + problem.line;
        fail(diagram.node, `Figura ${diagram.number}: ${problem.reason} (línea ${line})`);
      }
    }

    const entries = diagrams.map((diagram) => {
      const key = cacheKey(diagram.node.value);
      return { ...diagram, key, svg: readCached(cacheDir, key) };
    });
    const misses = entries.filter((entry) => entry.svg === undefined);
    const [first] = misses;
    if (first) {
      const results = await renderDiagrams(misses.map((entry) => entry.node.value)).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (message === NO_BROWSER_HELP) {
          fail(first.node, `la Figura ${first.number} es nueva o cambió (no está en ${relative(root, cacheDir)}/) y no hay navegador para dibujarla. ${NO_BROWSER_HELP}`);
        }
        return fail(first.node, `no se pudo dibujar la Figura ${first.number}: ${message}`);
      });
      const errors = misses.flatMap((entry, i) => {
        const result = results[i];
        if (!result || !('error' in result)) return [];
        const line = /on line (\d+)/.exec(result.error)?.[1];
        const at = line ? ` (línea ${(entry.node.position?.start.line ?? 0) + Number(line)})` : '';
        return [{ node: entry.node, message: `${where(entry.node)}: la Figura ${entry.number} no es Mermaid válido${at}: ${result.error}` }];
      });
      const [firstError] = errors;
      if (firstError) file.fail(errors.map((error) => error.message).join('\n\n'), firstError.node);
      misses.forEach((entry, i) => {
        const result = results[i];
        if (!result || !('svg' in result)) return;
        writeCached(cacheDir, entry.key, result.svg);
        entry.svg = result.svg;
      });
    }

    for (const entry of entries) {
      const id = `${figureId(entry.number)}-svg`;
      const name = `${t('figure.label')} ${entry.number}`;
      const { svg, labels } = prepareSvg(entry.svg ?? '', id, `${name}. ${entry.title}`);
      const children: ElementContent[] = [
        // Focusable so the keyboard can scroll it where the diagram is wider than the screen.
        { type: 'element', tagName: 'div', properties: { className: ['diagram-scroll'], tabIndex: 0, role: 'group', ariaLabel: name }, children: [svg] },
        labelList(labels),
      ];
      // An unknown node type with hName/hChildren: remark-rehype turns it into exactly this HTML.
      Object.assign(entry.node, {
        type: 'figureDiagram',
        data: { hName: 'div', hProperties: { className: ['diagram-wrap'] }, hChildren: children },
      });
    }
  };
}
