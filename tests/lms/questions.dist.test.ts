// The self-checks for Moodle, read back from dist/ as an LMS would: every GIFT file through a real GIFT
// parser (gift-pegjs) and every Moodle XML file through an XML parser, against content/autoevaluacion.yaml:
// the same questions in the same order, with their stable ids, one right answer per multiple-choice
// question, the model answer as feedback and a link back to the short address of what to review.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { parse as parseYaml } from 'yaml';
import { readBuiltLinkIndex } from '../../src/links/dist-pages.ts';

interface Source {
  id: string;
  answer: string;
  choices?: { text: string; correct?: boolean }[];
}
const source = parseYaml(readFileSync('content/autoevaluacion.yaml', 'utf8')) as Source[];
const index = readBuiltLinkIndex('dist');
assert.ok(index.sitio, 'npm test construye con SITE_URL: sin él los enlaces de Moodle serían relativos');
const sections = index.enlaces.filter((e) => e.tipo === 'seccion').map((e) => e.numero!);
const shortAddresses = new Set(index.enlaces.flatMap((e) => (e.urlCorta ? [e.urlCorta] : [])));
const SCOPES = [...sections.map((s) => ({ scope: s, ids: source.filter((q) => q.id.startsWith(`${s}-`)).map((q) => q.id) })), { scope: '1.13-1.15', ids: source.map((q) => q.id) }];

/** HTML, or the Markdown it came from, as comparable text: no tags, entities, backticks, links or emphasis marks. */
const text = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const markdownText = (markdown: string) => markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '').replace(/\s+/g, ' ').trim();
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
const byId = new Map(source.map((q) => [q.id, q]));

test('content/autoevaluacion.yaml tiene preguntas de cada sección, y algunas de opción múltiple', () => {
  assert.equal(sections.length, 3);
  for (const { scope, ids } of SCOPES.slice(0, 3)) assert.ok(ids.length >= 3, `${scope}: solo ${ids.length} preguntas`);
  assert.ok(source.filter((q) => q.choices).length >= 6, 'menos de 6 preguntas de opción múltiple');
});

/** Checks one exported question against its source: kind, right answers, model answer, link back. */
function checkQuestion(id: string, kind: string, right: string[], choices: number, feedback: string, file: string) {
  const q = byId.get(id)!;
  assert.equal(kind, q.choices ? 'MC' : 'Essay', `${file} ${id}: tipo`);
  if (q.choices) {
    assert.equal(choices, q.choices.length, `${file} ${id}: número de opciones`);
    assert.deepEqual(right, q.choices.filter((c) => c.correct).map((c) => markdownText(c.text)), `${file} ${id}: la respuesta correcta`);
  }
  assert.ok(text(feedback).includes(markdownText(q.answer)), `${file} ${id}: la retroalimentación no trae la respuesta modelo`);
  const back = hrefs(feedback).filter((href) => shortAddresses.has(href));
  assert.equal(back.length, 1, `${file} ${id}: la retroalimentación no enlaza una dirección corta publicada (${hrefs(feedback).join(', ')})`);
  for (const href of hrefs(feedback)) assert.ok(href.startsWith(index.sitio!), `${file} ${id}: enlace no absoluto ${href}`);
}

