import { existsSync, readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';

/**
 * Fails a page whose body has no text: an empty section would be published as a title with nothing
 * under it, and nobody would notice. Reported at the first line after the frontmatter.
 */
export default function rehypeNonEmpty() {
  return (tree: Root, file: VFile) => {
    if (toString(tree).trim()) return;
    // MDX hands plugins the body with the frontmatter blanked out: count its lines in the file itself.
    const source = file.path && existsSync(file.path) ? readFileSync(file.path, 'utf8') : String(file.value ?? '');
    const lines = source.split('\n');
    const closing = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') : -1;
    const line = Math.min(closing + 2, lines.length);
    file.fail('La página está vacía: escribe el texto de la sección debajo del frontmatter', { line, column: 1 });
  };
}
