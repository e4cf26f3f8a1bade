// content/autoevaluacion.yaml as a published interface: each id («1.13-P4») is a question's number in
// teachers' Moodle banks, so ids are unique (the content layer would silently keep only the last of two),
// in order within their section, and every section has its questions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';

const questions = parse(readFileSync('content/autoevaluacion.yaml', 'utf8')) as { id: string }[];

test('los ids de las preguntas son únicos y crecen dentro de cada sección', () => {
  assert.ok(questions.length >= 15, `solo ${questions.length} preguntas`);
  const ids = questions.map((q) => q.id);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'ids repetidos');
  const last = new Map<string, number>();
  for (const id of ids) {
    const [section, n] = id.split('-P') as [string, string];
    assert.ok(Number(n) > (last.get(section) ?? 0), `${id} va después de ${section}-P${last.get(section)}: las preguntas de una sección van en orden`);
    last.set(section, Number(n));
  }
  assert.deepEqual([...last.keys()], ['1.13', '1.14', '1.15']);
});