for (const { scope, ids } of SCOPES) {
  test(`/descargas/preguntas-${scope}.gift: gift-pegjs lee las ${ids.length} preguntas, con su id, en orden`, () => {
    const file = `dist/descargas/preguntas-${scope}.gift`;
    const parsed = parseGift(readFileSync(file, 'utf8'));
    const categories = parsed.filter((q) => q.type === 'Category');
    const questions = parsed.filter((q): q is GIFTQuestion & { type: 'MC' | 'Essay' } => q.type === 'MC' || q.type === 'Essay');
    assert.equal(categories.length, scope.includes('-') ? 3 : 1, `${file}: una categoría por sección`);
    assert.equal(questions.length, parsed.length - categories.length, `${file}: hay preguntas de un tipo inesperado`);
    assert.deepEqual(questions.map((q) => q.title), ids, `${file}: títulos`);
    assert.deepEqual(questions.map((q) => q.id), ids, `${file}: «// [id:…]» (el número de identificación en Moodle)`);
    for (const q of questions) {
      const choices = q.type === 'MC' ? q.choices : [];
      checkQuestion(q.title!, q.type, choices.filter((c) => c.isCorrect).map((c) => text(c.text.text)), choices.length, q.globalFeedback!.text, file);
      assert.equal(q.stem.format, 'html');
    }
  });

  test(`/descargas/preguntas-${scope}.xml: Moodle XML con las ${ids.length} preguntas, su idnumber y una respuesta correcta`, () => {
    const file = `dist/descargas/preguntas-${scope}.xml`;
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['question', 'answer'].includes(name) }).parse(readFileSync(file, 'utf8'));
    const all = xml.quiz.question as Record<string, any>[];
    const categories = all.filter((q) => q['@type'] === 'category');
    const questions = all.filter((q) => q['@type'] !== 'category');
    assert.equal(categories.length, scope.includes('-') ? 3 : 1, `${file}: una categoría por sección`);
    assert.ok(categories.every((c) => String(c.category.text).startsWith('$course$/top/Docker en el aula/1.1')), `${file}: ruta de categoría`);
    assert.deepEqual(questions.map((q) => q.idnumber), ids, `${file}: idnumber`);
    for (const q of questions) {
      for (const key of ['name', 'questiontext', 'generalfeedback']) assert.ok(q[key]?.text, `${file} ${q.idnumber}: falta <${key}>`);
      assert.equal(q.questiontext['@format'], 'html');
      const answers = (q.answer ?? []) as Record<string, any>[];
      if (q['@type'] === 'multichoice') {
        assert.equal(String(q.single), 'true', `${file} ${q.idnumber}: una sola respuesta`);
        assert.equal(answers.filter((a) => Number(a['@fraction']) === 100).length, 1, `${file} ${q.idnumber}: una respuesta con fraction 100`);
        assert.ok(answers.every((a) => [0, 100].includes(Number(a['@fraction'])) && a.feedback?.text), `${file} ${q.idnumber}: cada opción lleva su explicación`);
      } else assert.equal(q.graderinfo?.text, q.generalfeedback.text, `${file} ${q.idnumber}: el ensayo lleva la respuesta modelo para quien corrige`);
      const kind = q['@type'] === 'multichoice' ? 'MC' : q['@type'] === 'essay' ? 'Essay' : q['@type'];
      checkQuestion(q.idnumber, kind, answers.filter((a) => Number(a['@fraction']) === 100).map((a) => text(String(a.text))), answers.length, q.generalfeedback.text, file);
    }
  });
}

test('cada sección y /enlaces/ enlazan sus preguntas para Moodle', () => {
  const pages = new Map([
    ['1.13', 'objetos-de-docker'],
    ['1.14', 'orquestacion-de-contenedores'],
    ['1.15', 'organizaciones-y-estandares'],
  ]);
  assert.deepEqual([...pages.keys()], sections);
  const links = readFileSync('dist/enlaces/index.html', 'utf8');
  for (const [number, page] of pages) {
    const html = readFileSync(`dist/${page}/index.html`, 'utf8');
    for (const format of ['gift', 'xml']) {
      assert.ok(html.includes(`href="/descargas/preguntas-${number}.${format}"`), `${page}: falta el enlace a preguntas-${number}.${format}`);
      assert.ok(links.includes(`href="/descargas/preguntas-${number}.${format}"`), `/enlaces/: falta preguntas-${number}.${format}`);
    }
  }
  for (const format of ['gift', 'xml']) assert.ok(links.includes(`href="/descargas/preguntas-1.13-1.15.${format}"`), `/enlaces/: falta preguntas-1.13-1.15.${format}`);
});
