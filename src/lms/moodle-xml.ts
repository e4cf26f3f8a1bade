import { XMLBuilder } from 'fast-xml-parser';
import { t } from '../i18n/ui.ts';
import type { BankCategory, BankQuestion } from './question-bank.ts';

// Moodle XML as Moodle's own export writes it (docs.moodle.org «Moodle XML format»): the builder escapes
// the HTML, which Moodle reads back the same as CDATA.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '  ', commentPropName: '#comment' });
const html = (text: string) => ({ '@format': 'html', text });

function question(q: BankQuestion, section: string) {
  const common = {
    name: { text: q.name },
    questiontext: html(q.questionHtml),
    generalfeedback: html(q.generalFeedbackHtml),
    defaultgrade: 1,
    penalty: q.choices ? 0.3333333 : 0,
    hidden: 0,
    idnumber: q.id,
  };
  const tags = { tags: { tag: [{ text: section }] } };
  if (!q.choices) {
    // An open question: an essay, graded by the teacher, with the model answer as the grader's guide too.
    return { '@type': 'essay', ...common, responseformat: 'editor', responserequired: 1, responsefieldlines: 5, attachments: 0, graderinfo: html(q.generalFeedbackHtml), responsetemplate: html(''), ...tags };
  }
  return {
    '@type': 'multichoice',
    ...common,
    single: 'true',
    shuffleanswers: 'true',
    answernumbering: 'abc',
    correctfeedback: html(`<p>${t('selfCheck.right')}</p>`),
    partiallycorrectfeedback: html(''),
    incorrectfeedback: html(`<p>${t('selfCheck.wrong')}</p>`),
    answer: q.choices.map((c) => ({ '@fraction': c.correct ? 100 : 0, '@format': 'html', text: c.html, feedback: html(c.feedbackHtml) })),
    ...tags,
  };
}

/** One Moodle XML file: each category (a section) followed by its questions, in book order. */
export function toMoodleXml(categories: BankCategory[], scope: string): string {
  const questions = categories.flatMap((category) => [
    { '@type': 'category', category: { text: `$course$/top/${category.path}` } },
    ...category.questions.map((q) => question(q, category.section)),
  ]);
  const comment = t('selfCheck.bankComment', { site: t('site.title'), scope, format: 'Moodle XML' });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ '#comment': ` ${comment} `, quiz: { question: questions } })}`;
}
