import strings from './es.json' with { type: 'json' };

export type UIKey = keyof typeof strings;

/** The site's one source of UI text. `{name}` placeholders are filled from `values`. */
export function t(key: UIKey, values: Record<string, string> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}
