/**
 * @module no-sentence-fragment
 * Forbids pieces of broken sentences left by scraping, paywall cut-offs and
 * machine translation:
 *
 * - a "sentence" that starts with a lower-case word after a full stop
 *   (`… citizens and movement. commercial.`): a broken sentence or a stray
 *   full stop (`lowercaseAfterStop`);
 * - a one- or two-word verbless sentence that closes a paragraph
 *   (`… rebuild their homes. Coastal enclave.`), a broken-off piece of a
 *   sentence (`verbless`), or a lone credit word in the middle of one
 *   (`… on condition of anonymity. Reuters. “There is …`, `strayCredit`);
 * - a stray parenthetical that repeats the word before it (`in late July. (July).`,
 *   `repeatedParenthetical`);
 * - a stand-alone line that starts in lower case (`any progress?`): a
 *   broken-off piece of a sentence (`lowercaseLine`).
 *
 * Abbreviations (`Apple Inc. said`, `U.S.`, `e.g.`), lower-case brands
 * (iPhone, eBay), name particles (`de Blasio`), URLs and domains are not
 * sentence starts. Legitimate short sentences ("Not yet.", "He did not specify
 * a date.") and answers after a question ("Who? Hamas.") are fine, and so is
 * speech inside quotation marks.
 *
 * @example Invalid
 *   It ended in late July. (July). He also met the head of intelligence.
 * @example Valid
 *   Details of the proposal are unclear. He did not specify a date. Not yet.
 *
 * Fix (safe): only for the repeated parenthetical, which is removed.
 */
import type { DocumentView, ReportDescriptor, Rule } from '../src/rule-kit/index.js';
import { blocks, paragraphs, PUNCT, quote, SPACE, WORD, type Paragraph, type Token } from './lib/sentences/analysis.js';
import { ABBREVIATIONS, AGENCIES, NAME_PARTICLES, SHORT_SENTENCE_WORDS, VERBS } from './lib/sentences/lexicon.js';
import { daleChall } from 'dale-chall';

const FAMILIAR = new Set(daleChall);
/** A Latin lower-case letter (a Greek or Cyrillic one at a sentence start is mojibake or foreign text). */
const LOWER_START = /^[a-zß-öø-ÿ\u0101-\u017f]/;
/** iPhone, eBay, iOS, mRNA: lower-case brands and terms. */
const CAMEL = /^\p{Ll}{1,3}\p{Lu}/u;
const LETTERS = /^\p{L}[\p{L}’'-]*$/u;
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«', '„']);
const ALPHA = /\p{L}/u;

/** True when a token that ends with a full stop ends a sentence (not "Inc.", "U.S.", "J."). */
function isTerminalStop(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === WORD) {
    if (!t.text.endsWith('.')) return false;
    const stem = t.text.slice(0, -1);
    if (stem.includes('.') || stem.length <= 1) return false;
    // A year or a number ends a sentence too: "born in 1990. in 2010 he moved".
    if (!ALPHA.test(stem)) return /^\d{2,}$/.test(stem);
    return !ABBREVIATIONS.has(stem.toLowerCase());
  }
  if (t.kind !== PUNCT || t.text !== '.') return false;
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (prev.kind === WORD) {
    if (prev.text.length <= 1 || prev.text.includes('.')) return false;
    return !ABBREVIATIONS.has(prev.text.toLowerCase());
  }
  return prev.kind === PUNCT && (prev.text === ')' || prev.text === ']');
}

