import { t } from '../i18n/ui.ts';
import type { LinkIndex } from '../links/link-index.ts';
import type { Question } from '../self-checks/questions.ts';
import { escapeXml } from '../utils/escape.ts';

/** A self-check question as an LMS takes it: HTML with absolute links, and a way back to the book. */
export interface BankQuestion {
  /** "1.13-P4": Moodle's ID number and the GIFT title, so a re-import updates instead of duplicating. */
  id: string;
  /** Plain-text name for the question bank's list. */
  name: string;
  questionHtml: string;
  /** The model answer and the «Repasa …» link: Moodle's general feedback, shown after an attempt. */
  generalFeedbackHtml: string;
  choices?: { html: string; correct: boolean; feedbackHtml: string }[];
}

/** A question bank category: "Docker en el aula/1.13 Objetos de Docker". */
export interface BankCategory {
  /** "1.13": also each question's tag. */
  section: string;
  path: string;
  questions: BankQuestion[];
}

const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/**
 * The questions of each section as categories of a question bank. Links become absolute with the site
 * address; the feedback links the short address of the part the question reviews, or of its section
 * when that part has no number of its own.
 */
export function questionBank(questions: Question[], index: LinkIndex): BankCategory[] {
  const site = index.sitio;
  if (!site) throw new Error('Las preguntas para Moodle necesitan la dirección pública del sitio (SITE_URL): sus enlaces salen del sitio');
  const address = (path: string) => new URL(path, site).href;
  const absolute = (html: string) => html.replace(/href="(\/[^"]*)"/g, (_, path: string) => `href="${escapeXml(address(path))}"`);
  const sections = index.enlaces.filter((entry) => entry.tipo === 'seccion');
  return sections
    .map((section) => ({
      section: section.numero!,
      path: `${t('site.title')}/${section.numero} ${section.titulo}`,
      questions: questions
        .filter((question) => question.section === section.numero)
        .map((question): BankQuestion => {
          const { review } = question;
          const link = (entry: typeof review) => `<a href="${escapeXml(address(entry.corta!))}">${escapeXml(`${entry.numero} ${entry.titulo}`)}</a>`;
          const back = review.corta
            ? t('selfCheck.review', { link: link(review) })
            : t('selfCheck.reviewIn', { heading: escapeXml(review.titulo), link: link(section) });
          return {
            id: question.id,
            name: `${question.id} ${plain(question.questionHtml)}`.slice(0, 200),
            questionHtml: `<p>${absolute(question.questionHtml)}</p>`,
            generalFeedbackHtml: `<p>${absolute(question.answerHtml)}</p><p>${back}</p>`,
            ...(question.choices
              ? { choices: question.choices.map((c) => ({ html: absolute(c.html), correct: c.correct, feedbackHtml: absolute(c.feedbackHtml) })) }
              : {}),
          };
        }),
    }))
    .filter((category) => category.questions.length > 0);
}
