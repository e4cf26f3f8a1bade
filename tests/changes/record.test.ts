import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Unit } from '../../src/changes/hashes.ts';
import { lastChange, parseRecord, pendingReview } from '../../src/changes/record.ts';

const VALID = `publicado: 2026-11-27
cambios:
  - fecha: 2026-12-04
    numeros: ["Figura 1.9"]
    nota: La tarea queda fuera del grupo Raft.
huellas:
  "1.14": "aaaaaaaaaaaaaaaa"
  Figura 1.9: "bbbbbbbbbbbbbbbb"
`;
const unit = (clave: string, huella: string, contiene: string[] = []): Unit => ({ clave, tipo: 'apartado', ruta: '/x/#y', lugar: `s.mdx:${clave.length}`, huella, contiene });

test('un registro con errores los nombra con archivo:línea', () => {
  const broken = VALID.replace('fecha: 2026-12-04', 'fecha: 4/12/2026').replace('["Figura 1.9"]', '["Fig. 1.9"]').replace('"bbbbbbbbbbbbbbbb"', 'xyz');
  assert.throws(
    () => parseRecord(broken),
    (error: Error) =>
      /content\/cambios.yaml:3: «fecha»/.test(error.message) && /content\/cambios.yaml:3: «Fig\. 1\.9» no es un número/.test(error.message) && /content\/cambios.yaml:8: la huella de «Figura 1\.9»/.test(error.message),
  );
});

test('ultimoCambio: el cambio más reciente que nombra la unidad o algo que contiene; si no, la publicación', () => {
  const { record } = parseRecord(VALID);
  assert.equal(lastChange(unit('1.14', 'a', ['Figura 1.9']), record, 'x'), '2026-12-04');
  assert.equal(lastChange(unit('1.15', 'a'), record, 'x'), '2026-11-27');
  assert.equal(lastChange(unit('1.15', 'a'), undefined, '2026-01-02'), '2026-01-02');
});

test('la puerta: una huella distinta, una unidad nueva y un número desaparecido se nombran con su lugar y la salida (it can fail)', () => {
  const { record } = parseRecord(VALID);
  assert.deepEqual(pendingReview([unit('1.14', 'aaaaaaaaaaaaaaaa'), unit('Figura 1.9', 'bbbbbbbbbbbbbbbb')], record), []);
  const problems = pendingReview([unit('1.14', 'cccccccccccccccc'), unit('1.14#nuevo', 'dddddddddddddddd')], record);
  assert.match(problems.join('\n'), /s\.mdx:4: «1\.14» ha cambiado .*añade en content\/cambios\.yaml una entrada .*npm run cambios:revisar/);
  assert.match(problems.join('\n'), /«1\.14#nuevo» es nueva/);
  assert.match(problems.join('\n'), /content\/cambios\.yaml:8: «Figura 1\.9» está publicada y ya no existe/);
});
