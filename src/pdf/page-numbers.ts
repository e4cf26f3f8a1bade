/** Reads a PDF's outline with pdfjs: each bookmark's title and 1-based page number. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Bookmark {
  title: string;
  page: number;
  depth: number;
}

export async function readOutline(pdf: Uint8Array): Promise<{ bookmarks: Bookmark[]; pages: number }> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const doc = await task.promise;
  const bookmarks: Bookmark[] = [];
  type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
  const walk = async (items: Item[], depth: number) => {
    for (const item of items) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const ref = dest?.[0];
      const page = ref && typeof ref === 'object' ? (await doc.getPageIndex(ref as never)) + 1 : typeof ref === 'number' ? ref + 1 : 0;
      bookmarks.push({ title: item.title, page, depth });
      await walk(item.items ?? [], depth + 1);
    }
  };
  await walk(((await doc.getOutline()) ?? []) as Item[], 0);
  const pages = doc.numPages;
  await task.destroy();
  return { bookmarks, pages };
}
