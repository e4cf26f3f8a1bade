// Each section ends with its self-check («Comprueba lo que sabes»): numbered questions, each answer in a
// <details> (readable without JavaScript), and /enlaces/ links to it. Runs over the build in dist/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const SECTIONS = ['objetos-de-docker', 'orquestacion-de-contenedores', 'organizaciones-y-estandares'];
const read = (path: string): Root => fromHtml(readFileSync(`dist/${path}`, 'utf8'));

function all(tree: Root | Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    if (test(el)) found.push(el);
  });
  return found;
}
const hasClass = (el: Element, name: string) => ([] as unknown[]).concat(el.properties.className ?? []).includes(name);

for (const section of SECTIONS) {
  test(`${section}: termina con «Comprueba lo que sabes», con las respuestas en <details>`, () => {
    const main = all(read(`${section}/index.html`), (el) => el.tagName === 'main')[0];
    assert.ok(main, `dist/${section}/index.html no tiene <main>`);
    const blocks = all(main, (el) => el.properties.id === 'comprueba-lo-que-sabes');
    assert.equal(blocks.length, 1, 'tiene que haber un bloque #comprueba-lo-que-sabes, y solo uno');
    const block = blocks[0]!;
    assert.ok(hasClass(block, 'aside-comprueba'), 'el bloque no es un <Aside type="comprueba">');
    assert.match(String(block.properties.ariaLabel), /^Comprueba lo que sabes/);

    const questions = all(block, (el) => el.tagName === 'li' && all(el, (d) => d.tagName === 'details').length > 0);
    assert.ok(questions.length >= 3, `solo ${questions.length} preguntas con respuesta`);
    for (const question of questions) {
      const details = all(question, (el) => el.tagName === 'details')[0]!;
      const summary = all(details, (el) => el.tagName === 'summary')[0];
      assert.equal(summary && toString(summary).trim(), 'Respuesta', 'cada respuesta se abre con <summary>Respuesta</summary>');
      const answer = toString(details).replace(toString(summary!), '').trim();
      assert.ok(answer.length > 20, `respuesta vacía en «${toString(question).slice(0, 60)}…»`);
      assert.ok(!('open' in details.properties), 'las respuestas empiezan plegadas');
    }

    // Nothing after it but the page's own closing parts (PDF links, previous/next): the self-check is the last thing a section says.
    const body = all(main, (el) => hasClass(el, 'content'))[0] ?? main;
    const blocksAfter = body.children.filter((c): c is Element => c.type === 'element' && !hasClass(c, 'pagination') && !hasClass(c, 'pdf-links') && !hasClass(c, 'sentence-link') && c.tagName !== 'script');
    const last = blocksAfter.at(-1);
    assert.ok(last && (last === block || all(last, (el) => el === block).length === 1), 'el bloque no está al final de la sección');
  });
}

test('/enlaces/ enlaza el «Comprueba lo que sabes» de cada sección', () => {
  const hrefs = all(read('enlaces/index.html'), (el) => el.tagName === 'a').map((a) => String(a.properties.href));
  for (const section of SECTIONS) assert.ok(hrefs.includes(`/${section}/#comprueba-lo-que-sabes`), `falta el enlace a /${section}/#comprueba-lo-que-sabes`);
});
