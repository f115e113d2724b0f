/** Line comparison shared by the rules that find repeated lines (within an article, across articles). */
import type { DocumentView } from '../../src/rule-kit/index.js';

/**
 * The form in which two lines count as "the same": Unicode-compatibility
 * normalised, lower case, typographic quotes and dashes made plain, runs of
 * whitespace collapsed, surrounding whitespace and bullet marks removed.
 */
export function normalizeForComparison(text: string): string {
  return normalizeAscii(text) ?? normalizeUnicode(text);
}

/**
 * `normalizeForComparison` of every line of the document (once per document).
 * Also the form of each trimmed line: the normalisation ignores surrounding
 * white space (`tests/line-key.test.ts`).
 */
export function comparisonForms(doc: DocumentView): readonly string[] {
  return doc.memo('line-key:forms', () => doc.lines.map((line) => normalizeForComparison(line.text)));
}

/** The definition of `normalizeForComparison`, for any text. */
export function normalizeUnicode(text: string): string {
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

/** ASCII white space (what `\s` and `trim` match below 128). */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The ASCII characters of `normalizeUnicode`'s leading bullet class: white space * > | ~ + - */
function isAsciiBullet(c: number): boolean {
  return isAsciiSpace(c) || c === 42 || c === 62 || c === 124 || c === 126 || c === 43 || c === 45;
}

/**
 * `normalizeUnicode` of an all-ASCII text without its regular expressions
 * (undefined for any other text). On ASCII, NFKC and the quote and dash
 * classes change nothing, so only lower-casing, "`" → "'", white-space runs
 * and the bullet and space ends remain; most lines need none but the first.
 */
function normalizeAscii(text: string): string | undefined {
  let upper = false;
  let edits = false;
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c >= 65 && c <= 90) upper = true;
    else if (c === 96) edits = true;
    const space = isAsciiSpace(c);
    // A white-space character other than one space between two words.
    if (space && (c !== 32 || previousSpace || i === 0 || i === text.length - 1)) edits = true;
    previousSpace = space;
  }
  if (text.length > 0 && isAsciiBullet(text.charCodeAt(0))) edits = true;
  const lower = upper ? text.toLowerCase() : text;
  if (!edits) return lower;
  return lower
    .replace(/`/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s*>|~+-]+/, '')
    .trim();
}
