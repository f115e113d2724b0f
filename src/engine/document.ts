/**
 * One article as rules see it: text, lines with offsets, and a natural-language
 * tree that is parsed only when a rule first asks for it.
 */
import path from 'node:path';
import type { Root as NlcstRoot } from 'nlcst';
import type { DecodeInfo, DocumentView, Line } from '../types.js';
import { parseEnglish } from './parse.js';
import { MARKDOWN_PATH, maskMarkdown } from './markdown.js';

/**
 * Above this many characters the natural-language tree is not built: parsing
 * costs about 2 µs and 150 bytes per character, and slows down further as the
 * heap fills (5 MB: 20 s, 10 MB: 75 s). Rules that need the tree are skipped on
 * such a document, with one message saying so; line rules still run.
 */
export const NLCST_MAX_CHARS = 2_000_000;

/**
 * The text as handed to the English parser: CRLF becomes " \n" (same length, so
 * every offset in the tree is still an offset in the text). parse-latin 7 tests
 * whitespace runs with /^[ \t]*((\r?\n|\r)[\t ]*)+$/, in which "\r\n" can match
 * two ways: a run of n CRLF blank lines followed by any other white space (a
 * no-break space, a form feed) that makes the match fail backtracks 2^n times
 * (24 blank lines: 0.5 s; 40: hours). With only "\n" the match is linear.
 */
export function forParser(text: string): string {
  return text.includes('\r\n') ? text.replace(/\r\n/g, ' \n') : text;
}

export class DocumentTooLargeError extends Error {
  override name = 'DocumentTooLargeError';
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (true) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl === -1 ? text.length : nl;
    const end = lineEnd > start && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    lines.push({ index: index++, text: text.slice(start, end), start, end });
    if (nl === -1) break;
    start = nl + 1;
  }
  // A final newline does not open a further line.
  if (lines.length > 1 && text.endsWith('\n')) lines.pop();
  return lines;
}

/** `filePath` relative to `root` with `/` separators; names that are not absolute paths (`<text>`, JSONL record ids) as they are. */
function relativeTo(root: string, filePath: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  return path.relative(root, filePath).split(path.sep).join('/') || filePath;
}

export class Document implements DocumentView {
  readonly path: string;
  readonly relativePath: string;
  readonly source: string;
  readonly text: string;
  readonly isMarkdown: boolean;
  readonly decoding: DecodeInfo | undefined;
  readonly lines: readonly Line[];
  /** For Markdown: 1 where the character is syntax, not prose. */
  private readonly mask: Uint8Array | undefined;
  private tree: NlcstRoot | undefined;
  private readonly memos = new Map<string, unknown>();

  /** `from`: the same document opened before, whose lines and analyses are taken over (see `reopened`). */
  constructor(source: string, filePath: string, options: { markdown?: boolean; decoding?: DecodeInfo; root?: string; from?: Document } = {}) {
    const from = options.from;
    this.decoding = from ? from.decoding : options.decoding;
    this.path = filePath;
    this.relativePath = from ? from.relativePath : relativeTo(options.root ?? process.cwd(), filePath);
    this.source = source;
    this.isMarkdown = from ? from.isMarkdown : (options.markdown ?? MARKDOWN_PATH.test(filePath));
    if (from) {
      this.text = from.text;
      this.mask = from.mask;
      this.lines = from.lines;
      this.tree = from.tree;
      for (const [key, value] of from.memos) this.memos.set(key, value);
      return;
    }
    if (this.isMarkdown) {
      const { text, mask } = maskMarkdown(source);
      this.text = text;
      this.mask = mask;
    } else {
      this.text = source;
      this.mask = undefined;
    }
    this.lines = splitLines(this.text);
  }

  /**
   * This document for a later pass (the corpus pass's document, for linting): its text, lines and
   * analyses in a new object. What the later pass adds (the tree, analyses of it) then hangs off a
   * young object and dies young; hung off this one, which lived long enough to be promoted, each
   * tree would survive to the next full collection (measured: 13% more instructions in a run of 400 files).
   */
  reopened(): Document {
    return new Document(this.source, this.path, { from: this });
  }

  /** Whether the natural-language tree was built (it holds ~150 bytes a character). */
  get hasTree(): boolean {
    return this.tree !== undefined;
  }

  get nlcst(): NlcstRoot {
    if (!this.tree && this.text.length > NLCST_MAX_CHARS) {
      throw new DocumentTooLargeError(
        `text too long for natural-language rules (${(this.text.length / 1e6).toFixed(1)} M characters > ${NLCST_MAX_CHARS / 1e6} M)`,
      );
    }
    this.tree ??= parseEnglish(forParser(this.text));
    return this.tree;
  }

  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  lineAt(offset: number): number {
    const lines = this.lines;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  isProse(start: number, end: number): boolean {
    if (!this.mask) return true;
    for (let i = start; i < end; i++) if (this.mask[i]) return false;
    return true;
  }
}
