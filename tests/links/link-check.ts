/**
 * Link checker over a production build: every internal address and #fragment in dist/ must
 * resolve. A broken link is reported against the file that wrote it (content/secciones/x.mdx:12
 * or the src/pages/ route) with the ids that do exist on the target page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileFor, htmlFiles, landing, readPage } from '../../src/links/dist-pages.ts';
import { SHORT_PATH } from '../../src/links/link-index.ts';

const UNCHECKED = /^(?:mailto|tel|javascript|data|blob):/i;

export interface Broken {
  source: string;
  page: string;
  href: string;
  reason: string;
  existing: string[];
}

export interface External {
  source: string;
  href: string;
}

/** The source file that produces a page of dist/: the section's MDX, or the route in src/pages/. */
export function sourceOf(root: string, file: string, redirect = false): string {
  const slug = file.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, '');
  if (redirect || SHORT_PATH.test(`/${slug}`)) return 'src/pages/[...redireccion].astro';
  const candidates = slug === '' ? ['src/pages/index.astro'] : [`content/secciones/${slug}.mdx`, `src/pages/${slug}.astro`, `src/pages/${slug}/index.astro`];
  return candidates.find((candidate) => existsSync(join(root, candidate))) ?? `dist/${file}`;
}

/** Where shared templates live: a link in the sidebar or header is written there, not in the page. */
const TEMPLATE_DIRS = ['src/components', 'src/layouts'];

function lineOf(root: string, file: string, href: string): string | undefined {
  const path = join(root, file);
  if (!existsSync(path) || !statSync(path).isFile()) return undefined;
  const lines = readFileSync(path, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(`(${href})`) || line.includes(`"${href}"`) || line.includes(`'${href}'`));
  return index >= 0 ? `${file}:${index + 1}` : undefined;
}

/** "file:line" where the address is written: the page's source, else a shared component or layout. */
export function locate(root: string, source: string, href: string): string {
  const templates = TEMPLATE_DIRS.filter((dir) => existsSync(join(root, dir))).flatMap((dir) =>
    readdirSync(join(root, dir)).map((name) => `${dir}/${name}`),
  );
  for (const file of [source, ...templates]) {
    const found = lineOf(root, file, href);
    if (found) return file === source ? found : `${found} (en ${source})`;
  }
  return `${source} (enlace generado por un componente o plantilla)`;
}

export interface CheckOptions {
  dist: string;
  /** The project folder, to name source files. */
  root: string;
  /** The public address: absolute links to it are internal. */
  site: string;
}

export function checkLinks({ dist, root, site }: CheckOptions): { broken: Broken[]; external: External[]; pages: number } {
  const origin = new URL(site).origin;
  const files = htmlFiles(dist);
  const pages = new Map(files.map((file) => [file, readPage(dist, file)]));
  const broken: Broken[] = [];
  const external: External[] = [];
  const seen = new Set<string>();

  for (const page of pages.values()) {
    const base = new URL(`/${page.file.replace(/index\.html$/, '')}`, origin);
    const source = sourceOf(root, page.file, page.refresh !== undefined);
    for (const href of page.links) {
      if (UNCHECKED.test(href) || href === '#') continue;
      const key = `${source}\u0000${href}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const url = new URL(href, base);
      const report = (reason: string, existing: string[] = []) => {
        const where = locate(root, source, href);
        // A broken link in a shared template shows on every page: report it once.
        const once = `${where.replace(/ \(en .*\)$/, '')}\u0000${href}`;
        if (seen.has(once)) return;
        seen.add(once);
        broken.push({ source: where, page: page.file, href, reason, existing });
      };

      if (url.origin !== origin) {
        if (url.protocol === 'http:') report('los enlaces externos deben usar https');
        else {
          const where = locate(root, source, href);
          const once = `${where.replace(/ \(en .*\)$/, '')}\u0000${href}`;
          if (!seen.has(once)) external.push({ source: where, href });
          seen.add(once);
        }
        continue;
      }
      const targetFile = fileFor(dist, url.pathname);
      if (!targetFile) {
        report(`no existe ${url.pathname} en el build`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment) continue;
      const target = landing(dist, pages.get(targetFile), fragment, (file) => pages.get(file));
      if (!target) report(`${url.pathname} no es una página HTML: no puede tener el fragmento «${fragment}»`);
      else if (!target.ids.has(fragment)) report(`el fragmento «${fragment}» no existe en ${url.pathname}`, [...target.ids].sort());
    }
  }
  return { broken, external, pages: pages.size };
}

export function formatBroken(broken: Broken): string {
  const existing = broken.existing.length ? `\n    fragmentos que sí existen en esa página: ${broken.existing.join(', ')}` : '';
  return `${broken.source} → ${broken.href}: ${broken.reason} (en dist/${broken.page})${existing}`;
}
