/**
 * The quotation marks and brackets of each paragraph, matched: what
 * no-unbalanced-quotes (left open, never opened, wrong bracket) and
 * no-mismatched-quotes (a quotation closed by a mark of another style) report.
 * One scan per document, shared through `doc.memo`.
 */
import type { DocumentView } from '../../src/rule-kit/index.js';
import { blocks, type Block } from './sentences/analysis.js';

/** A mark out of balance; offsets into the document text. `mark` is the opening mark, or the stray closing one. */
export type QuoteFinding =
  | { kind: 'quoteOpenAtNext' | 'closingQuoteUnopened' | 'closingBracketUnopened' | 'bracketUnclosed'; mark: string; start: number; end: number }
  | { kind: 'bracketMismatch'; mark: string; close: string; start: number; end: number }
  /** `closeAt`: where the quotation may be closed with `close` (the paragraph's end), when it ends a sentence. */
  | { kind: 'quoteUnclosed'; mark: string; close: string; closeAt: number | undefined; start: number; end: number }
  /** `closeAt`: the offset of the wrong closing mark `close`; `want` closes `mark`. */
  | { kind: 'mismatch'; mark: string; close: string; want: string; closeAt: number; start: number; end: number };

type Kind = 'curly' | 'straight' | 'guillemet' | 'low' | 'single' | '(' | '[';

interface Open {
  kind: Kind;
  at: number;
  mark: string;
}

