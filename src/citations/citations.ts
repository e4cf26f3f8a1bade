import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { LinkEntry } from '../links/link-index.ts';

const LOCALE = 'es-ES';
const ISO690 = 'iso690-es';
const csl = plugins.config.get('@csl') as { locales: { add(name: string, xml: string): void }; styles: { add(name: string, xml: string): void } };
// citation-js ships APA 7 and English only: the Spanish terms come from the CSL project's locale
// (citeproc-locales), ISO 690 from our own style (README.md says why).
// Resolved from the project root, like content/: the build bundles this module, and a path relative to it would move.
const require = createRequire(join(process.cwd(), 'package.json'));
csl.locales.add(LOCALE, readFileSync(require.resolve('citeproc-locales/locales/locales-es-ES.xml'), 'utf8'));
csl.styles.add(ISO690, readFileSync('src/citations/iso690-es.csl', 'utf8'));
// The BibTeX key is the reference's own stable key, not one made from author and year.
(plugins.config.get('@bibtex') as { format: { useIdAsLabel: boolean; checkLabel: boolean } }).format.useIdAsLabel = true;
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

/** One unit of the book as a reference, in every form «Cómo citar» offers and /enlaces.json carries. */
export interface Citation {
  /** A stable key for reference managers, short enough for RIS's ID (20): "aula-1.13.3", "aula-figura-1.9". */
  clave: string;
  apa: string;
  iso690: string;
  bibtex: string;
  ris: string;
  csl: Record<string, unknown>;
}

export interface CitationContext {
  /** The site's name, as author (no person signs the site) and as the host of the part. */
  siteName: string;
  /** YYYY-MM-DD: when the unit's section last changed. */
  issued: string;
  /** YYYY-MM-DD: the date of this version of the site (its last commit), so two builds agree. */
  accessed: string;
  figureLabel: string;
}

const parts = (date: string) => [date.split('-').map(Number)];

/** The reference of a section, subsection or figure, made by citation-js from one CSL-JSON item. */
export function citation(entry: LinkEntry, context: CitationContext): Citation {
  const url = entry.urlCorta ?? entry.url;
  if (!url) throw new Error(`Sin dirección absoluta para citar «${entry.titulo}»: las citas necesitan SITE_URL`);
  const number = entry.tipo === 'figura' ? `${context.figureLabel} ${entry.numero}.` : entry.numero;
  const clave = `aula-${entry.tipo === 'figura' ? 'figura-' : ''}${entry.numero ?? entry.ruta.split('#')[1]}`;
  const item = {
    id: clave,
    'citation-key': clave,
    type: 'webpage',
    title: [number, entry.titulo].filter(Boolean).join(' '),
    'container-title': context.siteName,
    author: [{ literal: context.siteName }],
    issued: { 'date-parts': parts(context.issued) },
    accessed: { 'date-parts': parts(context.accessed) },
    URL: url,
    language: 'es',
  };
  const cite = new Cite(item);
  const text = (template: string) => String(cite.format('bibliography', { format: 'text', template, lang: LOCALE })).trim();
  return {
    clave,
    apa: text('apa'),
    iso690: text(ISO690),
    bibtex: String(cite.format('bibtex')).trim(),
    // citation-js folds long RIS values at 70 characters, inside a word or an address too; a RIS field
    // is one line («TAG  - value»), so the folds go (a fold at a space keeps its space).
    ris: String(cite.format('ris')).trim().replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, ''),
    csl: item,
  };
}
