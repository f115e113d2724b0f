/**
 * `paragraphs` reads each node of the tree once and reuses a leaf's own value
 * as a token's text: it must equal the plain definition, transcribed here
 * (every sentence child and every white space between sentences a token, its
 * text the node's source text, a word's children as `inner` unless it is one
 * text leaf), on articles, CRLF text, Markdown and odd typography.
 */
import { describe, expect, it } from 'vitest';
import { toString } from 'nlcst-to-string';
import type { Node as NlcstNode } from 'nlcst';
import { Document } from '../src/engine/document.js';
import { loadMarkdown } from '../src/engine/markdown.js';
import { paragraphs, PUNCT, SOURCE, SPACE, SYMBOL, WORD, type Paragraph, type Token } from '../rules/lib/sentences/analysis.js';
// @ts-expect-error -- plain ESM script without types
import { corpus } from '../bench/corpus.mjs';
import { NEWS_PROSE } from './helpers/news-prose.js';

await loadMarkdown();

interface Plain {
  type: string;
  value?: string;
  children?: Plain[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const KINDS: Record<string, number> = { WordNode: WORD, WhiteSpaceNode: SPACE, PunctuationNode: PUNCT, SymbolNode: SYMBOL, SourceNode: SOURCE, TextNode: SYMBOL };

function referenceToken(text: string, node: Plain): Token | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const kind = (KINDS[node.type] ?? SYMBOL) as Token['kind'];
  // The parser's own text where it spans the node (it reads CRLF as " \n"), else the document's.
  const parsed = toString(node as NlcstNode);
  const kids = node.children ?? [];
  const leaf = node.value !== undefined ? node : kids.length === 1 ? kids[0]! : undefined;
  const spans = leaf?.value !== undefined && parsed.length === end - start && leaf.position?.start.offset === start;
  return {
    kind,
    text: spans ? parsed : text.slice(start, end),
    start,
    end,
    inner: kind === WORD && !(kids.length === 1 && kids[0]!.type === 'TextNode') ? kids : undefined,
  };
}

function referenceParagraphs(doc: Document): Paragraph[] {
  const out: Paragraph[] = [];
  for (const para of (doc.nlcst as unknown as Plain).children ?? []) {
    const start = para.position?.start.offset;
    const end = para.position?.end.offset;
    if (para.type !== 'ParagraphNode' || start === undefined || end === undefined) continue;
    const p: Paragraph = { start, end, tokens: [], sentences: [] };
    for (const child of para.children ?? []) {
      const cs = child.position?.start.offset;
      const ce = child.position?.end.offset;
      if (cs === undefined || ce === undefined) continue;
      if (child.type !== 'SentenceNode') {
        p.tokens.push(referenceToken(doc.text, child)!);
        continue;
      }
      const from = p.tokens.length;
      for (const t of child.children ?? []) {
        const token = referenceToken(doc.text, t);
        if (token) p.tokens.push(token);
      }
      const words = p.tokens.slice(from).filter((t) => t.kind === WORD).length;
      p.sentences.push({ start: cs, end: ce, from, to: p.tokens.length, words });
    }
    out.push(p);
  }
  return out;
}

const TEXTS: Array<[string, string]> = [
  ...(corpus(40, 3) as string[]).map((t): [string, string] => [t, 'a.txt']),
  [NEWS_PROSE.join('\r\n\r\n'), 'crlf.txt'],
  [NEWS_PROSE.join('\n\n'), 'a.md'],
  ['# Title\n\n- a list item with **bold** and `code`\n\n> “Quoted,” she said (on Monday) [1].', 'b.md'],
  ['U.S. officials don’t agree: al-Sadr’s e-mail (info@example.com) cost $5.5m — 50%!? See https://example.com/a/b…', 'c.txt'],
  ['', 'empty.txt'],
  ['   \n\n\t', 'blank.txt'],
];

describe('sentences paragraphs', () => {
  it('equals the plain flattening of the tree', () => {
    for (const [text, name] of TEXTS) {
      const doc = new Document(text, name);
      expect(paragraphs(doc), `${name}: ${text.slice(0, 40)}`).toEqual(referenceParagraphs(new Document(text, name)));
    }
  });
});
