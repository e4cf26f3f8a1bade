import type { APIRoute, GetStaticPaths } from 'astro';
import { getLinkIndex } from '../../links/get-link-index.ts';
import { toGift } from '../../lms/gift.ts';
import { CHAPTER_QUESTIONS, questionsFile, type QuestionFormat } from '../../lms/paths.ts';
import { questionBank } from '../../lms/question-bank.ts';
import { toMoodleXml } from '../../lms/moodle-xml.ts';
import { selfCheckQuestions } from '../../self-checks/questions.ts';

/** The self-checks for Moodle's question bank: each section's and the whole chapter's, GIFT and Moodle XML. */
export const getStaticPaths = (async () => {
  const { enlaces, sitio } = await getLinkIndex();
  // Their feedback links back with absolute addresses: without SITE_URL there are none (like the QR codes).
  if (!sitio) return [];
  const scopes = [...enlaces.filter((e) => e.tipo === 'seccion').map((e) => e.numero!), CHAPTER_QUESTIONS];
  return scopes.flatMap((scope) =>
    (['gift', 'xml'] as QuestionFormat[]).map((format) => ({ params: { archivo: questionsFile(scope, format).split('/').at(-1)! }, props: { scope, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { scope, format } = props as { scope: string; format: QuestionFormat };
  const all = await selfCheckQuestions();
  const questions = scope === CHAPTER_QUESTIONS ? all : all.filter((q) => q.section === scope);
  const bank = questionBank(questions, await getLinkIndex());
  const body = format === 'gift' ? toGift(bank, scope) : toMoodleXml(bank, scope);
  return new Response(body, { headers: { 'Content-Type': format === 'gift' ? 'text/plain; charset=utf-8' : 'application/xml' } });
};
