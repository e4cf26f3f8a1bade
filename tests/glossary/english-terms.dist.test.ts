// The glossary's English terms in the built site: on their entry, and under the heading that teaches them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';

interface Entry {
  id: string;
  english?: string[];
  taughtIn?: string;
}
const entries = (parse(readFileSync('content/glosario.yaml', 'utf8')) as Entry[]).filter((e) => e.english?.length && e.taughtIn);
const page = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('each English term is on its glossary entry and in the «En inglés» line of the part that teaches it', () => {
  assert.ok(entries.length >= 30, `solo ${entries.length} entradas con «english» y «taughtIn»`);
  const glossary = page('/glosario/');
  for (const { id, english = [], taughtIn = '' } of entries) {
    const entry = glossary.slice(glossary.indexOf(`<h2 id="${id}"`), glossary.indexOf('</section>', glossary.indexOf(`<h2 id="${id}"`)));
    const [path, anchor] = taughtIn.split('#');
    const html = page(path!);
    // The line follows its heading (the h1's line opens the content after the h1).
    const heading = html.indexOf(`id="${anchor}"`);
    assert.ok(heading > 0, `${taughtIn}: no hay encabezado`);
    const line = /<p class="english-terms"[^>]*>([\s\S]*?)<\/p>/.exec(html.slice(heading))?.[1] ?? '';
    for (const term of english) {
      assert.match(entry, new RegExp(`<i lang="en"[^>]*>${escape(term)}</i>`), `/glosario/#${id} no muestra «${term}»`);
      assert.match(line, new RegExp(`<a href="/glosario/#${id}"><i lang="en">${escape(term)}</i></a>`), `${taughtIn} no muestra «${term}» bajo su encabezado`);
    }
    assert.match(entry, new RegExp(`<p class="taught-in"[^>]*>[^<]*<a href="${escape(taughtIn)}"`), `/glosario/#${id} no enlaza ${taughtIn}`);
  }
});

test('the error messages a page explains are marked and weighted for search', () => {
  const marked = ['/objetos-de-docker/', '/organizaciones-y-estandares/'].flatMap((path) => [...page(path).matchAll(/<code class="error-message" data-pagefind-weight="\d+">([^<]+)<\/code>/g)].map((m) => m[1]));
  assert.ok(marked.length >= 7, `solo ${marked.length} mensajes de error marcados`);
  for (const message of ['volume is in use', 'exec format error', 'no matching manifest for linux/amd64', 'permission denied while trying to connect to the Docker daemon socket']) {
    assert.ok(marked.some((m) => m!.includes(message)), `falta «${message}»`);
  }
});
