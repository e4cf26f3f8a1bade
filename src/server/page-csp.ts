import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE = /<(script|style)\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/gi;
const HASHED = new Set(['script-src', 'style-src']);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * One page's policy with only the hashes of its own inline scripts and styles. Astro's security.csp
 * lists every hash of the build on every page: about 0.6 KB gzip of random base64 per page, and a
 * policy that allows scripts the page does not have. A page whose inline code is not in its policy
 * is an error: the browser would block it.
 */
export function trimPolicy(html: string, file: string): string {
  const meta = META.exec(html);
  if (!meta) throw new Error(`${file}: sin <meta http-equiv="content-security-policy">`);
  const own = new Set([...html.matchAll(INLINE)].map((match) => sha256(match[2]!)));
  const policy = meta[2]!.replaceAll('&#39;', "'");
  const allowed = new Set(policy.match(/'sha256-[^']+'/g) ?? []);
  const blocked = [...own].filter((hash) => !allowed.has(hash));
  if (blocked.length > 0) throw new Error(`${file}: su CSP no permite ${blocked.length} script(s) o estilo(s) en línea de la página (${blocked.join(' ')})`);
  const trimmed = policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name || !HASHED.has(name)) return directive;
      return `${/^\s*/.exec(directive)![0]}${[name, ...sources.filter((source) => !source.startsWith("'sha256-") || own.has(source))].join(' ')}`;
    })
    .join(';');
  // Written back as Astro writes it (quotes as they were).
  const quote = meta[2]!.includes('&#39;') ? (text: string) => text.replaceAll("'", '&#39;') : (text: string) => text;
  return html.replace(META, (_, open: string, __: string, close: string) => `${open}${quote(trimmed)}${close}`);
}

/** Runs first at the end of the build, so the server's policy, the precache and the .gz/.br read the trimmed pages. */
export default function pageCsp(): AstroIntegration {
  return {
    name: 'docker-en-el-aula:page-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = globSync('**/*.html', { cwd: dist });
        let before = 0;
        let after = 0;
        for (const page of pages) {
          const file = join(dist, page);
          const html = readFileSync(file, 'utf8');
          const trimmed = trimPolicy(html, file);
          before += html.length;
          after += trimmed.length;
          writeFileSync(file, trimmed);
        }
        logger.info(`CSP por página: ${pages.length} páginas, solo los hashes de sus propios scripts y estilos (−${((before - after) / 1024).toFixed(1)} KB sin comprimir)`);
      },
    },
  };
}
