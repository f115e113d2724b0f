/** Line comparison shared by the rules that find repeated lines (within an article, across articles). */
import type { DocumentView } from '../../src/rule-kit/index.js';

/**
 * The form in which two lines count as "the same": Unicode-compatibility
 * normalised, lower case, typographic quotes and dashes made plain, runs of
 * whitespace collapsed, surrounding whitespace and bullet marks removed.
 */
export function normalizeForComparison(text: string): string {
  return lowerAsciiForm(text) ?? normalizeAscii(text) ?? normalizeUnicode(text);
}

/** A character above ASCII. */
const NON_ASCII = /[^\x00-\x7f]/;
/** What calls for more than lower-casing in ASCII text: a backtick, white space other than one space between words, a leading bullet. */
const ASCII_EDIT = /[`\t-\r]| {2}|^[ *>|~+-]| $/;

/**
 * `normalizeUnicode` of ASCII text that needs only lower-casing (most
 * lines), found by two native searches rather than a loop over its
 * characters; undefined for any other text.
 */
function lowerAsciiForm(text: string): string | undefined {
  return NON_ASCII.test(text) || ASCII_EDIT.test(text) ? undefined : text.toLowerCase();
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

/** Rewrites of `normalizeUnicode` a character calls for, as bits (`FAST`, `normalizeAscii`). */
const QUOTE = 1;
const DOUBLE_QUOTE = 2;
const DASH = 4;
const SPACE = 8;
const BULLET = 16;
const STABLE = 32;

/**
 * Characters above ASCII the fast path takes: Latin (U+0080–U+02FF) and
 * general punctuation (U+2000–U+206F). 0: NFKC changes the character (the
 * text takes the slow path); otherwise STABLE and the bits of the rewrites
 * it calls for (a quote, dash, white space or bullet). No character of these
 * blocks composes with a neighbour that is in them too, so a text of stable
 * ones is its own NFKC.
 */
const LATIN_END = 0x300;
const PUNCTUATION_START = 0x2000;
const PUNCTUATION_END = 0x2070;
const FAST = new Uint8Array(LATIN_END + (PUNCTUATION_END - PUNCTUATION_START));
for (let c = 128; c < PUNCTUATION_END; c = c + 1 === LATIN_END ? PUNCTUATION_START : c + 1) {
  const ch = String.fromCharCode(c);
  const slot = c < LATIN_END ? c : LATIN_END + c - PUNCTUATION_START;
  if (ch.normalize('NFKC') !== ch) FAST[slot] = 0;
  else {
    FAST[slot] =
      STABLE |
      (/[‘’‚‛`´]/.test(ch) ? QUOTE : 0) |
      (/[“”„‟«»]/.test(ch) ? DOUBLE_QUOTE : 0) |
      (/[‐‑‒–—―]/.test(ch) ? DASH : 0) |
      (/\s/.test(ch) ? SPACE : 0) |
      (/[•·]/.test(ch) ? BULLET : 0);
  }
}

/**
 * `normalizeUnicode` of a text made of ASCII and the `FAST` characters, without
 * NFKC (it changes none of them) and without the expressions that would find
 * nothing; undefined for any other text. Most lines need only lower-casing.
 */
function normalizeAscii(text: string): string | undefined {
  let upper = false;
  let edits = 0;
  let previousSpace = false;
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    let space = false;
    if (c < 128) {
      if (c >= 65 && c <= 90) upper = true;
      else if (c === 96) edits |= QUOTE;
      space = isAsciiSpace(c);
      // A white-space character other than one space between two words.
      if (space && (c !== 32 || previousSpace || i === 0 || i === last)) edits |= SPACE;
    } else {
      const kind = c < LATIN_END ? FAST[c]! : c >= PUNCTUATION_START && c < PUNCTUATION_END ? FAST[LATIN_END + c - PUNCTUATION_START]! : 0;
      if (kind === 0) return undefined;
      upper = true;
      edits |= kind & ~STABLE;
    }
    previousSpace = space;
  }
  if (text.length > 0 && isAsciiBullet(text.charCodeAt(0))) edits |= BULLET;
  let form = upper ? text.toLowerCase() : text;
  if (edits === 0) return form;
  // Only the rewrites whose characters occur: the others would find nothing.
  if (edits & QUOTE) form = form.replace(/[‘’‚‛`´]/g, "'");
  if (edits & DOUBLE_QUOTE) form = form.replace(/[“”„‟«»]/g, '"');
  if (edits & DASH) form = form.replace(/[‐‑‒–—―]/g, '-');
  // `/\s+/g` → ' ', leaving alone the single spaces it would replace by themselves.
  if (edits & SPACE) form = form.replace(/\s\s+|[^\S ]/g, ' ');
  return form.replace(/^[\s•·*●■▪►▶>|~+-]+/, '').trim();
}
