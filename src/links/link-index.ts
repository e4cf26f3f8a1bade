/**
 * The link index: every section, heading, figure and glossary term with its permanent URL and,
 * where the book gives it a number, its short URL (/1.13.3, /figura/1.9). Plain data in, plain
 * data out, so the /enlaces/ page, /enlaces.json, the redirect pages and the tests share it.
 */
import { slugify } from './slug.ts';

export type LinkKind = 'seccion' | 'apartado' | 'figura' | 'termino';

export interface LinkEntry {
  tipo: LinkKind;
  /** The book's number ("1.13.3", "1.9" for Figura 1.9), or null when the book gives none. */
  numero: string | null;
  titulo: string;
  /** Number of the section the entry belongs to; null for glossary terms. */
  seccion: string | null;
  /** Heading level (1 = the section's title); null for figures and terms. */
  nivel: number | null;
  /** Site-relative permanent address: page plus anchor. */
  ruta: string;
  /** Absolute permanent address; only when the build knows the site's address (SITE_URL). */
  url?: string;
  /** Site-relative short address (/1.13.3, /figura/1.9), or null. */
  corta: string | null;
  /** Absolute short address; only with SITE_URL, like `url`. */
  urlCorta?: string | null;
  /** Sections only: the date (YYYY-MM-DD) of the last commit that touched the section's file. */
  actualizado?: string;
}

/** An old page address that now lives elsewhere (a renamed section file). */
export interface PageRedirect {
  desde: string;
  hacia: string;
}

export interface LinkIndex {
  /** The public address; absent without SITE_URL, and so are every `url` and `urlCorta`. */
  sitio?: string;
  enlaces: LinkEntry[];
  redirecciones: PageRedirect[];
}

export interface HeadingInput {
  depth: number;
  slug: string;
  text: string;
}

export interface FigureInput {
  number: string;
  title: string;
}

export interface SectionInput {
  /** The entry id: the page lives at /<id>/. */
  id: string;
  /** Where the section is written, for error messages. */
  file: string;
  number: string;
  title: string;
  headings: HeadingInput[];
  figures: FigureInput[];
  /** Earlier entry ids of this section: their pages redirect here, anchors included. */
  pageAliases?: string[];
  /** Last change of its file (src/collections/last-updated.ts). */
  updated?: string;
}

export interface TermInput {
  id: string;
  term: string;
  /** Old ids kept alive on the glossary page. */
  aliases?: string[];
}

const NUMBERED = /^(\d+(?:\.\d+)+)\s+(.+)$/;

/** "1.13.3 Volúmenes" → { number: "1.13.3", title: "Volúmenes" }. */
export function splitNumber(text: string): { number: string | null; title: string } {
  const match = NUMBERED.exec(text.trim());
  return match ? { number: match[1]!, title: match[2]! } : { number: null, title: text.trim() };
}

export const figureId = (number: string) => `figura-${number.replaceAll('.', '-')}`;
export const sectionHeadingId = (number: string, title: string) => slugify(`${number} ${title}`);
export const shortPath = (kind: LinkKind, number: string) => (kind === 'figura' ? `/figura/${number}` : `/${number}`);

/** Short URLs as served: "/1.13.3", "/1.13.3/", "/figura/1.9"… (the sitemap leaves them out). */
/**
 * Where a short URL's 301 leads. A section's goes to its page with no #anchor: the page opens at its
 * title all the same, and a link to a sentence (/1.13#:~:text=…) keeps its text fragment, which a
 * browser drops when the redirect brings a fragment of its own (Fetch: a Location with a fragment
 * replaces the request's). Subsections and figures keep their #anchor.
 */
export const redirectTarget = (entry: Pick<LinkEntry, 'tipo' | 'ruta'>) => (entry.tipo === 'seccion' ? entry.ruta.split('#')[0]! : entry.ruta);

export const SHORT_PATH = /^\/(?:figura\/)?\d+(?:\.\d+)+\/?$/;

/**
 * Builds the index; two entries claiming one number or one address is an error naming both.
 * Without `site` the absolute addresses are left out: a placeholder must never reach a reader.
 */
export function buildLinkIndex(site: string | undefined, sections: SectionInput[], terms: TermInput[]): LinkIndex {
  const absolute = (path: string) => new URL(path, site).href;
  const enlaces: LinkEntry[] = [];
  const owners = new Map<string, string>();
  const claim = (key: string, owner: string) => {
    const previous = owners.get(key);
    if (previous) throw new Error(`${owner} y ${previous} publican la misma dirección ${key}`);
    owners.set(key, owner);
  };
  const add = (entry: Omit<LinkEntry, 'url' | 'urlCorta' | 'corta'>, owner: string) => {
    const corta = entry.numero && entry.tipo !== 'termino' ? shortPath(entry.tipo, entry.numero) : null;
    claim(entry.ruta, owner);
    if (corta) claim(corta, owner);
    enlaces.push(site ? { ...entry, url: absolute(entry.ruta), corta, urlCorta: corta ? absolute(corta) : null } : { ...entry, corta });
  };

  for (const section of sections) {
    const page = `/${section.id}/`;
    claim(page, section.file);
    const base = { seccion: section.number };
    add(
      { ...base, tipo: 'seccion', numero: section.number, titulo: section.title, nivel: 1, ruta: `${page}#${sectionHeadingId(section.number, section.title)}`, ...(section.updated && { actualizado: section.updated }) },
      section.file,
    );
    for (const heading of section.headings.filter((h) => h.depth >= 2 && h.depth <= 4)) {
      const { number, title } = splitNumber(heading.text);
      add({ ...base, tipo: 'apartado', numero: number, titulo: title, nivel: heading.depth, ruta: `${page}#${heading.slug}` }, section.file);
    }
    for (const figure of section.figures) {
      add({ ...base, tipo: 'figura', numero: figure.number, titulo: figure.title, nivel: null, ruta: `${page}#${figureId(figure.number)}` }, section.file);
    }
  }
  for (const term of [...terms].sort((a, b) => a.term.localeCompare(b.term, 'es'))) {
    add({ tipo: 'termino', numero: null, titulo: term.term, seccion: null, nivel: null, ruta: `/glosario/#${term.id}` }, 'content/glosario.yaml');
  }
  // An old glossary id may not be reused by another term: it would lead to the wrong word.
  for (const term of terms) for (const alias of term.aliases ?? []) claim(`/glosario/#${alias}`, `content/glosario.yaml (alias de «${term.id}»)`);
  const redirecciones = sections.flatMap((section) =>
    (section.pageAliases ?? []).map((old) => {
      claim(`/${old}/`, section.file);
      return { desde: `/${old}/`, hacia: `/${section.id}/` };
    }),
  );
  return site ? { sitio: new URL(site).href, enlaces, redirecciones } : { enlaces, redirecciones };
}
