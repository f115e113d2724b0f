/**
 * @module no-unbalanced-quotes
 * Forbids quotation marks and brackets that are not closed, or closed by the
 * wrong mark, within a paragraph:
 *
 * - an opening quote never closed, or a closing quote never opened;
 * - mismatched styles (`“The American plan … territories,"`);
 * - `(` or `[` never closed, `)` or `]` never opened, `(` closed by `]`.
 *
 * The news convention for quotations that run over several paragraphs (the
 * paragraph leaves the quote open and the next one starts with an opening
 * quote) is respected. Apostrophes (`don’t`, `the players’ union`), inches
 * (`55"`), list markers (`a)`, `1)`) and emoticons are not quotes or brackets.
 * Straight single quotes are not checked (they double as apostrophes).
 *
 * @example Invalid
 *   “The American plan is designed to damage resistance in the West Bank," the statement said.
 * @example Valid
 *   “The American plan is designed to damage resistance,” the statement said (in Arabic).
 *
 * Suggestion: make a mismatched closing mark match its opening one; close a
 * quote left open at the end of the paragraph.
 */
import type { DocumentView, ReportDescriptor, Rule, Suggestion } from '../src/rule-kit/index.js';
import { blocks, type Block } from './lib/sentences/analysis.js';

type Kind = 'curly' | 'straight' | 'guillemet' | 'low' | 'single' | '(' | '[';

interface Open {
  kind: Kind;
  at: number;
  mark: string;
}

const CLOSER: Record<Kind, string> = { curly: '”', straight: '"', guillemet: '»', low: '“', single: '’', '(': ')', '[': ']' };
const MARKS = new Set(['“', '”', '"', '«', '»', '„', '‘', '’', '(', ')', '[', ']']);
const isLetter = (c: string) => /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string) => c === '' || /[\s([{\-–—/]/.test(c);

/** The code units of MARKS. */
function isMarkCode(c: number): boolean {
  return c === 34 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e && c !== 0x201a && c !== 0x201b);
}

function scanBlock(doc: DocumentView, b: Block, nextBlockStart: string, found: ReportDescriptor[]): void {
  const text = doc.text;
  const quotes: Open[] = [];
  const brackets: Open[] = [];
  const unclosed = (o: Open, desc: string) => {
    found.push({ message: desc, start: o.at, end: o.at + o.mark.length });
  };
  for (let i = b.start; i < b.end; i++) {
    // MARKS by code first: no one-character string and no Set lookup for every character.
    if (!isMarkCode(text.charCodeAt(i))) continue;
    const c = text[i]!;
    if (!MARKS.has(c)) continue;
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
          unclosed(top, `Quotation opened with ${top.mark} is not closed before the next one opens.`);
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
          found.push({ message: `Closing ${c} without an opening quotation mark.`, start: i, end: i + 1 });
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
          found.push({ message: 'Closing " without an opening quotation mark.', start: i, end: i + 1 });
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
          found.push({ message: `Closing ${c} without an opening bracket.`, start: i, end: i + 1 });
        } else {
          brackets.pop();
          if (CLOSER[top.kind] !== c) {
            found.push({ message: `Bracket ${top.mark} is closed by ${c}.`, start: top.at, end: i + 1 });
          }
        }
        break;
      }
    }
  }
  for (const o of brackets) unclosed(o, `Bracket ${o.mark} is not closed in this paragraph.`);
  for (const [n, o] of quotes.entries()) {
    const last = n === quotes.length - 1;
    // A quotation that continues in the next paragraph, which opens with a quote mark again.
    if (last && o.kind !== 'single' && /^\s*[“"«„]/.test(nextBlockStart)) continue;
    const close = CLOSER[o.kind];
    let end = b.end;
    while (end > o.at && /\s/.test(text[end - 1]!)) end--;
    const canClose = /[.!?…]$/.test(text.slice(o.at, end));
    const suggestions: Suggestion[] = canClose ? [{ desc: `Close the quotation with ${close}`, fix: { range: [end, end], text: close } }] : [];
    found.push({
      message: `Quotation opened with ${o.mark} is not closed in this paragraph.`,
      start: o.at,
      end: o.at + 1,
      ...(suggestions.length ? { suggestions } : {}),
    });
  }
}

function mismatch(open: Open, at: number, mark: string, found: ReportDescriptor[]): void {
  const want = CLOSER[open.kind];
  found.push({
    message: `Quotation opened with ${open.mark} is closed with ${mark}: mismatched quotation marks.`,
    start: open.at,
    end: at + 1,
    suggestions: [{ desc: `Close with ${want}`, fix: { range: [at, at + 1], text: want } }],
  });
}

const rule: Rule = {
  meta: {
    id: 'no-unbalanced-quotes',
    description: 'Disallow quotation marks and brackets left open, never opened, or closed by a mismatched mark.',
    category: 'sentences',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    docs: 'rules/no-unbalanced-quotes.ts',
  },
  check({ doc, report }) {
    const bs = blocks(doc);
    const found: ReportDescriptor[] = [];
    for (let k = 0; k < bs.length; k++) {
      const b = bs[k]!;
      const next = bs[k + 1];
      scanBlock(doc, b, next ? doc.text.slice(next.start, next.start + 4) : '', found);
    }
    for (const d of found) report(d);
  },
};

export default rule;
