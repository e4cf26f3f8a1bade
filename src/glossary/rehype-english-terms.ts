import type { Element, ElementContent, Root } from 'hast';
import { basename } from 'node:path';
import type { VFile } from 'vfile';
import { t } from '../i18n/ui.ts';
import { sectionHeadingId } from '../links/link-index.ts';
import { termsByHeading, type TaughtTerms } from './english-terms.ts';

export interface Options {
  /** The glossary, relative to the project root (the build's working folder). */
  glossary?: string;
}

interface Frontmatter {
  number?: string;
  title?: string;
}

/** Pagefind weight of an «En inglés» line, here and on the glossary's entries. */
export const ENGLISH_WEIGHT = '7';

const text = (value: string): ElementContent => ({ type: 'text', value });

/** «En inglés: volume, named volume», each term in italics, lang="en", linking to its glossary entry. */
function englishLine(entries: TaughtTerms[]): Element {
  const terms = entries.flatMap(({ id, english }) =>
    english.map((term): ElementContent => ({
      type: 'element',
      tagName: 'a',
      properties: { href: `/glosario/#${id}` },
      children: [{ type: 'element', tagName: 'i', properties: { lang: 'en' }, children: [text(term)] }],
    })),
  );
  return {
    type: 'element',
    tagName: 'p',
    // Weighted like a name: «volume» finds the part that teaches it, not only the commands that use it.
    properties: { className: ['english-terms'], dataPagefindWeight: ENGLISH_WEIGHT },
    children: [
      // The label is the same on every line: only the terms are worth indexing.
      { type: 'element', tagName: 'span', properties: { dataPagefindIgnore: '' }, children: [text(t('glossary.english'))] },
      text(' '),
      ...terms.flatMap((term, i) => (i === 0 ? [term] : [text(', '), term])),
    ],
  };
}

const headingId = (node: ElementContent): string | undefined =>
  node.type === 'element' && /^h[2-6]$/.test(node.tagName) && typeof node.properties.id === 'string' ? node.properties.id : undefined;

/**
 * Under the heading named by a glossary entry's `taughtIn`, a line with the entry's English terms:
 * a student who searches "bind mount" finds the section that teaches it, with nothing hidden indexed.
 * Runs after rehype-headings (ids set, h2–h4 wrapped in div.heading). A `taughtIn` whose heading is
 * not on its page fails the build at the glossary's line.
 */
export default function rehypeEnglishTerms({ glossary = 'content/glosario.yaml' }: Options = {}) {
  return (tree: Root, file: VFile) => {
    if (!file.path || !/\.mdx?$/.test(file.path)) return;
    const page = `/${basename(file.path).replace(/\.mdx?$/, '')}/`;
    const wanted = termsByHeading(glossary).get(page);
    if (!wanted) return;
    const placed = new Set<string>();
    const frontmatter = (file.data.astro as { frontmatter?: Frontmatter } | undefined)?.frontmatter ?? {};
    // The h1 is the layout's: its terms open the page's content.
    const intro = frontmatter.number && frontmatter.title ? sectionHeadingId(frontmatter.number, frontmatter.title) : undefined;
    const introTerms = intro ? wanted.get(intro) : undefined;
    if (intro && introTerms) placed.add(intro);

    const children: ElementContent[] = [];
    for (const node of tree.children as ElementContent[]) {
      children.push(node);
      // A heading, or rehype-headings' wrapper around one.
      const id = headingId(node) ?? (node.type === 'element' ? node.children.map(headingId).find(Boolean) : undefined);
      const entries = id ? wanted.get(id) : undefined;
      if (!id || !entries) continue;
      children.push(text('\n'), englishLine(entries));
      placed.add(id);
    }
    tree.children = introTerms ? [englishLine(introTerms), text('\n'), ...children] : children;

    for (const [anchor, entries] of wanted) {
      if (!placed.has(anchor)) file.fail(`${entries[0]!.at}: «taughtIn» ${page}#${anchor} no es un encabezado de ${basename(file.path)}`);
    }
  };
}
