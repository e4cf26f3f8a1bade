/**
 * What /enlaces.json adds to each section, subsection and figure: its `huella` and `ultimoCambio`,
 * computed once per build from the MDX source and content/cambios.yaml.
 */
import { lastUpdated } from '../collections/last-updated.ts';
import type { LinkEntry } from '../links/link-index.ts';
import { readUnits, type Unit } from './hashes.ts';
import { lastChange, readRecord, type ChangeRecord } from './record.ts';

let loaded: { units: Map<string, Unit>; record: ChangeRecord | undefined } | undefined;

/** The feed exists (src/pages/[feed].xml.ts) only with the site's address and a change record: link it only then. */
export const hasFeed = (sitio: string | undefined) => Boolean(sitio && changeData().record);

export function changeData() {
  loaded ??= { units: new Map(readUnits().map((unit) => [unit.ruta, unit])), record: readRecord() };
  return loaded;
}

export function changeFields(entry: LinkEntry): { huella?: string; ultimoCambio?: string } {
  if (entry.tipo === 'termino') return {};
  const { units, record } = changeData();
  const unit = units.get(entry.ruta);
  // Headings are read from the top level of the MDX: one inside a component would have no hash.
  if (!unit) throw new Error(`${entry.ruta}: no se puede calcular su huella (¿un encabezado dentro de un componente?); src/changes/hashes.ts`);
  // Without a record (a fixture site), the file's last commit is the best date there is.
  return { huella: unit.huella, ultimoCambio: lastChange(unit, record, lastUpdated(unit.lugar.replace(/:\d+$/, ''))) };
}
