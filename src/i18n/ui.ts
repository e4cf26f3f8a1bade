import strings from './es.json' with { type: 'json' };
import { fill } from './fill.ts';

export type UIKey = keyof typeof strings;

/** The site's one source of UI text. `{name}` placeholders are filled from `values`. */
export function t(key: UIKey, values: Record<string, string> = {}): string {
  return fill(strings[key], values);
}
