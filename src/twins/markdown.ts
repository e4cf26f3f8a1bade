/**
 * A section page's built HTML as Markdown, for pasting into an AI assistant: the text a reader
 * sees, without the buttons, with figures as their text description and every link absolute
 * (the short URL where the book has one). Pure: HTML and link index in, Markdown out.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { formatDate } from '../collections/last-updated.ts';
import { t } from '../i18n/ui.ts';
import type { LinkIndex } from '../links/link-index.ts';

// Interface, not text: what only works with a pointer, and the download lists.
const UI_TAGS = new Set(['button', 'script', 'style', 'nav', 'fieldset', 'input', 'template', 'noscript', 'svg']);
const UI_CLASSES = ['link-copy', 'anchor', 'figure-tools', 'figure-downloads', 'self-check-export', 'pdf-links', 'updated'];

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const has = (node: Element, name: string) => classes(node).includes(name);
const el = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });
const clean = (value: string) => value.replace(/\s+/g, ' ').trim();
const link = (href: string) => el('a', [text(href)], { href });
const labelled = (label: string, content: ElementContent[]) => el('p', [text(`${label} `), ...content]);

function find(node: Root | Element, test: (node: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(node, 'element', (candidate) => {
    if (found || !test(candidate)) return undefined;
    found = candidate;
    return false;
  });
  return found;
}

interface Context {
  page: URL;
  /** Absolute permanent address (page#anchor) → absolute short URL. */
  shorts: Map<string, string>;
}

const shortFor = (context: Context, id: unknown) => (typeof id === 'string' ? context.shorts.get(new URL(`#${id}`, context.page).href) : undefined);

/** Same-site links become absolute, and short where the book numbers their target. */
function absolute(context: Context, href: string): string {
  const url = new URL(href, context.page);
  return url.origin === context.page.origin ? (context.shorts.get(url.href) ?? url.href) : url.href;
}

/** Caption, the diagram's description (its accDescr, else its labels), the visible text, the short URL. */
function figure(node: Element, context: Context): Element {
  const caption = find(node, (child) => child.tagName === 'figcaption');
  const captionContent = (caption?.children ?? []).map((child) =>
    child.type === 'element' && has(child, 'figure-number') ? el('strong', child.children) : child,
  );
  const description = find(node, (child) => child.tagName === 'desc');
  const labels = find(node, (child) => has(child, 'diagram-text'));
  const items = labels ? labels.children.flatMap((child) => (child.type === 'element' ? [...child.children] : [])) : [];
  const labelList = items.filter((item) => item.type === 'element' && item.tagName === 'ul').flatMap((list) => (list as Element).children);
  const alt = find(node, (child) => child.tagName === 'img');
  const said = description
    ? [labelled(t('twins.figureDescription'), [text(clean(toString(description)))])]
    : labelList.length > 0
      ? [labelled(`${t('figure.diagramText')}:`, [text(labelList.filter((item) => item.type === 'element').map((item) => clean(toString(item))).join(' · '))])]
      : alt && typeof alt.properties.alt === 'string' ? [labelled(t('twins.figureDescription'), [text(alt.properties.alt)])] : [];
  const visible = node.children.filter((child) => !(child.type === 'element' && (child.tagName === 'figcaption' || has(child, 'diagram-wrap'))));
  const short = shortFor(context, node.properties.id);
  return el('div', [el('p', captionContent), ...said, ...visible, ...(short ? [labelled(t('twins.figureShortAddress'), [link(short)])] : [])]);
}

/** «Respuesta: …» in the open, right after the question. */
function answer(node: Element): Element {
  const summary = find(node, (child) => child.tagName === 'summary');
  const label = el('strong', [text(`${clean(summary ? toString(summary) : t('selfCheck.answer'))}:`)]);
  const [first, ...rest] = node.children.filter((child) => child !== summary && !(child.type === 'text' && !child.value.trim()));
  if (first?.type === 'element' && first.tagName === 'p') return el('div', [el('p', [label, text(' '), ...first.children]), ...rest]);
  return el('div', [el('p', [label]), ...(first ? [first] : []), ...rest]);
}

