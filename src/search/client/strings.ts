// The search bundle's UI strings: es.json's "search.*" entries only, served by the search
// integration as a module (importing es.json itself would ship the whole file, 2.5 KB compressed).
import strings from 'virtual:search-strings';
import { fill } from '../../i18n/fill.ts';
import type { UIKey } from '../../i18n/ui.ts';

/** As src/i18n/ui.ts's t(), over the search strings. */
export function t(key: Extract<UIKey, `search.${string}`>, values: Record<string, string> = {}): string {
  return fill(strings[key]!, values);
}