/** The word could begin a legitimate lower-case sentence or is no word at all. */
function lowerStartIsFine(doc: DocumentView, word: Token): boolean {
  const w = word.text;
  if (!LOWER_START.test(w) || CAMEL.test(w)) return true;
  if (NAME_PARTICLES.has(w.toLowerCase().replace(/[-’'].*$/, ''))) return true;
  // Domains, e-mail addresses, URLs, handles.
  if (/[./@]/.test(w.slice(0, -1))) return true;
  const after = doc.text.slice(word.end, word.end + 3);
  return /^(?::\/|@|\.\p{L})/u.test(after);
}

function nextNonSpace(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && tokens[j]!.kind === SPACE) j++;
  return j;
}

/** (a) Lower-case word after a sentence-ending full stop, within a paragraph. */
function lowercaseAfterStop(doc: DocumentView, para: Paragraph, report: (d: ReportDescriptor) => void): void {
  const tokens = para.tokens;
  for (let i = 0; i < tokens.length - 2; i++) {
    if (tokens[i + 1]!.kind !== SPACE || !isTerminalStop(tokens, i)) continue;
    let j = i + 2;
    while (j < tokens.length && tokens[j]!.kind === PUNCT && OPENERS.has(tokens[j]!.text)) j++;
    const word = tokens[j];
    if (!word || word.kind !== WORD || lowerStartIsFine(doc, word)) continue;
    const stop = tokens[i]!;
    const before = stop.kind === WORD ? stop.text : `${tokens[i - 1]!.text}.`;
    report({
      messageId: 'lowercaseAfterStop',
      data: { text: `${quote(before, 20)} ${word.text}` },
      start: word.start,
      end: word.end,
    });
  }
}

/** Offset just after the last non-space token of `[from, to)`, and that token. */
function lastToken(tokens: Token[], from: number, to: number): Token | undefined {
  for (let k = to - 1; k >= from; k--) if (tokens[k]!.kind !== SPACE) return tokens[k];
  return undefined;
}

function endsWithStop(tokens: Token[], from: number, to: number): boolean {
  const last = lastToken(tokens, from, to);
  if (!last) return false;
  if (last.text === '.' || (last.kind === WORD && last.text.endsWith('.'))) return true;
  // `… anonymity.”` — closing quote after the full stop.
  if (last.kind === PUNCT && /^[”"’']$/.test(last.text)) {
    const k = tokens.lastIndexOf(last, to - 1);
    const before = tokens[k - 1];
    return before !== undefined && (before.text === '.' || (before.kind === WORD && before.text.endsWith('.')));
  }
  return false;
}

/** Straight double quotes toggle; curly ones open and close. Returns whether a quotation is open before token `to`. */
function quoteOpen(tokens: Token[], to: number): boolean {
  let depth = 0;
  let straight = false;
  for (let k = 0; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== PUNCT) continue;
    for (const c of t.text) {
      if (c === '“' || c === '«' || c === '„') depth++;
      else if ((c === '”' || c === '»') && depth > 0) depth--;
      else if (c === '"') straight = !straight;
    }
  }
  return depth > 0 || straight;
}

const looksLikeVerb = (w: string): boolean => {
  const lower = w.toLowerCase();
  return VERBS.has(lower) || (w === lower && w.length > 4 && /(?:ed|ing)$/.test(w));
};

/** (b) One- or two-word verbless sentences: closing a paragraph, or a lone credit word. */
function verblessFragments(doc: DocumentView, para: Paragraph, report: (d: ReportDescriptor) => void): void {
  const { tokens, sentences } = para;
  for (let k = 1; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (s.words < 1 || s.words > 2) continue;
    const words: string[] = [];
    let shape = true;
    for (let i = s.from; i < s.to; i++) {
      const t = tokens[i]!;
      if (t.kind === WORD) words.push(t.text.replace(/\.$/, ''));
      else if (t.kind === PUNCT && t.text === '.' && i === s.to - 1) continue;
      else if (t.kind !== SPACE) shape = false;
    }
    const closing = k === sentences.length - 1;
    const terminated = endsWithStop(tokens, s.from, s.to);
    if (!shape || !words.every((w) => LETTERS.test(w)) || !/^\p{Lu}/u.test(words[0]!)) continue;
    const agency = words.length === 1 && AGENCIES.has(words[0]!.toLowerCase());
    if (!terminated && !(closing && agency)) continue;
    if (words.some((w) => SHORT_SENTENCE_WORDS.has(w.toLowerCase()) || looksLikeVerb(w))) continue;
    const prev = sentences[k - 1]!;
    if (!endsWithStop(tokens, prev.from, prev.to)) continue;
    // A series of short sentences is a style ("Bread. Fuel. Medicine."), not a break.
    if (prev.words <= 3 || (sentences[k + 1]?.words ?? 99) <= 3) continue;
    if (quoteOpen(tokens, s.from)) continue;
    if (!closing) {
      // Mid-paragraph: only a single word that is a credit or looks like a name.
      if (words.length !== 1) continue;
      if (!agency && FAMILIAR.has(words[0]!.toLowerCase())) continue;
    }
    const text = doc.text.slice(s.start, s.end);
    report({
      ...(agency ? { messageId: 'strayCredit', data: { text } } : { messageId: 'verbless', data: { text, words: words.length === 1 ? 'one' : 'two' } }),
      start: s.start,
      end: s.end,
    });
  }
}

/** (c) `(July)` right after `July`: a parenthetical that repeats the words before it. */
function repeatedParenthetical(doc: DocumentView, para: Paragraph, report: (d: ReportDescriptor) => void): void {
  const tokens = para.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.kind !== PUNCT || open.text !== '(') continue;
    const inner: Token[] = [];
    let j = i + 1;
    for (; j < tokens.length && inner.length <= 3; j++) {
      const t = tokens[j]!;
      if (t.kind === WORD) inner.push(t);
      else if (t.kind !== SPACE) break;
    }
    const close = tokens[j];
    if (!close || close.text !== ')' || inner.length === 0 || inner.length > 3) continue;
    // The words before "(", skipping white space and one full stop.
    let k = i - 1;
    while (k >= 0 && tokens[k]!.kind === SPACE) k--;
    let stopBefore = false;
    if (k >= 0 && tokens[k]!.text === '.') {
      stopBefore = true;
      k--;
    }
    const before: Token[] = [];
    for (; k >= 0 && before.length < inner.length; k--) {
      const t = tokens[k]!;
      if (t.kind === WORD) before.unshift(t);
      else if (t.kind !== SPACE) break;
    }
    if (before.length !== inner.length) continue;
    const norm = (t: Token) => t.text.replace(/\.$/, '').toLowerCase();
    if (!before.every((t, n) => norm(t) === norm(inner[n]!))) continue;
    if (!inner.some((t) => ALPHA.test(t.text))) continue;
    // Remove " (July)" and, when the parenthetical stands as its own sentence, its full stop.
    let end = close.end;
    const after = tokens[j + 1];
    if (stopBefore && after?.text === '.') end = after.end;
    let start = open.start;
    while (start > para.start && /[ \t]/.test(doc.text[start - 1]!)) start--;
    const repeated = doc.text.slice(open.start, close.end);
    report({
      messageId: 'repeatedParenthetical',
      data: { text: repeated },
      start: open.start,
      end,
      fix: { range: [start, end], text: '' },
    });
    i = j;
  }
}

/** (d) A paragraph (block of lines) whose first line starts in lower case. */
function lowercaseLine(doc: DocumentView, report: (d: ReportDescriptor) => void): void {
  for (const b of blocks(doc)) {
    const line = doc.lines[b.first]!;
    const m = /^\s*(\S+)/.exec(line.text);
    if (!m) continue;
    const first = m[1]!;
    const start = line.start + m.index + m[0].length - first.length;
    const word = first.replace(/[.,;:!?…"”’)\]]+$/, '');
    if (!LOWER_START.test(word) || !/\p{L}{2}/u.test(word)) continue;
    if (!doc.isProse(start, start + first.length)) continue;
    // Markdown list items, quotes and table cells legitimately start in lower case.
    if (doc.isMarkdown && !doc.isProse(line.start, start)) continue;
    if (lowerStartIsFine(doc, { kind: WORD, text: word, start, end: start + word.length })) continue;
    report({
      messageId: 'lowercaseLine',
      data: { text: quote(line.text, 40) },
      start,
      end: line.end,
    });
  }
}

const rule: Rule = {
  meta: {
    id: 'no-sentence-fragment',
    description: 'Disallow broken-off sentence fragments: lower-case starts, verbless stubs, repeated parentheticals.',
    category: 'sentences',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    messages: {
      lowercaseAfterStop: 'Sentence starts in lower case after a full stop ("{{text}}").',
      strayCredit: '"{{text}}" is a stray credit word inside the paragraph, not a sentence.',
      verbless: '"{{text}}" is a {{words}}-word fragment with no verb.',
      repeatedParenthetical: 'Stray parenthetical "{{text}}" repeats the words before it.',
      lowercaseLine: 'Line starts in lower case ("{{text}}").',
    },
    docs: 'rules/no-sentence-fragment.ts',
  },
  check({ doc, report }) {
    for (const para of paragraphs(doc)) {
      lowercaseAfterStop(doc, para, report);
      verblessFragments(doc, para, report);
      repeatedParenthetical(doc, para, report);
    }
    lowercaseLine(doc, report);
  },
};

export default rule;
