import { createHash } from 'node:crypto';
import { PurgeCSS } from 'purgecss';

/** A stylesheet <link> to this site, or a <style> block, in the <head>: in cascade order. */
const SHEET = /<link rel="stylesheet" href="(\/[^"]+)"\s*\/?>|<style\b[^>]*>([\s\S]*?)<\/style>/g;
const META = /(<meta http-equiv="content-security-policy" content="[^"]*?style-src )([^;"]*)/i;

/** Attributes that scripts set after the HTML arrives: rules on them stay, whatever the markup says. */
const SET_BY_SCRIPTS = ['data-theme', 'open', 'hidden', 'aria-pressed', 'aria-current', 'aria-expanded', 'aria-hidden', 'aria-busy', 'aria-selected', 'disabled', 'checked'];

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export interface InlinedPage {
  html: string;
  /** The stylesheets the page no longer links. */
  replaced: string[];
}

/**
 * One page's styles as a single <style>: every stylesheet it linked and every <style> it had, in
 * their order, less the rules nothing on the page or in the site's scripts can match (`scripts`:
 * the text of every script, whose class names count as used). Its hash joins the page's CSP.
 */
export async function inlinePageStyles(html: string, file: string, read: (href: string) => string, scripts: string): Promise<InlinedPage> {
  const head = html.slice(0, html.indexOf('</head>'));
  const sheets = [...head.matchAll(SHEET)];
  if (sheets.length === 0) return { html, replaced: [] };
  const replaced = sheets.flatMap((match) => (match[1] ? [match[1]] : []));
  const css = sheets.map((match) => (match[1] ? read(match[1]) : match[2]!)).join('\n');
  const [result] = await new PurgeCSS().purge({
    content: [
      // Without its <style>s: a class named only in a stylesheet is not a use of it.
      { raw: html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, ''), extension: 'html' },
      { raw: scripts, extension: 'js' },
    ],
    css: [{ raw: css }],
    dynamicAttributes: SET_BY_SCRIPTS,
    // A pseudo-class is a state, never markup: alone (`:focus-visible`, `:target`) PurgeCSS would drop
    // the rule; in `.a:hover` the class still decides.
    safelist: { standard: [/^:/] },
    // Custom properties and animations are cheap and named indirectly (var(), animation-name).
    variables: false,
    keyframes: false,
  });
  const style = (result?.css ?? css).replace(/\n+/g, '\n').trim();
  // The first sheet's place takes the whole; the others go.
  let first = true;
  const inlined = head.replace(SHEET, () => (first ? ((first = false), `<style>${style}</style>`) : '')) + html.slice(head.length);
  if (!META.test(inlined)) throw new Error(`${file}: sin style-src en su <meta> CSP, donde poner el hash de sus estilos`);
  return { html: inlined.replace(META, (_, open: string, sources: string) => `${open}${sources.trim()} ${sha256(style)}`), replaced };
}
