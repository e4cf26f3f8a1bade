// The labs of a section, read from its MDX: each `<Aside type="pruebalo">` with its code blocks in page
// order. The page is the one place a lab's commands and its shown output are written; the tests run what
// this returns (tests/labs/), so what a student copies is what was run.
import { readFileSync } from 'node:fs';
import type { Code, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface Command {
  /** The command as bash reads it: continuation lines joined, comments left out. */
  text: string;
  line: number;
}

export interface Block {
  lang: string;
  /** Words after the language in the fence (```bash falla): `falla` means the last command must fail. */
  meta: string[];
  line: number;
  commands: Command[];
  /** For `text` blocks: the lines as shown. */
  lines: string[];
}

export interface Lab {
  file: string;
  title: string;
  line: number;
  blocks: Block[];
}

/** What a lab needs: a Docker engine, a Kubernetes cluster, or nothing this repository can provide. */
export type LabKind = 'docker' | 'kubernetes';

const KUBERNETES_TOOLS = new Set(['kubectl', 'kind']);

export function readLabs(file: string): Lab[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(readFileSync(file, 'utf8')) as Root;
  const labs: Lab[] = [];
  visit(tree.children, (node) => {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Aside' || attribute(node, 'type') !== 'pruebalo') return false;
    const blocks: Block[] = [];
    visit(node.children, (child) => (child.type === 'code' ? (blocks.push(block(child)), true) : false));
    labs.push({ file, title: attribute(node, 'title') ?? '(sin título)', line: node.position?.start.line ?? 0, blocks });
    return true;
  });
  return labs;
}

/** `kubernetes` when any command starts with kubectl or kind; those labs need a cluster. */
export function labKind(lab: Lab): LabKind {
  const tools = lab.blocks.flatMap((b) => b.commands.map((c) => c.text.split(/\s+/)[0] ?? ''));
  return tools.some((tool) => KUBERNETES_TOOLS.has(tool)) ? 'kubernetes' : 'docker';
}

function block(node: Code): Block {
  const first = (node.position?.start.line ?? 0) + 1;
  const lines = node.value.split('\n');
  return {
    lang: node.lang ?? '',
    meta: (node.meta ?? '').split(/\s+/).filter(Boolean),
    line: first - 1,
    commands: node.lang === 'bash' ? commands(lines, first) : [],
    lines,
  };
}

/** One command per line; a trailing backslash continues it, `#` lines and blank lines are not commands. */
function commands(lines: string[], first: number): Command[] {
  const out: Command[] = [];
  let open: Command | undefined;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!open && (line.trim() === '' || line.trimStart().startsWith('#'))) return;
    if (open) open.text += ` ${line.trim()}`;
    else open = { text: line.trim(), line: first + i };
    if (open.text.endsWith('\\')) open.text = open.text.slice(0, -1).trimEnd();
    else (out.push(open), (open = undefined));
  });
  if (open) out.push(open);
  return out;
}

function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Depth-first over flow content; `visitor` returns true to stop descending into that node. */
function visit(nodes: RootContent[], visitor: (node: RootContent) => boolean) {
  for (const node of nodes) if (!visitor(node) && 'children' in node) visit(node.children as RootContent[], visitor);
}
