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
 * Fix: a copy that directly follows its original (only blank lines between)
 * is removed (safe); adjacent copies go as one block, so no double blank lines
 * are left behind. A copy far from its original (a caption or teaser repeating
 * the headline) and a copy among short items (a table, a schedule, a list
 * repeating a cell) are only suggested. Away from its original, a line the
 * page scatters three times or more, no two copies together (a label under
 * every exercise, a code line, a tweet's attribution), is the page's own
 * structure; and a sentence repeated with only furniture between the copies
 * (a standfirst or teaser, then the body's first paragraph) cannot say which
 * copy is the article's: neither is reported. A paragraph repeated among the
 * article's paragraphs is.
 */
import { excerpt, isBlank, lineSpan, removeLinesFix, type Line, type Rule } from '../src/rule-kit/index.js';
import { normalizeForComparison } from './lib/line-key.js';
import { isProseLine, lineInfos, type LineInfo } from './lib/residue-lines.js';

export interface DuplicateLinesOptions {
  /** Lines with fewer words are not compared. */
  minWords: number;
  /** Lines with fewer characters (after normalising) are not compared. */
  minLength: number;
}

/** How many significant characters `fingerprint` reads from each end of a line. */
const FINGERPRINT_REACH = 32;

/** Lower-cased ASCII letter or digit code of `c`, -1 for ASCII punctuation and spaces, `c` itself beyond ASCII. */
function significant(c: number): number {
  if (c >= 128) return becomesAsciiPunctuation(c) ? -1 : c;
  if (c >= 65 && c <= 90) return c + 32;
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : -1;
}

/**
 * A number that equal keys share: a hash of the first and the last
 * FINGERPRINT_REACH significant characters of the key (its ASCII letters and
 * digits, lower-cased, and its other non-ASCII characters), ignoring spaces,
 * ASCII punctuation and the characters of `becomesAsciiPunctuation`; it reads
 * at most twice that many characters of a long paragraph. For a line of ASCII
 * characters and such characters only it is computed from the raw line
 * (normalising then only lower-cases it, turns those characters into ASCII
 * punctuation or spaces, collapses spaces and strips leading marks, none of
 * which changes its letters and digits); other lines hash their key.
 * Lines with a fingerprint of their own cannot repeat or be repeated.
 */
function fingerprint(s: string): number {
  let h = 0x811c9dc5;
  let i = 0;
  for (let n = 0; i < s.length && n < FINGERPRINT_REACH; i++) {
    const c = significant(s.charCodeAt(i));
    if (c === -1) continue;
    h = Math.imul(h ^ c, 0x01000193);
    n++;
  }
  // The last significant characters after those: the same for equal keys, however long.
  for (let j = s.length - 1, n = 0; j >= i && n < FINGERPRINT_REACH; j--) {
    const c = significant(s.charCodeAt(j));
    if (c === -1) continue;
    h = Math.imul(h ^ c, 0x01000193);
    n++;
  }
  return h;
}

/**
 * Non-ASCII characters that normalising turns into ASCII punctuation or a
 * space (NFKC, then the quote, dash and white-space replacements): typographic
 * quotes, dashes, the ellipsis and white space. `fingerprint` ignores them, as
 * it ignores ASCII punctuation and spaces. (Not `´`: NFKC makes it a space and
 * a combining accent.)
 */
function becomesAsciiPunctuation(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x2015) || // ‐ ‑ ‒ – — ―
    (c >= 0x2018 && c <= 0x201f) || // ‘ ’ ‚ ‛ “ ” „ ‟
    c === 0xab || // «
    c === 0xbb || // »
    c === 0x2026 || // …
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether `fingerprint` of the raw line equals that of its key (see `becomesAsciiPunctuation`). */
function fingerprintsAsIs(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 && !becomesAsciiPunctuation(c)) return false;
  }
  return true;
}

function wordCount(text: string): number {
  return text === '' ? 0 : text.split(' ').length;
}



