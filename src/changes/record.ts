/**
 * content/cambios.yaml: the reviewed hash of every unit (`huellas`) and the human list of changes of
 * meaning (`cambios`). Validation errors name file:line; `pendingReview()` is the gate that makes an
 * unreviewed edit fail the tests; `lastChange()` is each unit's `ultimoCambio`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Unit } from './hashes.ts';

export const RECORD_FILE = 'content/cambios.yaml';

export interface Change {
  fecha: string;
  numeros: string[];
  nota: string;
  /** "content/cambios.yaml:12", for messages. */
  lugar: string;
}

export interface ChangeRecord {
  /** First publication (YYYY-MM-DD): the `ultimoCambio` of a unit no change names. */
  publicado: string;
  cambios: Change[];
  huellas: Record<string, string>;
  /** Line of each `huellas` key, for messages. */
  lineas: Record<string, number>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** "1.13", "1.13.3", "Figura 1.9" or, for a heading without number, "1.14#docker-swarm". */
export const KEY = /^(?:Figura )?\d+(?:\.\d+)+$|^\d+(?:\.\d+)+#[a-z0-9-]+$/;
export const isNumbered = (key: string) => !key.includes('#');
const validDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** Parses and validates the record's text; every problem is one "file:line: what to do" line. */
export function parseRecord(text: string, file = RECORD_FILE): { record: ChangeRecord; document: Document } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const problems: string[] = document.errors.map((error) => `${file}:${lines.linePos(error.pos[0]).line}: YAML no válido: ${error.message.split('\n')[0]}`);
  const lineOf = (node: unknown) => lines.linePos((node as { range?: [number] } | null)?.range?.[0] ?? 0).line;
  const where = (node: unknown) => `${file}:${lineOf(node)}`;
  const root = document.contents;
  const record: ChangeRecord = { publicado: '', cambios: [], huellas: {}, lineas: {} };
  if (problems.length === 0 && !isMap(root)) problems.push(`${file}:1: el archivo debe tener «publicado», «cambios» y «huellas»`);
  if (problems.length === 0 && isMap(root)) {
    for (const pair of root.items) {
      const key = String((pair.key as { value?: unknown }).value);
      if (!['publicado', 'cambios', 'huellas'].includes(key)) problems.push(`${where(pair.key)}: clave desconocida «${key}» (solo publicado, cambios y huellas)`);
    }
    const publicado = String(root.get('publicado') ?? '');
    if (!validDate(publicado)) problems.push(`${where(root.get('publicado', true) ?? root)}: «publicado» es la fecha de la primera publicación, AAAA-MM-DD`);
    record.publicado = publicado;

    const cambios = root.get('cambios', true);
    if (cambios !== undefined && !isSeq(cambios)) problems.push(`${where(cambios)}: «cambios» es una lista de { fecha, numeros, nota }`);
    for (const item of isSeq(cambios) ? cambios.items : []) {
      const at = where(item);
      if (!isMap(item)) {
        problems.push(`${at}: cada cambio es { fecha: AAAA-MM-DD, numeros: [...], nota: "..." }`);
        continue;
      }
      const fecha = String(item.get('fecha') ?? '');
      const nota = item.get('nota');
      const numeros = item.get('numeros', true);
      const names = isSeq(numeros) ? numeros.items.map((n) => String((n as { value?: unknown }).value)) : [];
      if (!validDate(fecha)) problems.push(`${at}: «fecha» debe ser una fecha AAAA-MM-DD (es «${fecha}»)`);
      if (typeof nota !== 'string' || nota.trim().length < 10) problems.push(`${at}: «nota» dice qué cambió, en una frase en español`);
      if (names.length === 0) problems.push(`${at}: «numeros» nombra lo que cambió: ["1.13.3", "Figura 1.9", "1.14#docker-swarm"…]`);
      for (const name of names.filter((n) => !KEY.test(n))) problems.push(`${at}: «${name}» no es un número del libro («1.13.3», «Figura 1.9») ni un apartado («1.14#docker-swarm»)`);
      record.cambios.push({ fecha, numeros: names, nota: typeof nota === 'string' ? nota.trim() : '', lugar: at });
    }

    const huellas = root.get('huellas', true);
    if (huellas !== undefined && !isMap(huellas)) problems.push(`${where(huellas)}: «huellas» asocia cada unidad con su huella revisada`);
    for (const pair of isMap(huellas) ? huellas.items : []) {
      const key = String((pair.key as { value?: unknown }).value);
      const value = String((pair.value as { value?: unknown } | null)?.value ?? '');
      if (!KEY.test(key)) problems.push(`${where(pair.key)}: «${key}» no es una unidad («1.13.3», «Figura 1.9», «1.14#docker-swarm»)`);
      if (!/^[0-9a-f]{16}$/.test(value)) problems.push(`${where(pair.key)}: la huella de «${key}» son 16 cifras hexadecimales; usa «npm run cambios:revisar»`);
      record.huellas[key] = value;
      record.lineas[key] = lineOf(pair.key);
    }
  }
  if (problems.length) throw new Error(`${file} no es válido:\n  ${problems.join('\n  ')}`);
  return { record, document };
}

