// A PDF read back with pdfjs-dist from the lock file, so the PDF tests need no system tool (poppler):
// each page's text runs in content-stream order with their right edge, the lines they form, the
// images it paints and its links; the document's tagging, outline and page count.
import { readFileSync } from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextRun {
  str: string;
  /** Left edge, baseline and right edge, in points from the page's bottom-left corner. */
  x: number;
  y: number;
  right: number;
}

export interface PdfPage {
  width: number;
  runs: TextRun[];
  /** Runs on one baseline, left to right, joined by a space: a line as a reader sees it. */
  lines: string[];
  /** Bitmaps the page paints (image XObjects, inline images and image masks). */
  images: number;
  links: { url?: string; destPage?: number }[];
}

export interface Pdf {
  /** /MarkInfo /Marked true and a structure tree: a tagged PDF. */
  tagged: boolean;
  pages: PdfPage[];
  outline: { title: string; page: number }[];
}

const IMAGE_OPS = new Set(
  [OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintInlineImageXObjectGroup, OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObject, OPS.paintImageMaskXObjectGroup, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask],
);

/** Groups runs whose baselines are within a point of each other, top to bottom. */
function linesOf(runs: TextRun[]): string[] {
  const rows: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - run.y) < 1) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x).map((r) => r.str).join(' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const cache = new Map<string, Promise<Pdf>>();

/** Reads the file once per test process, however many tests ask. */
export function readPdf(file: string): Promise<Pdf> {
  if (!cache.has(file)) cache.set(file, load(file));
  return cache.get(file)!;
}

async function load(file: string): Promise<Pdf> {
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
  const doc = await task.promise;
  const pageOfDest = async (dest: unknown) => {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
    return explicit ? (await doc.getPageIndex(explicit[0] as never)) + 1 : 0;
  };
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const runs = content.items.flatMap((item) =>
      'str' in item && item.str ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, right: (item.transform[4] as number) + item.width }] : [],
    );
    const ops = await page.getOperatorList();
    const annotations = (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[];
    const links = await Promise.all(
      annotations.filter((a) => a.subtype === 'Link').map(async (a) => (a.dest ? { destPage: await pageOfDest(a.dest) } : { url: a.url })),
    );
    pages.push({ width: page.view[2]! - page.view[0]!, runs, lines: linesOf(runs), images: ops.fnArray.filter((op) => IMAGE_OPS.has(op)).length, links });
  }
  const outline: Pdf['outline'] = [];
  type Item = { title: string; dest: unknown; items: Item[] };
  const walk = async (items: Item[]) => {
    for (const item of items) {
      outline.push({ title: item.title, page: await pageOfDest(item.dest) });
      await walk(item.items);
    }
  };
  await walk(((await doc.getOutline()) ?? []) as Item[]);
  // pdfjs 6 gives /MarkInfo as a Map.
  const markInfo = (await doc.getMarkInfo()) as Map<string, unknown> | null;
  const tagged = markInfo?.get('Marked') === true && (await (await doc.getPage(1)).getStructTree()) !== null;
  await task.destroy();
  return { tagged, pages, outline };
}
