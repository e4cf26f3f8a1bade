// `npm run diagrams:prune`: deletes cached diagram SVGs that no content file uses any more.
// A changed diagram gets a new cache key, so its old SVG is never served, only left behind.
import type { Root } from 'mdast';
import { globSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { cacheKey, DEFAULT_CACHE_DIR, pruneCache } from './cache.ts';

const files = globSync('content/**/*.{md,mdx}');
const parser = unified().use(remarkParse).use(remarkMdx);
const keep = new Set<string>();
for (const path of files) {
  const tree = parser.parse(readFileSync(path, 'utf8')) as Root;
  visit(tree, 'code', (node) => {
    if (node.lang === 'mermaid') keep.add(cacheKey(node.value));
  });
}

const removed = pruneCache(DEFAULT_CACHE_DIR, keep);
for (const name of removed) console.log(`borrado ${relative(process.cwd(), DEFAULT_CACHE_DIR)}/${name}`);
console.log(`${removed.length} SVG sin uso borrados; ${keep.size} diagramas en ${files.length} archivos de contenido.`);