function rewrite(node: Element, context: Context): ElementContent[] {
  if (UI_TAGS.has(node.tagName) || UI_CLASSES.some((name) => has(node, name)) || node.tagName === 'h1') return [];
  if (node.tagName === 'figure') return rewrite(figure(node, context), context);
  if (node.tagName === 'details') return rewrite(answer(node), context);
  if (node.tagName === 'aside') node.tagName = 'blockquote';
  // The self-check is a part of the section: its title becomes a heading.
  if (node.tagName === 'section' && has(node, 'aside')) {
    node.tagName = 'div';
    const title = node.children.find((child) => child.type === 'element' && has(child, 'aside-title'));
    if (title?.type === 'element') Object.assign(title, { tagName: 'h2', children: [text(clean(toString(title)))] });
  }
  if (node.tagName === 'pre' && typeof node.properties.dataLanguage === 'string') {
    const code = node.children.find((child) => child.type === 'element' && child.tagName === 'code');
    if (code?.type === 'element') code.properties.className = [`language-${node.properties.dataLanguage}`];
  }
  if (node.tagName === 'a' && typeof node.properties.href === 'string') node.properties.href = absolute(context, node.properties.href);
  if (node.tagName === 'img' && typeof node.properties.src === 'string') node.properties.src = absolute(context, node.properties.src);
  node.children = node.children.flatMap((child) => (child.type === 'element' ? rewrite(child, context) : child.type === 'comment' ? [] : [child]));
  // A numbered heading keeps its short URL right under it.
  const short = /^h[2-6]$/.test(node.tagName) ? shortFor(context, node.properties.id) : undefined;
  return short ? [node, labelled(t('twins.shortAddress'), [link(short)])] : [node];
}

/**
 * The Markdown twin of section `number` from its built page: an H1 «1.13 Objetos de Docker», a line
 * with its address, short URL and date, then the page's text.
 */
export function twinMarkdown(html: string, index: LinkIndex, number: string): string {
  const section = index.enlaces.find((entry) => entry.tipo === 'seccion' && entry.numero === number);
  if (!index.sitio) throw new Error('Sin dirección del sitio (SITE_URL) no hay textos en Markdown: sus enlaces deben ser absolutos');
  if (!section) throw new Error(`La sección ${number} no está en el índice de enlaces`);
  const page = new URL(section.ruta.split('#')[0]!, index.sitio);
  const shorts = new Map<string, string>();
  for (const entry of index.enlaces) {
    if (!entry.corta) continue;
    const target = new URL(entry.ruta, page);
    const short = new URL(entry.corta, page).href;
    shorts.set(target.href, short);
    // A link to a section's page, with no anchor, is a link to the section.
    if (entry.tipo === 'seccion') shorts.set(new URL(target.pathname, page).href, short);
  }
  const tree = fromHtml(html);
  const body = find(tree, (node) => node.properties.dataPagefindBody !== undefined) ?? find(tree, (node) => node.tagName === 'main');
  if (!body) throw new Error(`La página de la sección ${number} no tiene <main>`);
  const content = body.children.flatMap((child) => (child.type === 'element' ? rewrite(child, { page, shorts }) : child.type === 'text' ? [child] : []));
  const about: ElementContent[] = [
    text(`${t('twins.address')} `), link(page.href),
    ...(section.corta ? [text(` · ${t('twins.shortAddress')} `), link(new URL(section.corta, page).href)] : []),
    ...(section.actualizado ? [text(` · ${t('section.updated')} ${formatDate(section.actualizado)}`)] : []),
  ];
  const root: Root = { type: 'root', children: [el('h1', [text(`${number} ${section.titulo}`)]), el('p', about), ...content] };
  const mdast = unified().use(rehypeRemark).runSync(root);
  return unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, listItemIndent: 'one', rule: '-' })
    .stringify(mdast);
}
