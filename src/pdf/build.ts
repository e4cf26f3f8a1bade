// `npm run pdf`: the chapter and each section as PDF files in dist/descargas/, made from the built
// site (run it after `astro build`) with the Playwright + Chromium the project already uses.
// Two passes per file: the first PDF's outline gives each heading's page for the table of contents.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHROMIUM_ARGS, loadPlaywright, requireChromium } from '../browser/chromium.ts';
import { t } from '../i18n/ui.ts';
import type { LinkIndex } from '../links/link-index.ts';
import { qrCodeSvg } from '../qr/qr.ts';
import { composeDocument, fillPageNumbers, type ComposeInput } from './compose.ts';
import { readOutline } from './page-numbers.ts';
import { CHAPTER_PDF, sectionPdf } from './paths.ts';
import { ORIGIN, serveDist } from './serve.ts';
import { readBuiltLinkIndex } from '../links/dist-pages.ts';

const DIST = process.argv[2] ?? 'dist';
let index: LinkIndex;
try {
  index = readBuiltLinkIndex(DIST);
} catch {
  console.error(`npm run pdf: no hay ${DIST}/enlaces.json; ejecuta antes «npm run build».`);
  process.exit(1);
}

const sections = index.enlaces.filter((entry) => entry.tipo === 'seccion');
const pageOf = (ruta: string) => ruta.split('#')[0]!;
const shorts = Object.fromEntries(index.enlaces.filter((e) => e.urlCorta && e.tipo !== 'termino').map((e) => [e.ruta, e.urlCorta!]));
if (!index.sitio) {
  // The PDFs print the public address, link to the live site and carry a QR code: they need it.
  console.error('npm run pdf: el build no tiene dirección pública; ejecuta «SITE_URL=https://… npm run build» antes.');
  process.exit(1);
}
const site = index.sitio;
const host = new URL(site).host;
const date = process.env.PDF_DATE ?? new Intl.DateTimeFormat('es-ES', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
const first = sections[0]?.numero;
const last = sections.at(-1)?.numero;

interface Target {
  file: string;
  title: string;
  subtitle: string;
  qrUrl: string;
  pages: string[];
}

const targets: Target[] = [
  { file: CHAPTER_PDF, title: t('site.title'), subtitle: t('site.tagline'), qrUrl: site, pages: sections.map((s) => pageOf(s.ruta)) },
  ...sections.map((s) => ({
    file: sectionPdf(s.numero!),
    title: `${s.numero} ${s.titulo}`,
    subtitle: `${t('site.title')} · ${t('pdf.sectionOf', { first: first!, last: last! })}`,
    qrUrl: s.urlCorta!,
    pages: [pageOf(s.ruta)],
  })),
];

const footer = `<div style="font: 8pt 'Liberation Sans', Arial, sans-serif; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between; color: #444;">
<span>${host}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
const pdfOptions = {
  format: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate: footer,
  margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
  outline: true,
  tagged: true,
} as const;

// Chromium drops the space where a bookmark's heading wrapped: compare without spaces.
const normal = (text: string) => text.replace(/\s+/g, '');
const css = readFileSync(new URL('./pdf.css', import.meta.url), 'utf8');
const executablePath = await requireChromium().catch((error: Error) => {
  // One line, like the diagrams: the PDFs need a browser, the site's build does not.
  console.error(`npm run pdf: ${error.message}`);
  process.exit(1);
});
const browser = await loadPlaywright().chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  // The pages' CSP (a <meta> written by Astro) would block the print styles this step adds: it is our own tool.
  const context = await browser.newContext({ colorScheme: 'light', bypassCSP: true });
  await serveDist(context, DIST);
  for (const target of targets) {
    const page = await context.newPage();
    await page.goto(`${ORIGIN}${target.pages[0]}`);
    const input: ComposeInput = {
      title: target.title,
      subtitle: target.subtitle,
      date,
      siteLabel: t('site.title'),
      siteUrl: target.qrUrl,
      qrSvg: await qrCodeSvg(target.qrUrl),
      tocTitle: t('pdf.contents'),
      pages: target.pages,
      shorts,
      figureLabel: t('figure.label'),
      site,
    };
    await page.evaluate(composeDocument, input);
    await page.addStyleTag({ content: css });
    await page.evaluate(() => document.fonts.ready);
    const entries = await page.$$eval('.pdf-toc-page', (spans) =>
      spans.map((s) => ({ id: (s as HTMLElement).dataset.target!, title: s.previousElementSibling!.textContent! })),
    );
    const draft = await readOutline(await page.pdf(pdfOptions));
    const pageOfTitle = new Map(draft.bookmarks.map((b) => [normal(b.title), b.page]));
    const numbers: Record<string, number> = {};
    const missing: string[] = [];
    for (const entry of entries) {
      const found = pageOfTitle.get(normal(entry.title));
      if (found) numbers[entry.id] = found;
      else missing.push(entry.title);
    }
    if (missing.length) throw new Error(`${target.file}: el índice del PDF no encuentra la página de: ${missing.join('; ')}`);
    await page.evaluate(fillPageNumbers, numbers);
    const pdf = await page.pdf(pdfOptions);
    const out = join(DIST, target.file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, pdf);
    console.log(`${out}: ${draft.pages} páginas, ${entries.length} entradas en el índice, ${(pdf.length / 1024).toFixed(0)} KB`);
    await page.close();
  }
} finally {
  await browser.close();
}
