// Where a browser does not follow text fragments itself (Firefox before 131, older Safari), it keeps
// «:~:text=…» in location.hash: find that text in the page, mark it and bring it into view.
import { locate, parseDirective } from './text-directive.ts';

const CLASS = 'sentence-target';

/** The text of `root` with whitespace collapsed, and for each of its characters the node and offset it came from. */
function flatten(root: Node): { text: string; at: [Text, number][] } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  const at: [Text, number][] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.data.length; i += 1) {
      const space = /\s/.test(node.data[i]!);
      if (space && (text === '' || text.endsWith(' '))) continue;
      text += space ? ' ' : node.data[i];
      at.push([node, i]);
    }
  }
  return { text, at };
}

/** Marks the text the URL's directive names inside `root`; true if it found it. */
export function markTextFragment(url: string, root: HTMLElement): boolean {
  const directive = parseDirective(url);
  if (!directive) return false;
  const { text, at } = flatten(root);
  const found = locate(text, directive);
  if (!found) return false;
  const [from, to] = found;
  // One <mark> per text node the match crosses, end first so earlier offsets stay valid.
  const pieces = new Map<Text, [number, number]>();
  for (const [node, offset] of at.slice(from, to)) {
    const [start] = pieces.get(node) ?? [offset, offset];
    pieces.set(node, [start, offset + 1]);
  }
  const marks = [...pieces].reverse().map(([node, [start, end]]) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const mark = Object.assign(document.createElement('mark'), { className: CLASS });
    range.surroundContents(mark);
    return mark;
  });
  marks.at(-1)?.scrollIntoView({ block: 'center' });
  return true;
}
