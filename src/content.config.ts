import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

const sectionNumber = z
  .string({ error: 'falta «number»: el número de la sección en el libro, p. ej. "1.13"' })
  .regex(/^1\.1[3-5]$/, { error: '«number» debe ser el número de una sección del libro: "1.13", "1.14" o "1.15"' });

/** One MDX page per numbered section of the book (1.13, 1.14, 1.15). */
const sections = defineCollection({
  loader: glob({ base: './content/secciones', pattern: '*.mdx' }),
  schema: z.object({
    number: sectionNumber,
    title: z.string({ error: 'falta «title»: el título de la sección' }).min(3),
    description: z
      .string({ error: 'falta «description»: una frase para buscadores y enlaces compartidos' })
      .min(30, { error: '«description» debe tener al menos 30 caracteres' })
      .max(200, { error: '«description» debe tener como mucho 200 caracteres' }),
    order: z.number({ error: 'falta «order»: la posición de la sección en la barra lateral' }).int().positive(),
    /** When true, every h2 must be numbered «<number>.N» in sequence (1.13.1, 1.13.2…). */
    numberedSubsections: z.boolean().default(false),
    /** Old heading ids that must keep resolving, mapped to the id that replaced them. */
    aliases: z.record(z.string(), z.string()).default({}),
    /** Earlier file names (entry ids) of this section: /<old>/ keeps working and redirects here. */
    pageAliases: z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'cada «pageAliases» es un nombre de archivo antiguo sin .mdx, p. ej. "orquestacion"' })).default([]),
  }),
});

/** Glossary terms: one entry each, with a stable anchor (its id). */
const glossary = defineCollection({
  loader: file('./content/glosario.yaml'),
  schema: z.object({
    term: z.string().min(1),
    definition: z.string().min(20),
    /** Other names for the term (e.g. "K8s" for Kubernetes): searchable, not anchors. */
    synonyms: z.array(z.string()).default([]),
    /** Old ids that must keep resolving to this term. */
    aliases: z.array(z.string()).default([]),
  }),
});

export const collections = { sections, glossary };
