import { getCollection, render } from 'astro:content';
import { lastUpdated } from '../collections/last-updated.ts';
import { buildLinkIndex, type FigureInput, type LinkIndex } from './link-index.ts';

let cached: Promise<LinkIndex> | undefined;

/**
 * The one source of the site's link data, read from the content collections: the /enlaces/
 * page, /enlaces.json and the short-URL redirect pages all call this.
 */
export function getLinkIndex(): Promise<LinkIndex> {
  // Without SITE_URL, absolute addresses are left out (see src/links/site-address.ts).
  cached ??= load(import.meta.env.SITE || undefined);
  return cached;
}

async function load(site: string | undefined): Promise<LinkIndex> {
  const entries = (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);
  const sections = await Promise.all(
    entries.map(async (entry) => {
      const file = entry.filePath ?? `content/secciones/${entry.id}.mdx`;
      const { headings, remarkPluginFrontmatter } = await render(entry);
      return {
        id: entry.id,
        file,
        number: entry.data.number,
        title: entry.data.title,
        headings,
        // Read by the diagrams plugin, which validates them (src/diagrams/remark-mermaid.ts).
        figures: (remarkPluginFrontmatter.figures ?? []) as FigureInput[],
        pageAliases: entry.data.pageAliases,
        updated: lastUpdated(file),
      };
    }),
  );
  const terms = (await getCollection('glossary')).map(({ id, data }) => ({ id, term: data.term, aliases: data.aliases }));
  return buildLinkIndex(site, sections, terms);
}
