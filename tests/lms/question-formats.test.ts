// GIFT and Moodle XML writers (src/lms/gift.ts, moodle-xml.ts) against their readers: every special
// character of either format survives a round trip through gift-pegjs and fast-xml-parser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { toGift } from '../../src/lms/gift.ts';
import { toMoodleXml } from '../../src/lms/moodle-xml.ts';
import type { BankCategory } from '../../src/lms/question-bank.ts';

const TRICKY = 'a {b} ~c =d #e :f \\g <code>&lt;h&gt;</code> "i" & j';
const bank: BankCategory[] = [
  {
    section: '1.13',
    path: 'Docker en el aula/1.13 Objetos: «prueba»',
    questions: [
      { id: '1.13-P1', name: '1.13-P1 uno', questionHtml: `<p>${TRICKY}</p>`, generalFeedbackHtml: '<p>general</p>', choices: [
        { html: `bien ${TRICKY}`, correct: true, feedbackHtml: `por qué ${TRICKY}` },
        { html: 'mal', correct: false, feedbackHtml: 'no' },
      ] },
      { id: '1.13-P2', name: '1.13-P2 dos', questionHtml: '<p>¿abierta?</p>', generalFeedbackHtml: `<p>modelo ${TRICKY}</p>` },
    ],
  },
];

test('GIFT: gift-pegjs lee lo que escribimos, carácter a carácter', () => {
  const parsed = parseGift(toGift(bank, '1.13'));
  assert.deepEqual(parsed.map((q) => q.type), ['Category', 'MC', 'Essay']);
  const [category, mc, essay] = parsed as any[];
  assert.equal(category.title, '$course$/top/Docker en el aula/1.13 Objetos: «prueba»');
  assert.equal(mc.id, '1.13-P1');
  assert.equal(mc.stem.text, `<p>${TRICKY}</p>`);
  assert.deepEqual(mc.choices.map((c: any) => [c.isCorrect, c.text.text, c.feedback.text]), [
    [true, `bien ${TRICKY}`, `por qué ${TRICKY}`],
    [false, 'mal', 'no'],
  ]);
  assert.equal(essay.id, '1.13-P2');
  assert.equal(essay.globalFeedback.text, `<p>modelo ${TRICKY}</p>`);
});

test('Moodle XML: un analizador XML lee lo que escribimos, carácter a carácter', () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (n) => ['question', 'answer'].includes(n) }).parse(toMoodleXml(bank, '1.13'));
  const [category, mc, essay] = xml.quiz.question;
  assert.equal(category.category.text, '$course$/top/Docker en el aula/1.13 Objetos: «prueba»');
  assert.equal(mc['@type'], 'multichoice');
  assert.equal(mc.questiontext.text, `<p>${TRICKY}</p>`);
  assert.deepEqual(mc.answer.map((a: any) => [a['@fraction'], a.text, a.feedback.text]), [
    ['100', `bien ${TRICKY}`, `por qué ${TRICKY}`],
    ['0', 'mal', 'no'],
  ]);
  assert.equal(essay['@type'], 'essay');
  assert.equal(essay.idnumber, '1.13-P2');
  assert.equal(essay.graderinfo.text, `<p>modelo ${TRICKY}</p>`);
});
