/** Where the course-tool downloads live in the site. */
export const CARTRIDGE_PATH = '/descargas/docker-en-el-aula-1.13-1.15.imscc';

/** The self-check questions for Moodle's question bank: one section ("1.13") or the whole chapter. */
export type QuestionFormat = 'gift' | 'xml';
export const CHAPTER_QUESTIONS = '1.13-1.15';
export const questionsFile = (section: string, format: QuestionFormat) => `/descargas/preguntas-${section}.${format}`;
