/**
 * Shared machinery of the sentence rules (`no-sentence-fragment`,
 * `no-stray-token`, `repeated-words`, `readability`, ...).
 *
 * The document's NLCST tree (`doc.nlcst`, parsed once by the engine) is walked
 * ONCE per document and flattened into paragraphs of tokens with offsets; the
 * result is cached per document, so every sentence rule reads flat arrays
 * instead of visiting the tree again.
 */
import type { DocumentView, Line } from '../../../src/rule-kit/index.js';

export const WORD = 0;
export const SPACE = 1;
export const PUNCT = 2;
export const SYMBOL = 3;
export const SOURCE = 4;
export type TokenKind = typeof WORD | typeof SPACE | typeof PUNCT | typeof SYMBOL | typeof SOURCE;

/** One child of a sentence (or white space between sentences) as a flat token. */
export interface Token {
  kind: TokenKind;
  /** The source text of the token (equals `nlcst-to-string` of the node). */
  text: string;
  start: number;
  end: number;
  /**
   * A word's children (text, punctuation and symbol leaves: "al-Sadr", "don't"),
   * for analyses that look inside words. Undefined for a word that is a single
   * text leaf (all of it is `text`) and for other tokens.
   */
  inner?: readonly WordChild[] | undefined;
}

/** A leaf inside a WordNode. */
export interface WordChild {
  type: string;
  value?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** A SentenceNode: tokens `[from, to)` of its paragraph. */
export interface Sentence {
  start: number;
  end: number;
  from: number;
  to: number;
  /** Number of word tokens. */
  words: number;
}

/** A ParagraphNode: its tokens (sentence children and the white space between sentences) and sentences. */
export interface Paragraph {
  start: number;
  end: number;
  tokens: Token[];
  sentences: Sentence[];
}

const KIND: Record<string, TokenKind> = {
  WordNode: WORD,
  WhiteSpaceNode: SPACE,
  PunctuationNode: PUNCT,
  SymbolNode: SYMBOL,
  SourceNode: SOURCE,
  TextNode: SYMBOL,
};

interface Positioned {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: Positioned[];
  value?: string;
}

function kindOf(type: string): TokenKind {
  switch (type) {
    case 'WordNode':
      return WORD;
    case 'WhiteSpaceNode':
      return SPACE;
    case 'PunctuationNode':
      return PUNCT;
    default:
      return KIND[type] ?? SYMBOL;
  }
}

/**
 * The source text of a node at `[start, end)`: a leaf's own `value` (or the
 * value of a word's only leaf) is that text already, so no new string is made.
 */
function sourceText(text: string, node: Positioned, start: number, end: number): string {
  // `start` is the node's own start offset, so its own value needs only the length compared.
  const own = node.value;
  if (own !== undefined) return own.length === end - start ? own : text.slice(start, end);
  const kids = node.children;
  const leaf = kids !== undefined && kids.length === 1 ? kids[0]! : undefined;
  const v = leaf?.value;
  return v !== undefined && v.length === end - start && leaf!.position?.start.offset === start ? v : text.slice(start, end);
}

/** The token of a word node at `[start, end)`, its children read once for its text and `inner`. */
function wordToken(text: string, word: Positioned, start: number, end: number): Token {
  const kids = word.children;
  const only = kids !== undefined && kids.length === 1 ? kids[0]! : undefined;
  const v = only?.value;
  const spansWord = word.value === undefined && v !== undefined && v.length === end - start && only!.position?.start.offset === start;
  return {
    kind: WORD,
    text: spansWord ? v : sourceText(text, word, start, end),
    start,
    end,
    inner: only !== undefined && only.type === 'TextNode' ? undefined : (kids ?? []),
  };
}

/** The document's paragraphs, flattened from `doc.nlcst` once per document. */
export function paragraphs(doc: DocumentView): Paragraph[] {
  return doc.memo('sentences:paragraphs', () => flattenParagraphs(doc));
}

function flattenParagraphs(doc: DocumentView): Paragraph[] {
  const result: Paragraph[] = [];
  const text = doc.text;
  const root = doc.nlcst as unknown as Positioned;
  for (const para of root.children ?? []) {
    if (para.type !== 'ParagraphNode') continue;
    const pa = para.position?.start.offset;
    const pb = para.position?.end.offset;
    if (pa === undefined || pb === undefined) continue;
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    for (const child of para.children ?? []) {
      const ca = child.position?.start.offset;
      const cb = child.position?.end.offset;
      if (ca === undefined || cb === undefined) continue;
      if (child.type === 'SentenceNode') {
        const from = tokens.length;
        let words = 0;
        const kids = child.children;
        if (kids) {
          for (let i = 0; i < kids.length; i++) {
            const t = kids[i]!;
            const ta = t.position?.start.offset;
            const tb = t.position?.end.offset;
            if (ta === undefined || tb === undefined) continue;
            const kind = kindOf(t.type);
            if (kind === WORD) {
              words++;
              tokens.push(wordToken(text, t, ta, tb));
            } else tokens.push({ kind, text: sourceText(text, t, ta, tb), start: ta, end: tb, inner: undefined });
          }
        }
        sentences.push({ start: ca, end: cb, from, to: tokens.length, words });
      } else {
        tokens.push({ kind: kindOf(child.type), text: sourceText(text, child, ca, cb), start: ca, end: cb, inner: undefined });
      }
    }
    result.push({ start: pa, end: pb, tokens, sentences });
  }
  return result;
}

/** Sentence-final punctuation: . ! ? … possibly followed by closing quotes or brackets. */
const TERMINAL = /[.!?…]["'”’»)\]]*$/;

/** True when the text (trimmed) ends like a sentence. */
export function endsLikeSentence(text: string): boolean {
  return TERMINAL.test(text.trimEnd());
}

/**
 * Residue lines (bylines, "Most Popular", menus, dates) are other rules'
 * business. A line counts as prose when it has a few words and sentence
 * punctuation somewhere (". ", "? ", "! " or at its end).
 */
export function isProseLine(line: Line, minWords = 4): boolean {
  const t = line.text;
  if (!/[.!?…]["'”’»)\]]*(?:\s|$)/.test(t)) return false;
  let words = 0;
  const re = /\S+/g;
  while (re.exec(t) && ++words < minWords);
  return words >= minWords;
}

/** Per line: 1 when `isProseLine` (once per document). */
export function proseLines(doc: DocumentView): Uint8Array {
  return doc.memo('sentences:prose-lines', () => {
    const flags = new Uint8Array(doc.lines.length);
    for (const line of doc.lines) flags[line.index] = isProseLine(line) ? 1 : 0;
    return flags;
  });
}

/** A block of consecutive non-blank lines. */
export interface Block {
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Blocks of non-blank lines separated by blank lines (once per document). */
export function blocks(doc: DocumentView): Block[] {
  return doc.memo('sentences:blocks', () => splitBlocks(doc));
}

function splitBlocks(doc: DocumentView): Block[] {
  const result: Block[] = [];
  let first = -1;
  const lines = doc.lines;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || lines[i]!.text.trim() === '';
    if (!blank && first === -1) first = i;
    if (blank && first !== -1) {
      result.push({ first, last: i - 1, start: lines[first]!.start, end: lines[i - 1]!.end });
      first = -1;
    }
  }
  return result;
}

/** Shortens text for a message. */
export function quote(text: string, max = 50): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
