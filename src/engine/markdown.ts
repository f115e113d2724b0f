/**
 * Markdown support by masking: remark-parse finds the prose (text nodes); every
 * other character except line breaks becomes a space. Offsets, lines and columns
 * of the masked text are those of the file, so every rule, line-based or
 * tree-based, works on Markdown unchanged and reports places in the original.
 *
 * remark-parse is loaded on first need (`loadMarkdown`), so a run over plain
 * text never pays for it at start-up.
 */
import type { Root, Text } from 'mdast';

type MarkdownParser = (source: string) => Root;
let parse: MarkdownParser | undefined;
let visitText: ((tree: Root, fn: (node: Text) => void) => void) | undefined;

export const MARKDOWN_PATH = /\.(md|markdown|mdx)$/i;

export async function loadMarkdown(): Promise<void> {
  if (parse) return;
  const [{ unified }, { default: remarkParse }, { visit }] = await Promise.all([import('unified'), import('remark-parse'), import('unist-util-visit')]);
  const processor = unified().use(remarkParse).freeze();
  visitText = (tree, fn) => visit(tree, 'text', fn);
  parse = (source) => processor.parse(source) as Root;
}

export function maskMarkdown(source: string): { text: string; mask: Uint8Array } {
  if (!parse || !visitText) throw new Error('internal: call loadMarkdown() before reading Markdown');
  const tree = parse(source);
  const mask = new Uint8Array(source.length).fill(1);
  visitText(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    mask.fill(0, start, end);
  });
  const chars: string[] = [];
  let runStart = 0;
  for (let i = 0; i <= source.length; i++) {
    const masked = i < source.length && mask[i] === 1;
    if (i === source.length || masked) {
      if (runStart < i) chars.push(source.slice(runStart, i));
      if (masked) {
        const c = source.charCodeAt(i);
        // Keep line structure; everything else of the syntax is blanked.
        chars.push(c === 10 || c === 13 ? source[i]! : ' ');
        if (c === 10 || c === 13) mask[i] = 0;
      }
      runStart = i + 1;
    }
  }
  return { text: chars.join(''), mask };
}