const CLOSER: Record<Kind, string> = { curly: '”', straight: '"', guillemet: '»', low: '“', single: '’', '(': ')', '[': ']' };
const isLetter = (c: string) => /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string) => c === '' || /[\s([{\-–—/]/.test(c);

/** The marks the scan reads: quotation marks and round and square brackets, one code unit each. */
const MARK = /["“”«»„‘’()[\]]/g;

/** Offset of the first mark in `text` at or after `from`, else the text's length: a native search, not a look at every character. */
export function nextMark(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.test(text) ? MARK.lastIndex - 1 : text.length;
}

/** Scans the marks of block `b` from `from` (its first mark); returns the first mark at or after its end. */
function scanBlock(doc: DocumentView, b: Block, from: number, nextBlockStart: string, found: QuoteFinding[]): number {
  const text = doc.text;
  const quotes: Open[] = [];
  const brackets: Open[] = [];
  let i = from;
  for (; i < b.end; i = nextMark(text, i + 1)) {
    const c = text[i]!;
    const prev = i > b.start ? text[i - 1]! : '';
    const next = i + 1 < b.end ? text[i + 1]! : '';
    if (!doc.isProse(i, i + 1)) continue;
    switch (c) {
      case '“':
      case '«':
      case '„': {
        const kind: Kind = c === '“' ? 'curly' : c === '«' ? 'guillemet' : 'low';
        const top = quotes[quotes.length - 1];
        if (c === '“' && top?.kind === 'low') {
          quotes.pop(); // „German“ style
          break;
        }
        if (top && top.kind === kind) {
          // “ … “ : the first quotation was never closed.
          found.push({ kind: 'quoteOpenAtNext', mark: top.mark, start: top.at, end: top.at + top.mark.length });
          quotes.pop();
        }
        quotes.push({ kind, at: i, mark: c });
        break;
      }
      case '”':
      case '»': {
        const want: Kind = c === '”' ? 'curly' : 'guillemet';
        let top = quotes[quotes.length - 1];
        if (top?.kind === 'single') {
          quotes.pop();
          top = quotes[quotes.length - 1];
        }
        if (!top) {
          found.push({ kind: 'closingQuoteUnopened', mark: c, start: i, end: i + 1 });
        } else {
          quotes.pop();
          if (top.kind !== want && !(c === '”' && top.kind === 'low')) mismatch(top, i, c, found);
        }
        break;
      }
      case '"': {
        if (/\d/.test(prev) && !isLetter(next)) break; // 55" TV, 5'11"
        let top = quotes[quotes.length - 1];
        if (top?.kind === 'single') {
          quotes.pop();
          top = quotes[quotes.length - 1];
        }
        const opener = isSpaceOrStart(prev) && next !== '' && !/\s/.test(next);
        if (top && (top.kind === 'straight' || !opener)) {
          quotes.pop();
          if (top.kind !== 'straight') mismatch(top, i, c, found);
        } else if (top) {
          quotes.push({ kind: 'straight', at: i, mark: c }); // "quote" nested in “quote”
        } else if (!isSpaceOrStart(prev) && (next === '' || /[\s.,;:!?)\]]/.test(next))) {
          found.push({ kind: 'closingQuoteUnopened', mark: c, start: i, end: i + 1 });
        } else {
          quotes.push({ kind: 'straight', at: i, mark: c });
        }
        break;
      }
      case '‘':
        if (/\d/.test(next) || isLetter(prev)) break; // ‘90s, and not an opener inside a word
        quotes.push({ kind: 'single', at: i, mark: c });
        break;
      case '’': {
        const top = quotes[quotes.length - 1];
        if (top?.kind === 'single' && !isLetter(next)) quotes.pop();
        break;
      }
      case '(':
      case '[':
        brackets.push({ kind: c, at: i, mark: c });
        break;
      case ')':
      case ']': {
        const top = brackets[brackets.length - 1];
        if (!top) {
          // List markers "a)", "1)", "iv)" and emoticons ":)".
          if (c === ')' && (/^(?:\s*|.*\s)[\p{L}\p{N}]{1,3}$/u.test(text.slice(Math.max(b.start, i - 8), i)) || /[:;=]/.test(prev))) break;
          found.push({ kind: 'closingBracketUnopened', mark: c, start: i, end: i + 1 });
        } else {
          brackets.pop();
          if (CLOSER[top.kind] !== c) {
            found.push({ kind: 'bracketMismatch', mark: top.mark, close: c, start: top.at, end: i + 1 });
          }
        }
        break;
      }
    }
  }
  for (const o of brackets) found.push({ kind: 'bracketUnclosed', mark: o.mark, start: o.at, end: o.at + o.mark.length });
  for (const [n, o] of quotes.entries()) {
    const last = n === quotes.length - 1;
    // A quotation that continues in the next paragraph, which opens with a quote mark again.
    if (last && o.kind !== 'single' && /^\s*[“"«„]/.test(nextBlockStart)) continue;
    const close = CLOSER[o.kind];
    let end = b.end;
    while (end > o.at && /\s/.test(text[end - 1]!)) end--;
    // Closing is offered only where the paragraph ends a sentence, so the mark lands after its punctuation.
    const closeAt = /[.!?…]$/.test(text.slice(o.at, end)) ? end : undefined;
    found.push({ kind: 'quoteUnclosed', mark: o.mark, close, closeAt, start: o.at, end: o.at + 1 });
  }
  return i;
}

function mismatch(open: Open, at: number, mark: string, found: QuoteFinding[]): void {
  found.push({ kind: 'mismatch', mark: open.mark, close: mark, want: CLOSER[open.kind], closeAt: at, start: open.at, end: at + 1 });
}

export function quoteBalance(doc: DocumentView): readonly QuoteFinding[] {
  return doc.memo('quote-balance:findings', () => {
    const bs = blocks(doc);
    const found: QuoteFinding[] = [];
    // The first mark at or after the end of the block scanned last: where the next block's marks start unless it starts later.
    let mark = -1;
    for (let k = 0; k < bs.length; k++) {
      const b = bs[k]!;
      const next = bs[k + 1];
      const from = mark >= b.start ? mark : nextMark(doc.text, b.start);
      mark = scanBlock(doc, b, from, next ? doc.text.slice(next.start, next.start + 4) : '', found);
    }
    return found;
  });
}
