import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { compactSvg, KEPT_CLASSES } from '../../src/diagrams/compact.ts';

const compact = (markup: string) => {
  const tree = fromHtml(markup, { fragment: true, space: 'svg' });
  const svg = tree.children[0] as Element;
  compactSvg(svg);
  return toHtml(svg, { space: 'svg' });
};

test('the classes kept are those src/styles/diagrams.css styles, plus rows and backgrounds', () => {
  for (const name of ['node', 'cluster', 'cluster-label', 'edgeLabel', 'flowchart-link', 'edge-thickness-normal', 'row', 'background']) assert.ok(KEPT_CLASSES.has(name), name);
  for (const name of ['text-inner-tspan', 'text-outer-tspan', 'default', 'edgePaths', 'root']) assert.ok(!KEPT_CLASSES.has(name), name);
});

test("a row's word tspans become its text; ids nothing points to, dead classes, empty rects and bare groups go", () => {
  const out = compact(
    '<svg id="s" aria-labelledby="t"><title id="t">T</title><marker id="m"></marker><g><path id="edge" class="edge-pattern-solid flowchart-link flowchart-link" marker-end="url(#m)"></path></g>' +
      '<g class="node default" id="n"><rect class="background" stroke="none"></rect><text><tspan class="text-outer-tspan row" x="0"><tspan font-style="normal" class="text-inner-tspan" font-weight="normal">Nodo</tspan><tspan font-style="normal" class="text-inner-tspan" font-weight="normal"> worker</tspan></tspan></text></g></svg>',
  );
  assert.equal(
    out,
    '<svg id="s" aria-labelledby="t"><title id="t">T</title><marker id="m"></marker><path class="flowchart-link" marker-end="url(#m)"></path>' +
      '<g class="node"><text><tspan class="row" x="0">Nodo worker</tspan></text></g></svg>',
  );
});

test('words that differ (a bold one) stay apart: merging them would change how they look', () => {
  const row = '<tspan class="row"><tspan font-weight="normal">un</tspan><tspan font-weight="bold">dos</tspan></tspan>';
  assert.match(compact(`<svg><text>${row}</text></svg>`), /<tspan font-weight="normal">un<\/tspan><tspan font-weight="bold">dos<\/tspan>/);
});
