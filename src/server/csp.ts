import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a <meta> policy cannot say (CSP 3 ignores these there), added by the server's header. */
export const HEADER_ONLY = ["frame-ancestors 'none'"];

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** "a b; c d" → Map { a → [b], c → [d] }, merging into `into`. */
function addPolicy(into: Map<string, Set<string>>, policy: string): void {
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    const known = into.get(name) ?? new Set<string>();
    for (const source of sources) known.add(source);
    into.set(name, known);
  }
}

/**
 * The server's Content-Security-Policy: the union of the per-page <meta> policies that Astro's
 * security.csp wrote into dist/ (its hashes of every script and style it bundled or injected), plus
 * what only a header can carry. Read from the build, so nobody keeps a policy by hand.
 * A page without a <meta> policy is an error naming the file: it would escape the check.
 */
export function policyFromDist(dist: string): string {
  const pages = globSync('**/*.html', { cwd: dist }).sort();
  if (pages.length === 0) throw new Error(`No hay páginas HTML en ${dist}: ¿se ejecutó el build?`);
  const merged = new Map<string, Set<string>>();
  for (const page of pages) {
    const policy = META.exec(readFileSync(join(dist, page), 'utf8'))?.[1];
    if (!policy) throw new Error(`${join(dist, page)}: sin <meta http-equiv="content-security-policy"> (¿falta security.csp en astro.config.ts?)`);
    addPolicy(merged, policy.replaceAll('&#39;', "'"));
  }
  addPolicy(merged, HEADER_ONLY.join(';'));
  // Pages are read in order, so the same build gives the same policy.
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
