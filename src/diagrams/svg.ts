import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { optimize } from 'svgo';
import { SKIP, visit } from 'unist-util-visit';
import { t } from '../i18n/ui.ts';
import { compactSvg } from './compact.ts';
import { ID_PLACEHOLDER } from './renderer.ts';

export interface PreparedDiagram {
  svg: Element;
  /** Every label in the diagram, in document order, once each: what search and readers get as text. */
  labels: string[];
}

/** Definitions Mermaid always emits (every arrowhead kind, shadows, gradients) but few diagrams use. */
const DEFINITIONS = new Set(['marker', 'filter', 'linearGradient']);

/** Drops definitions nothing points to with url(#id): a third of a small diagram's bytes. */
function dropUnusedDefinitions(svg: Element): void {
  const used = new Set<string>();
  visit(svg, 'element', (node) => {
    for (const value of Object.values(node.properties)) {
      for (const match of String(value).matchAll(/url\(#([^)]+)\)/g)) used.add(match[1] ?? '');
    }
  });
  visit(svg, 'element', (node, index, parent) => {
    const unused = DEFINITIONS.has(node.tagName) && !used.has(String(node.properties.id));
    const empty = (node.tagName === 'defs' || node.tagName === 'g') && node.children.length === 0;
    if ((unused || empty) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
}

/** On a phone the SVG shrinks to the column, but never below this share of its size: its 16 px
 *  labels stay ≥ 12 px (issue #16), with a hair to spare for rounding. Past that, it scrolls sideways. */
const MIN_SCALE = 0.76;
/** The minimum width is a class (no style="" under a strict CSP): one per step of this many px,
 *  rounded up, from MIN_STEPS[0] to MIN_STEPS[1] (src/styles/diagrams.css defines them). */
const MIN_STEP = 40;
export const MIN_STEPS = [160, 1400] as const;
export const minWidthClass = (width: number) =>
  `diagram-min-${Math.min(MIN_STEPS[1], Math.max(MIN_STEPS[0], Math.ceil((width * MIN_SCALE) / MIN_STEP) * MIN_STEP))}`;

const size = (value: number | undefined) => Number((value ?? 0).toFixed(2));

/** A label's visual rows, joined with spaces ("Manager 1" + "(líder)" → "Manager 1 (líder)"). */
function labelText(text: Element): string {
  const rows = text.children.filter(
    (child): child is Element => child.type === 'element' && String(child.properties.className ?? '').includes('row'),
  );
  const parts = rows.length > 0 ? rows.map((row) => toString(row)) : [toString(text)];
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Turns Mermaid's SVG into the page's: the figure's own ids, no Mermaid <style> (colours come
 * from src/styles/diagrams.css through the site theme), an intrinsic size so nothing moves on
 * load, and role="img" with the accessible name Mermaid took from accTitle (or `fallbackName`).
 */
/**
 * Mermaid writes coordinates with up to 13 decimals (341.1953125, 348.9289321881345): a tenth of a
 * pixel is finer than any screen or print shows, and the rounding takes a quarter of a diagram's
 * gzip bytes. Only numbers, paths and transforms change; ids, classes and text stay as they are.
 */
export const roundNumbers = (svg: string) =>
  optimize(svg, { floatPrecision: 1, plugins: ['cleanupNumericValues', 'convertPathData', 'convertTransform'] }).data;

export function prepareSvg(raw: string, id: string, fallbackName: string): PreparedDiagram {
  const tree = fromHtml(roundNumbers(raw.replaceAll(ID_PLACEHOLDER, id)), { fragment: true });
  const svg = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!svg) throw new Error('Mermaid no devolvió un <svg>');

  const labels: string[] = [];
  visit(svg, 'element', (node, index, parent) => {
    if (node.tagName === 'style' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // data-* attributes serve Mermaid's own scripts (edge coordinates, looks): dead weight here.
    for (const name of Object.keys(node.properties)) if (/^data[A-Z]/.test(name)) delete node.properties[name];
    // A strict CSP blocks style="" attributes: Mermaid's few (stroke:none…) become presentation
    // attributes. They rank below the site's CSS, where inline styles ranked above: none of these
    // properties is set by src/styles/diagrams.css for the same element.
    if (node.properties.style !== undefined) {
      for (const declaration of String(node.properties.style).split(';')) {
        const [name, ...value] = declaration.split(':');
        if (name?.trim() && value.length > 0) node.properties[name.trim()] = value.join(':').trim();
      }
      delete node.properties.style;
    }
    if (node.tagName === 'text') {
      const label = labelText(node);
      if (label && !labels.includes(label)) labels.push(label);
      return SKIP;
    }
  });

  dropUnusedDefinitions(svg);
  // Once more: a <defs> or <g> emptied by the first pass goes too.
  dropUnusedDefinitions(svg);
  compactSvg(svg);

  const [, , width, height] = String(svg.properties.viewBox).split(/[\s,]+/).map(Number);
  const { style: _style, width: _width, height: _height, className: _className, role: _role, ...rest } = svg.properties;
  svg.properties = {
    ...rest,
    className: ['diagram', minWidthClass(width ?? 0)],
    width: size(width),
    height: size(height),
    role: 'img',
    ariaRoleDescription: [t('figure.diagramRole')],
  };
  if (!svg.properties.ariaLabelledBy) svg.properties.ariaLabel = fallbackName;
  return { svg, labels };
}

/** The labels as a list under the diagram: selectable, read by screen readers, indexed by Pagefind. */
export function labelList(labels: string[]): ElementContent {
  return {
    type: 'element',
    tagName: 'details',
    // The labels are the figure's key words ("kubelet", "worker"): weighted so the figure outranks
    // the glossary's one-line definition of the same word.
    properties: { className: ['diagram-text'], dataPagefindWeight: '2' },
    children: [
      { type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: t('figure.diagramText') }] },
      {
        type: 'element',
        tagName: 'ul',
        properties: {},
        children: labels.map((label) => ({
          type: 'element',
          tagName: 'li',
          properties: {},
          children: [{ type: 'text', value: label }],
        })),
      },
    ],
  };
}
