// `npm run cambios:revisar`: records in content/cambios.yaml the current hash of every section,
// subsection and figure. It never writes a `cambios` entry (whether the meaning changed is a person's
// decision), and refuses while a published number is gone or a new number has no entry naming it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUnits } from './hashes.ts';
import { isNumbered, parseRecord, RECORD_FILE } from './record.ts';

export interface ReviewResult {
  ok: boolean;
  /** What was recorded, or why nothing was. */
  messages: string[];
}

export function review(root = '.'): ReviewResult {
  const path = join(root, RECORD_FILE);
  const { record, document } = parseRecord(readFileSync(path, 'utf8'));
  const units = readUnits(root);
  const current = new Set(units.map((unit) => unit.clave));
  const named = new Set(record.cambios.flatMap((change) => change.numeros));
  const refusals = [
    ...Object.keys(record.huellas)
      .filter((key) => isNumbered(key) && !current.has(key))
      .map((key) => `${RECORD_FILE}:${record.lineas[key]}: «${key}» está publicada y ya no existe: un número publicado no desaparece ni se renumera. Recupéralo.`),
    // A new number is news for teachers: its first publication is a change that a person dates and explains.
    ...units
      .filter((unit) => isNumbered(unit.clave) && Object.keys(record.huellas).length > 0 && !(unit.clave in record.huellas) && !named.has(unit.clave))
      .map((unit) => `${unit.lugar}: «${unit.clave}» es nueva: añade en «cambios» una entrada que la nombre (fecha de publicación y nota) y vuelve a ejecutar.`),
  ];
  if (refusals.length) return { ok: false, messages: refusals };

  const messages = units.flatMap((unit) => {
    const before = record.huellas[unit.clave];
    if (before === unit.huella) return [];
    return [`${unit.lugar}: «${unit.clave}» ${before ? `${before} → ${unit.huella}` : `nueva, ${unit.huella}`}`];
  });
  const dropped = Object.keys(record.huellas).filter((key) => !current.has(key));
  messages.push(...dropped.map((key) => `«${key}» ya no existe: se quita su huella (su dirección la protege content/enlaces-publicados.json)`));
  document.set('huellas', document.createNode(Object.fromEntries(units.map((unit) => [unit.clave, unit.huella]))));
  // Quoted: a hash of digits only would otherwise read back as a number.
  writeFileSync(path, document.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
  return { ok: true, messages };
}

if (import.meta.main) {
  try {
    const { ok, messages } = review();
    if (!ok) {
      console.error(`${RECORD_FILE}: no se registran las huellas:\n  ${messages.join('\n  ')}`);
      process.exit(1);
    }
    console.log(messages.length ? `${RECORD_FILE}: huellas registradas:\n  ${messages.join('\n  ')}` : `${RECORD_FILE}: ninguna huella ha cambiado.`);
    console.log('«cambios» no se toca: si alguna cambió de significado, añade tú la entrada con su fecha y su nota.');
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
