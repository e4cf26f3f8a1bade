import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { t } from '../i18n/ui.ts';
import { readBuiltLinkIndex } from '../links/dist-pages.ts';
import { twinMarkdown } from './markdown.ts';
import { LLMS_PATH, twinPath } from './paths.ts';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** The page's own summary, as search engines get it. */
function metaDescription(html: string): string {
  let description = '';
  visit(fromHtml(html), 'element', (node) => {
    if (node.tagName === 'meta' && node.properties.name === 'description') description = String(node.properties.content ?? '');
  });
  return description;
}

const pageHtml = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/**
 * Writes /1.13.md… for every section in dist/enlaces.json, from its built page, and /llms.txt
 * (llmstxt.org) listing them. Without the site's address, nothing: the files' links must be absolute.
 * Returns the paths written.
 */
export function writeTwins(dist: string, logger: Logger): string[] {
  const index = readBuiltLinkIndex(dist);
  if (!index.sitio) {
    logger.warn(t('twins.noSite', { file: LLMS_PATH.slice(1) }));
    return [];
  }
  const site = index.sitio;
  const sections = index.enlaces.filter((entry) => entry.tipo === 'seccion' && entry.numero);
  const lines: string[] = [];
  for (const section of sections) {
    const page = section.ruta.split('#')[0]!;
    const html = pageHtml(dist, page);
    writeFileSync(join(dist, twinPath(section.numero!)), twinMarkdown(html, index, section.numero!));
    lines.push(`- [${section.numero} ${section.titulo}](${new URL(twinPath(section.numero!), site).href}): ${metaDescription(html)}`);
  }
  // The glossary is a page of the site (src/pages/glosario.astro), not in the link index as a page.
  const glossary = '/glosario/';
  const optional = [
    ...(existsSync(join(dist, glossary, 'index.html')) ? [`- [${t('glossary.title')}](${new URL(glossary, site).href}): ${metaDescription(pageHtml(dist, glossary))}`] : []),
    `- [${t('twins.llmsLinks')}](${new URL('/enlaces.json', site).href}): ${t('twins.llmsLinksDescription')}`,
  ];
  const example = sections[0] ? new URL(twinPath(sections[0].numero!), site).href : '';
  const llms = [
    `# ${t('site.title')}`, '',
    `> ${t('twins.llmsSummary')}`, '',
    t('twins.llmsIntro', { example }), '',
    `## ${t('twins.llmsSections')}`, '', ...lines, '',
    `## ${t('twins.llmsOptional')}`, '', ...optional, '',
  ].join('\n');
  writeFileSync(join(dist, LLMS_PATH), llms);
  logger.info(t('twins.written', { count: String(sections.length), file: LLMS_PATH.slice(1), site }));
  return [...sections.map((section) => twinPath(section.numero!)), LLMS_PATH];
}

/**
 * At the end of the build, the Markdown twins and llms.txt (src/twins/README.md). After the pages
 * and dist/enlaces.json exist; before offline(), serverConfig() and precompress().
 */
export default function markdownTwins(): AstroIntegration {
  return {
    name: 'docker-en-el-aula:markdown-twins',
    hooks: {
      'astro:build:done': ({ dir, logger }) => void writeTwins(fileURLToPath(dir), logger),
    },
  };
}
