import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { figureId, sectionHeadingId } from './link-index.ts';

interface Frontmatter {
  number?: string;
  title?: string;
  aliases?: Record<string, string>;
}

interface MdxJsx {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

const marker = (id: string): Element => ({ type: 'element', tagName: 'span', properties: { id, className: ['alias'] }, children: [] });

/**
 * Keeps old anchors alive: for each `aliases: { old-id: new-id }` in a section's frontmatter, an
 * empty element with the old id goes right at the new target (a heading, a figure or the page's
 * title), so links published before a rename still land in the same place. An alias whose
 * target is missing, or whose old id is still in use, stops the build naming the file.
 */
export default function rehypeHeadingAliases() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro as { frontmatter?: Frontmatter } | undefined)?.frontmatter ?? {};
    const aliases = Object.entries(frontmatter.aliases ?? {});
    if (aliases.length === 0) return;

    // Where each id lives: the node to put the marker before, and the list holding it.
    const places = new Map<string, { parent: { children: RootContent[] }; node: RootContent }>();
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      // A heading wrapped by rehype-headings gets its marker inside the wrapper, before it.
      if (node.type === 'element' && typeof node.properties.id === 'string') {
        places.set(node.properties.id, { parent: parent as { children: RootContent[] }, node: node as RootContent });
      }
      const jsx = node as unknown as MdxJsx;
      if (jsx.type === 'mdxJsxFlowElement' && jsx.name === 'Figure') {
        const number = jsx.attributes.find((a) => a.name === 'number')?.value;
        // Inside the <figure> (its first child, through Figure's slot): `.alias` is positioned at the
        // top of its nearest positioned box, which must be the figure, not the whole page.
        const children = (node as unknown as { children: RootContent[] }).children;
        if (typeof number === 'string' && children[0]) places.set(figureId(number), { parent: { children }, node: children[0] });
      }
    });
    const titleId = frontmatter.number && frontmatter.title ? sectionHeadingId(frontmatter.number, frontmatter.title) : undefined;

    for (const [oldId, newId] of aliases) {
      if (places.has(oldId) || oldId === titleId) {
        file.fail(`Alias «${oldId}»: ese id sigue en uso en la página; un alias solo conserva ids que ya no existen`);
      }
      const place = places.get(newId);
      if (place) {
        place.parent.children.splice(place.parent.children.indexOf(place.node), 0, marker(oldId) as ElementContent);
      } else if (newId === titleId) {
        tree.children.unshift(marker(oldId));
      } else {
        file.fail(`Alias «${oldId}» → «${newId}»: no hay ningún encabezado ni figura con id «${newId}» en esta página`);
      }
    }
  };
}
