/** Fills a UI string's `{name}` placeholders from `values`; an unknown name stays visible as `{name}`. */
export function fill(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}
