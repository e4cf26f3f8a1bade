import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { located } from './collections/located.ts';

/** "falta «x»" when the field is absent, `wrong` when it is there with the wrong type. */
const field = (missing: string, wrong: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong),
});

const sectionNumber = z
  .string(field('falta «number»: el número de la sección en el libro, p. ej. "1.13"', '«number» debe ir entre comillas, p. ej. "1.13"'))
  .regex(/^1\.1[3-5]$/, { error: '«number» debe ser el número de una sección del libro: "1.13", "1.14" o "1.15"' });

/** One MDX page per numbered section of the book (1.13, 1.14, 1.15). */
const sectionSchema = z.object({
  number: sectionNumber,
  title: z.string(field('falta «title»: el título de la sección', '«title» debe ser un texto')).min(3),
  description: z
    .string(field('falta «description»: una frase para buscadores y enlaces compartidos', '«description» debe ser un texto'))
    .min(30, { error: '«description» debe tener al menos 30 caracteres' })
    .max(200, { error: '«description» debe tener como mucho 200 caracteres' }),
  order: z
    .number(field('falta «order»: la posición de la sección en la barra lateral', '«order» debe ser un número entero, p. ej. 1'))
    .int()
    .positive(),
  /** When true, every h2 must be numbered «<number>.N» in sequence (1.13.1, 1.13.2…). */
  numberedSubsections: z.boolean().default(false),
  /** Old heading ids that must keep resolving, mapped to the id that replaced them. */
  aliases: z.record(z.string(), z.string()).default({}),
  /** Earlier file names (entry ids) of this section: /<old>/ keeps working and redirects here. */
  pageAliases: z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'cada «pageAliases» es un nombre de archivo antiguo sin .mdx, p. ej. "orquestacion"' })).default([]),
});
const sections = defineCollection({
  loader: located(glob({ base: './content/secciones', pattern: '*.mdx' }), sectionSchema),
  schema: sectionSchema,
});

/** Glossary terms: one entry each, with a stable anchor (its id). */
const glossarySchema = z.object({
  term: z.string(field('falta «term»: el término', '«term» debe ser un texto')).min(1),
  definition: z
    .string(field('falta «definition»: la definición del término', '«definition» debe ser un texto'))
    .min(20, { error: '«definition» debe tener al menos 20 caracteres' }),
  /** Official English names, shown as «En inglés» here and under `taughtIn` (src/glossary/). */
  english: z.array(z.string().min(1, { error: 'cada término de «english» necesita texto' })).default([]),
  /** Other names for the term (e.g. "K8s" for Kubernetes): searchable, not anchors. */
  synonyms: z.array(z.string()).default([]),
  /** The heading that explains the term: a section's path and a heading anchor. */
  taughtIn: z
    .string({ error: '«taughtIn» debe ser un texto, p. ej. "/objetos-de-docker/#1-13-3-volumenes"' })
    .regex(/^\/[a-z0-9-]+\/#[a-z0-9-]+$/, { error: '«taughtIn» es la ruta de una sección y el ancla de un encabezado, p. ej. "/objetos-de-docker/#1-13-3-volumenes"' })
    .optional(),
  /** Old ids that must keep resolving to this term. */
  aliases: z.array(z.string()).default([]),
});
const glossary = defineCollection({
  loader: located(file('./content/glosario.yaml'), glossarySchema),
  schema: glossarySchema,
});

/** One choice of a multiple-choice self-check question, with what the reader is told on choosing it. */
const choiceSchema = z.object({
  text: z.string(field('falta «text»: el texto de la opción', '«text» debe ser un texto')).min(1),
  correct: z.boolean({ error: '«correct» es true o se omite' }).default(false),
  feedback: z
    .string(field('falta «feedback»: qué se le dice a quien elige esta opción', '«feedback» debe ser un texto'))
    .min(10, { error: '«feedback» debe explicar la opción (al menos 10 caracteres)' }),
});

/** Self-check questions («Comprueba lo que sabes»): shown on their section, exported to Moodle (src/lms/). */
const selfCheckSchema = z.object({
  id: z
    .string({ error: '«id» debe ser un texto, p. ej. "1.13-P4"' })
    .regex(/^1\.1[3-5]-P[1-9]\d*$/, { error: '«id» es la sección y el número de la pregunta, p. ej. "1.13-P4"' }),
  question: z.string(field('falta «question»: el enunciado', '«question» debe ser un texto')).min(10),
  answer: z
    .string(field('falta «answer»: la respuesta modelo', '«answer» debe ser un texto'))
    .min(20, { error: '«answer» debe tener al menos 20 caracteres' }),
  review: z
    .string(field('falta «review»: el apartado que repasa, p. ej. "/objetos-de-docker/#1-13-3-volumenes"', '«review» debe ser un texto'))
    .regex(/^\/[a-z0-9-]+\/#[a-z0-9-]+$/, { error: '«review» es la ruta de una sección y el ancla de un encabezado, p. ej. "/objetos-de-docker/#1-13-3-volumenes"' }),
  choices: z
    .array(choiceSchema)
    .min(2, { error: '«choices» necesita al menos dos opciones' })
    .refine((choices) => choices.filter((choice) => choice.correct).length === 1, { error: '«choices» necesita exactamente una opción con «correct: true»' })
    .optional(),
});
const selfChecks = defineCollection({
  loader: located(file('./content/autoevaluacion.yaml'), selfCheckSchema),
  schema: selfCheckSchema,
});

export const collections = { sections, glossary, selfChecks };
