import { t } from '../i18n/ui.ts';
import type { BankCategory, BankQuestion } from './question-bank.ts';

/** GIFT's special characters are escaped with a backslash everywhere in a text (Moodle's GIFT format docs). */
const escape = (text: string) => text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');

function question(q: BankQuestion, section: string): string {
  // Moodle's GIFT importer reads «// [id:…]» and «// [tag:…]» comments as the question's ID number and tags.
  const head = `// [id:${q.id}] [tag:${section}]\n::${escape(q.id)}::[html]${escape(q.questionHtml)}`;
  const general = `####${escape(q.generalFeedbackHtml)}`;
  // Without choices: an essay question, the model answer as its general feedback.
  if (!q.choices) return `${head}{${general}}`;
  const choices = q.choices.map((c) => `\t${c.correct ? '=' : '~'}${escape(c.html)}#${escape(c.feedbackHtml)}`);
  return `${head}{\n${choices.join('\n')}\n\t${general}\n}`;
}

/** One GIFT file: each category (a section) with its questions, in book order. */
export function toGift(categories: BankCategory[], scope: string): string {
  const blocks = categories.map((category) =>
    [`$CATEGORY: $course$/top/${category.path}`, ...category.questions.map((q) => question(q, category.section))].join('\n\n'),
  );
  return `// ${t('selfCheck.bankComment', { site: t('site.title'), scope, format: 'GIFT' })}\n\n${blocks.join('\n\n')}\n`;
}