/** The committed record, or undefined where there is none (a fixture site). */
export function readRecord(root = '.'): ChangeRecord | undefined {
  const path = join(root, RECORD_FILE);
  return existsSync(path) ? parseRecord(readFileSync(path, 'utf8')).record : undefined;
}

/**
 * A unit's last change of meaning: the newest change naming it or anything inside it (a change in
 * Figura 1.9 is a change in 1.14); with none, the first publication (`fallback` without a record).
 */
export function lastChange(unit: Unit, record: ChangeRecord | undefined, fallback: string): string {
  const names = new Set([unit.clave, ...unit.contiene]);
  const dates = (record?.cambios ?? []).filter((c) => c.numeros.some((n) => names.has(n))).map((c) => c.fecha);
  return dates.sort().at(-1) ?? record?.publicado ?? fallback;
}

const HELP =
  'Si cambió su significado, añade en content/cambios.yaml una entrada en «cambios» que la nombre (fecha y nota en una frase) y ' +
  'ejecuta «npm run cambios:revisar»; si no (erratas, formato), ejecuta solo «npm run cambios:revisar», que registra la huella nueva.';

/** What the record has not reviewed yet, each with its place; empty when the record matches the content. */
export function pendingReview(units: Unit[], record: ChangeRecord): string[] {
  const problems: string[] = [];
  const current = new Map(units.map((unit) => [unit.clave, unit]));
  for (const unit of units) {
    const recorded = record.huellas[unit.clave];
    if (recorded === undefined) problems.push(`${unit.lugar}: «${unit.clave}» es nueva y no tiene huella registrada. ${HELP}`);
    else if (recorded !== unit.huella) problems.push(`${unit.lugar}: «${unit.clave}» ha cambiado (huella ${recorded} → ${unit.huella}). ${HELP}`);
  }
  for (const key of Object.keys(record.huellas).filter((k) => !current.has(k))) {
    problems.push(
      isNumbered(key)
        ? `${RECORD_FILE}:${record.lineas[key]}: «${key}» está publicada y ya no existe en el contenido: un número publicado no desaparece ni se renumera; recupéralo`
        : `${RECORD_FILE}:${record.lineas[key]}: el apartado «${key}» ya no existe (su dirección la protege content/enlaces-publicados.json); ejecuta «npm run cambios:revisar»`,
    );
  }
  for (const change of record.cambios) {
    for (const name of change.numeros.filter((n) => isNumbered(n) && !current.has(n))) {
      problems.push(`${change.lugar}: el cambio nombra «${name}», que no existe en el contenido`);
    }
  }
  return problems;
}
