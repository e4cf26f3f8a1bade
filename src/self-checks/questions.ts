import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { inlineHtml } from '../collections/inline-markdown.ts';
import { getLinkIndex } from '../links/get-link-index.ts';
import type { LinkEntry } from '../links/link-index.ts';

export const SOURCE = 'content/autoevaluacion.yaml';

export interface Choice {
  html: string;
  correct: boolean;
  feedbackHtml: string;
}

/** One self-check question, its Markdown already HTML, its `review` resolved to a heading of its section. */
export interface Question {
  /** Stable, tied to the book: "1.13-P4". Never renumbered (content/autoevaluacion.yaml). */
  id: string;
  section: string;
  /** The page anchor of the question: "pregunta-1-13-p4". */
  anchor: string;
  questionHtml: string;
  answerHtml: string;
  review: LinkEntry;
  choices?: Choice[];
}

/** "file:line" of `key:` inside the entry `id` of the YAML source, for errors the schema cannot see. */
function at(id: string, key: string): string {
  const lines = readFileSync(SOURCE, 'utf8').split('\n');
  const entry = lines.findIndex((line) => line.replace(/["']/g, '').trim() === `- id: ${id}`);
  const found = lines.findIndex((line, i) => i > entry && line.trim().startsWith(`${key}:`));
  return `${SOURCE}:${(found >= 0 ? found : entry) + 1}`;
}

/** Every self-check question in file order, or those of one section ("1.13"). */
export async function selfCheckQuestions(section?: string): Promise<Question[]> {
  const { enlaces } = await getLinkIndex();
  const questions = (await getCollection('selfChecks')).map(({ data }): Question => {
    const number = data.id.split('-')[0]!;
    const review = enlaces.find((entry) => entry.ruta === data.review && entry.tipo !== 'termino');
    if (!review) throw new Error(`${at(data.id, 'review')}: «review» de ${data.id} no es un encabezado del sitio: ${data.review}`);
    if (review.seccion !== number) throw new Error(`${at(data.id, 'review')}: ${data.id} repasa un apartado de ${review.seccion}, no de su sección ${number}`);
    const html = (markdown: string, key: string) => inlineHtml(markdown, `${at(data.id, key)}: «${key}» de ${data.id}`);
    return {
      id: data.id,
      section: number,
      anchor: `pregunta-${data.id.toLowerCase().replace(/\./g, '-')}`,
      questionHtml: html(data.question, 'question'),
      answerHtml: html(data.answer, 'answer'),
      review,
      ...(data.choices ? { choices: data.choices.map((c) => ({ html: html(c.text, 'text'), correct: c.correct, feedbackHtml: html(c.feedback, 'feedback') })) } : {}),
    };
  });
  return section ? questions.filter((q) => q.section === section) : questions;
}
