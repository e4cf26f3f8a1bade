import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sectionUnits } from '../../src/changes/hashes.ts';

const SOURCE = `---
number: "1.13"
title: Objetos de Docker
---

Intro con un [enlace](/glosario/#imagen).

## 1.13.1 Imágenes

Una imagen es una plantilla de solo lectura.

### Capas

Cada capa guarda *cambios*.

<Figure number="1.7" title="Capas de una imagen">

\`\`\`mermaid
flowchart TB
  %% orden de dibujo
  a[Capa 1] --> b[Capa 2]
\`\`\`

La capa de arriba es la del contenedor.

</Figure>

## 1.13.2 Contenedores

Un contenedor es una imagen en marcha.
`;
const units = (source: string) => Object.fromEntries(sectionUnits('objetos', 'x.mdx', source).map((u) => [u.clave, u]));
const hashes = (source: string) => Object.fromEntries(Object.entries(units(source)).map(([k, u]) => [k, u.huella]));

test('units: the section, every h2–h4 (unnumbered ones by section#anchor) and every figure, with their place and what they contain', () => {
  const all = units(SOURCE);
  assert.deepEqual(Object.keys(all), ['1.13', '1.13.1', '1.13#capas', '1.13.2', 'Figura 1.7']);
  assert.equal(all['1.13.1']!.lugar, 'x.mdx:8');
  assert.equal(all['1.13#capas']!.ruta, '/objetos/#capas');
  assert.deepEqual(all['1.13.1']!.contiene, ['1.13#capas', 'Figura 1.7']);
  assert.deepEqual(all['1.13.2']!.contiene, []);
});

test('la huella es estable e insensible al formato: espacios, saltos de línea, énfasis, comentarios de Mermaid', () => {
  assert.deepEqual(hashes(SOURCE), hashes(SOURCE));
  const reformatted = SOURCE.replace('Una imagen es una plantilla', 'Una imagen   es una\nplantilla').replace('*cambios*', '_cambios_').replace('  %% orden de dibujo\n', '');
  assert.deepEqual(hashes(reformatted), hashes(SOURCE));
});

test('una palabra cambiada cambia la huella de su apartado y de lo que lo contiene, no la de sus vecinos (it can fail)', () => {
  const before = hashes(SOURCE);
  const after = hashes(SOURCE.replace('La capa de arriba', 'La capa de abajo'));
  const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
  assert.deepEqual(changed, ['1.13', '1.13.1', '1.13#capas', 'Figura 1.7']);
  assert.notEqual(hashes(SOURCE.replace('[Capa 1]', '[Capa uno]'))['Figura 1.7'], before['Figura 1.7'], 'el texto del diagrama cuenta');
});
