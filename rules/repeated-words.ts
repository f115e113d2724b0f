/**
 * @module repeated-words
 * Forbids a word repeated by accident ("the the"), with the judgement of
 * retext-repeated-words, which keeps legitimate doubles ("had had", "that
 * that", "Duran Duran", initials "D. D."). The plugin's algorithm runs on the
 * flattened sentences shared by the sentence rules (one walk of the tree per
 * document); `tests/sentences-equivalence.test.ts` checks it reports exactly
 * what the plugin reports.
 *
 * @example Invalid
 *   The minister said the the talks would resume.
 * @example Valid
 *   Those who had had enough left early.
 *
 * Fix (safe): removes the second occurrence.
 */
import type { Rule } from '../src/rule-kit/index.js';
import { paragraphs, SPACE, WORD, type Paragraph } from './lib/sentences/analysis.js';

/** Words retext-repeated-words allows twice in a row. */
const ALLOWED = new Set(['had', 'that', 'can', 'blah', 'beep', 'yadda', 'sapiens', 'tse', 'mau']);

/** retext-repeated-words' `ignore`: allowed doubles, initials ("D. D."), capitalised pairs ("Duran Duran"). */
export function ignoreRepeat(value: string): boolean {
  if (ALLOWED.has(value.toLowerCase())) return true;
  const head = value.charAt(0);
  if (head === head.toUpperCase()) {
    if (value.length === 2 && value.charAt(1) === '.') return true;
    const tail = value.slice(1);
    if (tail === tail.toLowerCase()) return true;
  }
  return false;
}

/**
 * `a.toLowerCase() === b.toLowerCase()`, without lower-casing (slow for
 * two-byte strings) while the characters compared are ASCII: there lower-casing
 * maps A–Z to a–z, one character each, whatever the context. Past a common
 * ASCII prefix that ends the shorter word, the longer one stays longer in lower
 * case (no character gets shorter: `tests/repeated-words-fast.test.ts`).
 */
export function sameLowercase(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 128 || y >= 128) return a.toLowerCase() === b.toLowerCase();
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return false;
  }
  if (a.length === b.length) return true;
  const shorter = a.length < b.length ? a : b;
  for (let i = 0; i < n; i++) if (shorter.charCodeAt(i) >= 128) return a.toLowerCase() === b.toLowerCase();
  return false;
}

/** False only when the characters at `a` and `b` are ASCII and differ once A–Z are lowercased (then `sameLowercase` is false). */
function mayBeSame(text: string, a: number, b: number): boolean {
  let x = text.charCodeAt(a);
  let y = text.charCodeAt(b);
  if (x === y || !(x < 128 && y < 128)) return true; // (NaN for an empty word: compared in full)
  if (x >= 65 && x <= 90) x += 32;
  if (y >= 65 && y <= 90) y += 32;
  return x === y;
}

/**
 * Token index pairs `[first, second]` of accidental repeats, by the plugin's
 * state machine. `text` is the document's text: two words whose first
 * characters are ASCII letters of different case-folded value are told apart
 * there, without touching the words' own strings.
 */
export function findRepeats(para: Paragraph, text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const tokens = para.tokens;
  for (const s of para.sentences) {
    // Token indices of the previous and current word (the plugin keeps their lower-cased values).
    let previous = -1;
    let current = -1;
    for (let i = s.from; i < s.to; i++) {
      const t = tokens[i]!;
      if (t.kind === WORD) {
        current = i;
        if (previous !== -1 && mayBeSame(text, tokens[previous]!.start, t.start) && sameLowercase(tokens[previous]!.text, t.text) && !ignoreRepeat(t.text)) {
          found.push([previous, i]);
        }
      } else if (t.kind === SPACE) {
        previous = current;
        current = -1;
      } else {
        previous = -1;
        current = -1;
      }
    }
  }
  return found;
}

const rule: Rule = {
  meta: {
    id: 'repeated-words',
    description: 'Disallow a word repeated by accident, such as "the the".',
    category: 'sentences',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    messages: { repeated: '"{{word}}" is repeated; remove one occurrence.' },
    docs: 'rules/repeated-words.ts',
  },
  check({ doc, report }) {
    for (const para of paragraphs(doc)) {
      for (const [a, b] of findRepeats(para, doc.text)) {
        const first = para.tokens[a]!;
        const second = para.tokens[b]!;
        report({
          messageId: 'repeated',
          data: { word: second.text },
          start: first.start,
          end: second.end,
          fix: { range: [first.end, second.end], text: '' },
        });
      }
    }
  },
};

export default rule;
