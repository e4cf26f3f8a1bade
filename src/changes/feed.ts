/** The change list as readers see it (/cambios/) and as an Atom feed (/cambios.xml), from the record. */
import { Feed } from 'feed';
import { t } from '../i18n/ui.ts';
import type { LinkEntry, LinkIndex } from '../links/link-index.ts';
import type { Change, ChangeRecord } from './record.ts';

export const FEED_PATH = '/cambios.xml';
export const CHANGES_PATH = '/cambios/';

export interface NamedUnit {
  /** The number a teacher cites: "1.13.2 Contenedores", "Figura 1.9". */
  cita: string;
  /** Its short address (/1.13.2, /figura/1.9). */
  corta: string;
  /** A heading without number: its title and permanent address, inside the number above. */
  parte?: { titulo: string; ruta: string };
}

export const unitLabel = (unit: NamedUnit) => (unit.parte ? `${unit.cita} › ${unit.parte.titulo}` : unit.cita);

/**
 * A name from `numeros` as the number it belongs to (a heading without number belongs to the nearest
 * numbered heading or section above it) and, if it is such a heading, the heading itself.
 */
export function nameUnit(index: LinkIndex, name: string): NamedUnit {
  const { enlaces } = index;
  if (name.startsWith('Figura ')) {
    const number = name.slice('Figura '.length);
    return { cita: `${t('figure.label')} ${number}`, corta: enlaces.find((e) => e.tipo === 'figura' && e.numero === number)?.corta ?? '' };
  }
  const [section = '', anchor] = name.split('#');
  const headings = enlaces.filter((e) => e.tipo !== 'figura' && e.tipo !== 'termino' && e.seccion === section);
  const cited = (entry: LinkEntry | undefined) => ({ cita: entry ? `${entry.numero} ${entry.titulo}` : name, corta: entry?.corta ?? '' });
  if (anchor === undefined) return cited(enlaces.find((e) => (e.tipo === 'seccion' || e.tipo === 'apartado') && e.numero === name));
  const page = headings[0]?.ruta.split('#')[0] ?? '/';
  const at = headings.findIndex((e) => e.ruta === `${page}#${anchor}`);
  // Walk up: the closest heading above with a lower level, until one has a number (the section has).
  let level = headings[at]?.nivel ?? 2;
  let owner: LinkEntry | undefined;
  for (let i = at - 1; i >= 0 && !owner?.numero; i--) {
    if ((headings[i]!.nivel ?? 1) < level) [owner, level] = [headings[i], headings[i]!.nivel ?? 1];
  }
  // A heading renamed since: its old anchor still leads there through its alias (src/links/).
  return { ...cited(owner?.numero ? owner : headings[0]), parte: { titulo: headings[at]?.titulo ?? `#${anchor}`, ruta: `${page}#${anchor}` } };
}

/** Newest first; entries of one day keep the record's order. */
export const newestFirst = (changes: Change[]) => changes.map((change, i) => ({ change, i })).sort((a, b) => b.change.fecha.localeCompare(a.change.fecha) || a.i - b.i).map(({ change }) => change);

/** A tag: URI (RFC 4151) that stays the same from build to build: the date, the names, a count for repeats. */
export function changeIds(site: string, changes: Change[]): string[] {
  const host = new URL(site).hostname;
  const seen = new Map<string, number>();
  return changes.map((change) => {
    const base = `tag:${host},${change.fecha}:cambios/${change.numeros.map((n) => n.replace('Figura ', 'figura-').replace('#', '/')).join('+')}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** The Atom feed; its dates are the record's, never the build's, so two builds write the same bytes. */
export function changesFeed(index: LinkIndex & { sitio: string }, record: ChangeRecord): string {
  const absolute = (path: string) => new URL(path, index.sitio).href;
  const ids = changeIds(index.sitio, record.cambios);
  const dated = newestFirst(record.cambios);
  const feed = new Feed({
    id: `tag:${new URL(index.sitio).hostname},${record.publicado}:cambios`,
    title: t('changes.feedTitle'),
    description: t('changes.description'),
    link: absolute(CHANGES_PATH),
    feedLinks: { atom: absolute(FEED_PATH) },
    language: 'es',
    updated: new Date(`${dated[0]?.fecha ?? record.publicado}T00:00:00Z`),
    generator: false,
  });
  for (const change of dated) {
    const names = change.numeros.map((name) => nameUnit(index, name));
    feed.addItem({
      id: ids[record.cambios.indexOf(change)]!,
      title: `${names.map(unitLabel).join(', ')}: ${change.nota}`,
      // The short address of the number a teacher cites; the precise heading is in the title.
      link: absolute(names[0]!.corta),
      date: new Date(`${change.fecha}T00:00:00Z`),
      description: change.nota,
    });
  }
  return feed.atom1();
}
