import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';

/**
 * Wraps a content loader so a frontmatter or YAML field that fails the schema is reported at its own
 * line. Astro's content layer reports these errors at line 0, which names the file but not the place.
 */
export function located(loader: Loader, schema: z.ZodType): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            const issue = schema.safeParse(props.data).error?.issues[0];
            const key = issue?.path[0];
            if (props.filePath && typeof key === 'string') locate(error, resolve(props.filePath), key, props.id);
            throw error;
          }
        },
      }),
  };
}

interface Locatable {
  setLocation?: (loc: { file: string; line: number; column: number }) => void;
  setFrame?: (source: string, loc: { line: number; column: number }) => void;
}

/** Points the error at `key:`; in a YAML list, at the key inside the entry whose id is `id`. */
function locate(error: unknown, file: string, key: string, id: string) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const entry = lines.findIndex((line) => new RegExp(`^\\s*-?\\s*id:\\s*["']?${escape(id)}["']?\\s*$`).test(line));
  const from = Math.max(entry, 0);
  // Search only the entry (up to the next list item) or the frontmatter (up to its closing ---).
  const next = lines.findIndex((line, i) => i > from && (entry >= 0 ? /^\s*-\s/.test(line) : line.trim() === '---'));
  const end = next >= 0 ? next : lines.length;
  const found = lines.findIndex((line, i) => i >= from && i < end && new RegExp(`^\\s*(-\\s*)?${escape(key)}\\s*:`).test(line));
  // A missing field has no line of its own: point at its entry, or at the frontmatter's first line.
  const line = (found >= 0 ? found : from) + 1;
  const target = error as Locatable;
  target.setLocation?.({ file, line, column: 1 });
  target.setFrame?.(lines.join('\n'), { line, column: 1 });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
