import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { t } from '../i18n/ui.ts';

export interface NavLink {
  href: string;
  label: string;
  number?: string;
}

export interface NavSection extends NavLink {
  id: string;
  description: string;
  subsections: NavLink[];
}

export const sectionHref = (entry: CollectionEntry<'sections'>) => `/${entry.id}/`;

/** Sections in book order, each with its h2 subsections: the sidebar and prev/next read this. */
export async function getNavigation(): Promise<NavSection[]> {
  const entries = (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);
  return Promise.all(
    entries.map(async (entry) => {
      const { headings } = await render(entry);
      const href = sectionHref(entry);
      return {
        id: entry.id,
        href,
        number: entry.data.number,
        label: entry.data.title,
        description: entry.data.description,
        subsections: headings.filter((h: MarkdownHeading) => h.depth === 2).map((h) => subsectionLink(href, h)),
      };
    }),
  );
}

function subsectionLink(pageHref: string, heading: MarkdownHeading): NavLink {
  const [, number, label] = /^(\d+(?:\.\d+)+)\s+(.*)$/.exec(heading.text) ?? [];
  return { href: `${pageHref}#${heading.slug}`, label: label ?? heading.text, number };
}

/** The reading order: sections, then the glossary. */
export async function getReadingOrder(): Promise<NavLink[]> {
  const sections = await getNavigation();
  return [...sections, { href: '/glosario/', label: t('glossary.title') }];
}

export function neighbours(order: NavLink[], href: string) {
  const index = order.findIndex((link) => link.href === href);
  return { previous: index > 0 ? order[index - 1] : undefined, next: index >= 0 ? order[index + 1] : undefined };
}
