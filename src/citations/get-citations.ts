import { lastUpdated } from '../collections/last-updated.ts';
import { t } from '../i18n/ui.ts';
import { getLinkIndex } from '../links/get-link-index.ts';
import type { LinkEntry } from '../links/link-index.ts';
import { citation, type Citation } from './citations.ts';

export interface CitedEntry {
  entry: LinkEntry;
  cita: Citation;
}

let cached: Promise<Map<string, CitedEntry>> | undefined;

/** What can be cited: every section, subsection (numbered or not) and figure; glossary terms are not parts of the book. */
export const isCitable = (entry: LinkEntry) => entry.tipo !== 'termino';

/**
 * Every citable unit by its permanent address (`ruta`). Empty without SITE_URL: a reference needs an
 * address a reader can follow, and no placeholder ever goes out (like the QR codes).
 */
export function getCitations(): Promise<Map<string, CitedEntry>> {
  cached ??= (async () => {
    const { sitio, enlaces } = await getLinkIndex();
    if (!sitio) return new Map();
    // The version of the text a reader sees is the last commit to content/: the same for two builds.
    const accessed = lastUpdated('content');
    const issuedOf = (section: string | null) => enlaces.find((e) => e.tipo === 'seccion' && e.numero === section)?.actualizado ?? accessed;
    return new Map(
      enlaces
        .filter(isCitable)
        .map((entry) => [entry.ruta, { entry, cita: citation(entry, { siteName: t('site.title'), issued: issuedOf(entry.seccion), accessed, figureLabel: t('figure.label') }) }]),
    );
  })();
  return cached;
}

/** The page of a section's references: /citar/1.13/, each unit at its own anchor. */
export const citePage = (section: string) => `/citar/${section}/`;
export const citeAnchor = (entry: LinkEntry) => `cita-${entry.ruta.split('#')[1]}`;
