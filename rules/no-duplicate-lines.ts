/**
 * @module no-duplicate-lines
 * Forbids a headline or paragraph that is repeated within one article, a
 * typical scraping artefact (the page's title, og:title and h1 all captured,
 * or a pull quote copied back into the text). The first occurrence is kept;
 * every later copy is flagged. Lines are compared after normalising case,
 * whitespace, quotes and dashes. Short lines (fewer than `minWords` words or
 * `minLength` characters, e.g. "* * *" separators or "Q:") are never compared.
 *
 * @example Invalid
 *   Council approves new budget
 *
 *   Council approves new budget
 *
 *   The council voted 7-2 on Tuesday.
 * @example Valid
 *   Council approves new budget
 *
 *   The council approved the new budget on Tuesday.
 *
 * Fix (safe): removes the repeated line and the blank line it leaves. A run of
 * adjacent repeated lines is removed as one block, so no double blank lines
 * are left behind.
 */
import { isBlank, lineSpan, removeLineFix, type DocumentView, type Fix, type Rule } from '../src/rule-kit/index.js';

export interface DuplicateLinesOptions {
  /** Lines with fewer words are not compared. */
  minWords: number;
  /** Lines with fewer characters (after normalising) are not compared. */
  minLength: number;
}

/**
 * The form in which two lines count as "the same": Unicode-compatibility
 * normalised, lower case, typographic quotes and dashes made plain, runs of
 * whitespace collapsed, surrounding whitespace and bullet marks removed.
 */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s•·*●■▪►▶>|~+-]+/, '')
    .trim();
}

function wordCount(text: string): number {
  return text === '' ? 0 : text.split(' ').length;
}

function nextLineStart(doc: DocumentView, index: number): number {
  const next = doc.lines[index + 1];
  return next ? next.start : doc.text.length;
}

/** Removes lines `first..last` like `removeLineFix` removes one line. */
function removeRunFix(doc: DocumentView, first: number, last: number): Fix {
  if (first === last) return removeLineFix(doc, first);
  const lines = doc.lines;
  const prev = lines[first - 1];
  let end = last;
  while (isBlank(lines[end + 1])) end++;
  if (end === lines.length - 1 && prev !== undefined) {
    let p = first - 1;
    while (p > 0 && isBlank(lines[p])) p--;
    const start = doc.text.endsWith('\n') ? nextLineStart(doc, p) : lines[p]!.end;
    return { range: [start, doc.text.length], text: '' };
  }
  const stop = prev === undefined || isBlank(prev) ? nextLineStart(doc, end) : nextLineStart(doc, last);
  return { range: [lines[first]!.start, stop], text: '' };
}

function quote(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

const rule: Rule<DuplicateLinesOptions> = {
  meta: {
    id: 'no-duplicate-lines',
    description: 'Disallow a headline or paragraph repeated within one article.',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    schema: {
      type: 'object',
      properties: {
        minWords: { type: 'integer', minimum: 1 },
        minLength: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: { minWords: 3, minLength: 12 },
    docs: 'rules/no-duplicate-lines.ts',
  },
  check({ doc, options, report }) {
    const firstSeen = new Map<string, number>();
    const repeats: { index: number; first: number }[] = [];
    for (const line of doc.lines) {
      const key = normalizeForComparison(line.text);
      if (key.length < options.minLength || wordCount(key) < options.minWords) continue;
      // Lines without letters ("----", "1 2 3 4") are layout, not text.
      if (!/\p{L}.*\p{L}/u.test(key)) continue;
      const first = firstSeen.get(key);
      if (first === undefined) firstSeen.set(key, line.index);
      else repeats.push({ index: line.index, first });
    }
    // Adjacent repeated lines share one fix that removes them all.
    let i = 0;
    while (i < repeats.length) {
      let j = i;
      while (j + 1 < repeats.length && repeats[j + 1]!.index === repeats[j]!.index + 1) j++;
      const fix = removeRunFix(doc, repeats[i]!.index, repeats[j]!.index);
      for (let k = i; k <= j; k++) {
        const { index, first } = repeats[k]!;
        const line = doc.lines[index]!;
        report({
          message: `"${quote(line.text)}" repeats line ${first + 1}: duplicated text left by the scraper.`,
          ...lineSpan(line),
          fix,
        });
      }
      i = j + 1;
    }
  },
};

export default rule;
