/**
 * Links a stylesheet and resolves once it has arrived, or failed (a widget still works unstyled):
 * the styles of a widget that comes on demand come with it, never with every page.
 */
export function linkStylesheet(href: string): Promise<void> {
  const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const arrived = new Promise<void>((resolve) => ((sheet.onload = () => resolve()), (sheet.onerror = () => resolve())));
  document.head.append(sheet);
  return arrived;
}
