import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

/**
 * A glossary definition or a self-check text, written in Markdown like the sections (*cursiva* for
 * foreign words, as the style guide asks), as the HTML inside its one paragraph. Raw HTML is dropped
 * (remark-rehype's default). `what` names the text in the error.
 */
export function inlineHtml(markdown: string, what = 'Una definición del glosario'): string {
  const html = String(processor.processSync(markdown)).trim();
  if (!/^<p>[\s\S]*<\/p>$/.test(html) || html.indexOf('<p>', 1) !== -1) {
    throw new Error(`${what} debe ser un solo párrafo: «${markdown.slice(0, 60)}…»`);
  }
  return html.slice('<p>'.length, -'</p>'.length);
}