/** Index of the nearest non-blank line before `i` (-1 when none). */
function prevText(lines: readonly Line[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (!isBlank(lines[j]!)) return j;
  return -1;
}

/** Index of the nearest non-blank line after `i` (-1 when none). */
function nextText(lines: readonly Line[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (!isBlank(lines[j]!)) return j;
  return -1;
}

/** Whether a line that reads as prose stands between lines `a` and `b`: the copy is inside the article body. */
function proseBetween(infos: readonly LineInfo[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (isProseLine(infos[i]!)) return true;
  return false;
}

/** A line that is not a sentence: a cell, a list item, a label. */
function isShortItem(line: Line | undefined): boolean {
  if (!line) return false;
  const t = line.text.trim();
  return t.split(/\s+/).length < 8 && !/[.!?…]["”’']?$/.test(t);
}

/**
 * Why a line repeats. `doubled`: the copy follows its original directly (only
 * blank lines or other copies between), outside a list or table: the page's
 * title, og:title and h1, or a paragraph captured twice. `list`: the copy sits
 * among short items (a table cell, a schedule, a list item that repeats) where
 * repeating is the page's own structure. `distant`: anything else (a teaser,
 * a pull quote, a caption repeating the headline, a repeated code line).
 */
type RepeatKind = 'doubled' | 'list' | 'distant';

function repeatKind(lines: readonly Line[], index: number, first: number): RepeatKind {
  const key = normalizeForComparison(lines[index]!.text);
  let p = prevText(lines, index);
  while (p > first && normalizeForComparison(lines[p]!.text) === key) p = prevText(lines, p);
  const before = prevText(lines, first);
  const after = nextText(lines, index);
  const amongItems = isShortItem(lines[index]) && isShortItem(lines[before]) && isShortItem(lines[after]);
  if (amongItems) return 'list';
  return p === first ? 'doubled' : 'distant';
}

/** Measured precision of each kind on the development sets (docs/residue-precision.md). */
const CONFIDENCE = { doubled: 0.99, distant: 0.8, list: 0.85 } as const;

const rule: Rule<DuplicateLinesOptions> = {
  meta: {
    id: 'no-duplicate-lines',
    description: 'Disallow a headline or paragraph repeated within one article.',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'both',
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
    messages: {
      doubled: '"{{line}}" repeats line {{first}} right after it: duplicated text left by the scraper.',
      distant: '"{{line}}" repeats line {{first}}: maybe duplicated text left by the scraper, maybe a caption or pull quote.',
      list: '"{{line}}" repeats line {{first}} among short items: a table or list may repeat a cell on purpose.',
    },
  },
  check({ doc, options, report }) {
    const firstSeen = new Map<string, number>();
    const occurrences = new Map<string, number>();
    const candidates: { index: number; first: number; key: string }[] = [];
    // Only lines whose fingerprint another line shares can be equal to another line.
    const lines = doc.lines;
    const prints = new Array<number>(lines.length);
    const keys = new Array<string | undefined>(lines.length);
    const seenPrint = new Map<number, number>();
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i]!.text;
      let fp: number;
      if (fingerprintsAsIs(t)) fp = fingerprint(t);
      else fp = fingerprint((keys[i] = normalizeForComparison(t)));
      prints[i] = fp;
      seenPrint.set(fp, (seenPrint.get(fp) ?? 0) + 1);
    }
    for (const line of lines) {
      if (seenPrint.get(prints[line.index]!)! < 2) continue;
      const key = keys[line.index] ?? normalizeForComparison(line.text);
      if (key.length < options.minLength || wordCount(key) < options.minWords) continue;
      // Lines without letters ("----", "1 2 3 4") are layout, not text.
      if (!/\p{L}.*\p{L}/u.test(key)) continue;
      occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
      const first = firstSeen.get(key);
      if (first === undefined) firstSeen.set(key, line.index);
      else candidates.push({ index: line.index, first, key });
    }
    const infos = candidates.length ? lineInfos(doc) : [];
    /** Keys with two copies on neighbouring lines: a headline captured three times, not a recurring label. */
    const keyAt = new Map<number, string>();
    for (const { index, first, key } of candidates) keyAt.set(first, key).set(index, key);
    const bunched = new Set<string>();
    for (const { index, key } of candidates) if (keyAt.get(prevText(lines, index)) === key) bunched.add(key);
    const repeats: { index: number; first: number; kind: RepeatKind }[] = [];
    for (const { index, first, key } of candidates) {
      const kind = repeatKind(lines, index, first);
      if (kind !== 'doubled') {
        if (occurrences.get(key)! >= 3 && !bunched.has(key)) continue;
        if (isProseLine(infos[index]!) && !proseBetween(infos, first, index)) continue;
      }
      repeats.push({ index, first, kind });
    }
    // Adjacent repeated lines share one fix that removes them all.
    let i = 0;
    while (i < repeats.length) {
      let j = i;
      while (j + 1 < repeats.length && repeats[j + 1]!.index === repeats[j]!.index + 1) j++;
      const fix = removeLinesFix(doc, repeats[i]!.index, repeats[j]!.index);
      for (let k = i; k <= j; k++) {
        const { index, first, kind } = repeats[k]!;
        const line = doc.lines[index]!;
        report({
          messageId: kind,
          data: {
            line: excerpt(line.text),
            first: first + 1,
            confidence: CONFIDENCE[kind],
            evidence: [kind === 'doubled' ? 'copy follows its original' : kind === 'list' ? 'copy among short items' : 'copy far from its original'],
          },
          ...lineSpan(line),
          ...(kind === 'doubled' ? { fix } : { suggestions: [{ desc: 'Remove the repeated line', fix }] }),
        });
      }
      i = j + 1;
    }
  },
};

export default rule;
