import type { Element } from 'hast';
import { t } from '../i18n/ui.ts';

interface CopyLinkOptions {
  /** What to copy, resolved against the page's canonical URL: "#1-13-3-volumenes" or "/1.13.3". */
  target: string;
  /** The short address ("/1.13.3"), offered as a second button when the book numbers the target. */
  short?: string | null | undefined;
  /** Names the target for screen readers: "1.13.3 Volúmenes". */
  title: string;
  /** The target is itself a short address: named so, apart from the permanent one beside it (/enlaces/). */
  isShort?: boolean;
}

const ICON: Element = {
  type: 'element',
  tagName: 'svg',
  properties: { ariaHidden: 'true', viewBox: '0 0 24 24', width: 16, height: 16 },
  children: [{ type: 'element', tagName: 'path', properties: { d: 'M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1m2 5a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1' }, children: [] }],
};

const button = (copy: string, label: string, content: Element['children'], className: string): Element => ({
  type: 'element',
  tagName: 'button',
  // The title is the tooltip: the icon alone does not say what the button copies.
  properties: { type: 'button', className: [className], ariaLabel: label, title: label, dataCopy: copy },
  children: content,
});

/**
 * The copy-link buttons beside a heading, figure caption or index row, built once here for the
 * rehype plugin and the Astro components alike. Hidden until src/links/copy-link-buttons.ts
 * enables them, so no dead button shows without JavaScript; their messages are on #aviso (Base.astro).
 */
export function copyLinkButtons({ target, short, title, isShort = false }: CopyLinkOptions): Element {
  const buttons = [button(target, t(isShort ? 'link.copyShortTo' : 'link.copy', { title }), [ICON], 'copy-link')];
  if (short) buttons.push(button(short, t('link.copyShort', { short }), [{ type: 'text', value: short }], 'copy-short'));
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['link-copy'], hidden: true, dataPagefindIgnore: '' },
    children: buttons,
  };
}
