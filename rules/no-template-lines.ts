/**
 * @module no-template-lines
 * Corpus rule: forbids template residue that no pattern knows, recognised by
 * recurrence. A line that appears in articles of at least `minFiles`
 * different stories of one run (the same slogan, follow prompt or footer at
 * the foot of every article from one site) is site boilerplate, not article
 * text. The message gives the true number of files that hold the line, the
 * same in every file.
 *
 * First pass (`corpus.collect`): per article, the set of hashes of its
 * candidate lines, each counted once per file, and the article's story key.
 * `merge` adds the counts and unites the story sets, so shards may be
 * summarised separately and merged in any order. The summary is plain JSON,
 * `{files, buckets: {hi: {mid: [[key, files, story, story, ...], ...]}}}`: a
 * 44-bit hash of the normalised line picks two small levels of buckets (64
 * each, integer-string keys, which JSON lists in ascending order) and a
 * 32-bit key in a list of entries sorted by key; each entry holds the exact
 * number of files with the line and the smallest `STORY_SAMPLE` distinct story
 * keys among them (a bottom-k set: its union is exact whatever the merge
 * order). So the JSON text is the same whatever the merge order.
 *
 * Copies of one story (wire copy syndicated to several sites, each with its
 * own header and footer) share all their lines, headline included. A line
 * counts as a template only when it occurs in `minFiles` distinct stories.
 * An article's story key is a MinHash of its body: the smallest hash of the
 * word 5-shingles of its prose lines (lines of `sentenceWords` words or more
 * that are not template candidates themselves, so a long footer does not make
 * all of a site's articles one story). Copies with the same body get the same
 * key whatever their site chrome; near-copies (a sentence edited) get it with
 * a probability equal to the share of shingles they have in common.
 *
 * What is never counted, to keep legitimate news text safe and the summary
 * small:
 * - lines shorter than `minWords` words / `minLength` characters (bare
 *   subheadings like "Main requirements") or longer than `maxWords` words /
 *   `maxLength` characters (paragraphs);
 * - ordinary sentences (at least `sentenceWords` words ending with . ! ?),
 *   unless `sentences: true`: a background paragraph a newsroom reuses is text;
 * - quoted or reported speech (a quotation of three or more words, or "said",
 *   "told", "according to"): many articles about one event quote the same
 *   statement.
 *
 * Without a corpus pass (one file, or `lintText` without `corpus`) the rule
 * is silent.
 *
 * @example Invalid
 *   a.txt: Council approves budget\n\nThe Harbour Courier: news for the Eastern Shore since 1887
 *   b.txt: Ferry service resumes\n\nThe Harbour Courier: news for the Eastern Shore since 1887
 *   c.txt: School board delays vote\n\nThe Harbour Courier: news for the Eastern Shore since 1887
 * @example Valid
 *   a.txt: Hikers rescued from northern ridge\n\nRescue crews reached five stranded hikers on the northern ridge late on Saturday night.\n\nThe Harbour Courier
 *   b.txt: Hikers rescued from northern ridge\n\nRescue crews reached five stranded hikers on the northern ridge late on Saturday night.\n\nThe Valley Times
 *   c.txt: Hikers rescued from northern ridge\n\nRescue crews reached five stranded hikers on the northern ridge late on Saturday night.\n\nCoast Daily News
 *
 * Fix (suggestion): removes the line and the blank line it leaves. Only a
 * suggestion: recurrence is evidence, not proof.
 */
import { excerpt, lineSpan, removeLineFix, type DocumentView, type Rule } from '../src/rule-kit/index.js';
import { comparisonForms, normalizeForComparison } from './lib/line-key.js';

export interface TemplateLinesOptions {
  /** Least number of distinct stories (files, near-copies counted once) a line must occur in. */
  minFiles: number;
  /** Least share (0..1) of the run's files a line must occur in (0: no share needed). */
  minShare: number;
  minWords: number;
  maxWords: number;
  minLength: number;
  maxLength: number;
  /** Count ordinary sentences too. */
  sentences: boolean;
  /** Words from which a line ending in . ! ? counts as an ordinary sentence. */
  sentenceWords: number;
}

/** Distinct story keys kept per line: enough to decide for any `minFiles` the schema allows. */
export const STORY_SAMPLE = 32;

/** `[key, files, ...storyKeys]`: the line's key, its exact file count, its smallest distinct story keys (ascending). */
type Entry = number[];
/**
 * `hi -> mid -> entries sorted by key`: two small levels of buckets
 * (integer-string keys 0..63, which every JS engine enumerates in ascending
 * order) over lists of entries.
 */
type Buckets = Record<string, Record<string, Entry[]>>;

export interface TemplateSummary {
  /** Files gathered. */
  files: number;
  buckets: Buckets;
}

/** The second half of the last `cyrb53` result. */
let cyrb53High = 0;

const SEED1 = 0xdeadbeef;
const SEED2 = 0x41c6ce57;
const STEP1 = 2654435761;
const STEP2 = 1597334677;

/**
 * 53-bit cyrb53 hash of `text.slice(from, to)` (without making the slice):
 * returns the first 32-bit half and leaves the second in `cyrb53High`.
 */
function cyrb53(text: string, from: number, to: number): number {
  return cyrb53From(text, from, to, SEED1, SEED2);
}

/** `cyrb53` continued over `text.slice(from, to)` from the states `h1`, `h2` it had reached before `from`. */
function cyrb53From(text: string, from: number, to: number, h1: number, h2: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, STEP1);
    h2 = Math.imul(h2 ^ c, STEP2);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  cyrb53High = h2 >>> 0;
  return h1 >>> 0;
}

/** 53-bit cyrb53 string hash, returned as its two 32-bit halves. */
function hash2(text: string): [number, number] {
  const h1 = cyrb53(text, 0, text.length);
  return [h1, cyrb53High];
}

type Print = [hi: number, mid: number, key: number];

/** Where a normalised line is counted: 6 + 6 + 32 bits of its hash (the bucket numbers are the summary's integer keys). */
export function fingerprint(normalised: string): Print {
  const [h1, h2] = hash2(normalised);
  return [h1 >>> 26, (h1 >>> 20) & 63, h2];
}

const QUOTATION = /["“”„«»][^"“”„«»]*\S\s+\S+\s+\S[^"“”„«»]*["“”„«»]/;
const SPEECH = /\b(?:said|says|told|according to|quoted|stated)\b/i;

/**
 * The normalised form of a line if it may be template text, else undefined.
 * Digits become 0 so that "© 2023 Site" and "© 2024 Site" are one line.
 */
export function templateCandidate(text: string, o: TemplateLinesOptions): string | undefined {
  const trimmed = text.trim();
  return fitsLength(trimmed, o) ? candidateOf(trimmed, normalizeForComparison(trimmed), o) : undefined;
}

/** The length bounds `templateCandidate` checks before normalising. */
function fitsLength(trimmed: string, o: TemplateLinesOptions): boolean {
  return trimmed.length >= o.minLength && trimmed.length <= o.maxLength * 2;
}

/** `templateCandidate` of a trimmed line whose normalised form is known. */
function candidateOf(trimmed: string, normalised: string, o: TemplateLinesOptions): string | undefined {
  const norm = hasAsciiDigit(normalised) ? normalised.replace(/\d+/g, '0') : normalised;
  if (norm.length < o.minLength || norm.length > o.maxLength) return undefined;
  const words = countSpaces(norm) + 1;
  if (words < o.minWords || words > o.maxWords) return undefined;
  if (!hasFiveLetters(norm)) return undefined;
  if (!o.sentences && words >= o.sentenceWords && /[.!?]["')\]]?$/.test(norm)) return undefined;
  if (QUOTATION.test(trimmed) || SPEECH.test(norm)) return undefined;
  return norm;
}

/** `templateCandidate` of every line of the document, from its shared normalised lines. */
function lineCandidates(doc: DocumentView, o: TemplateLinesOptions): Array<string | undefined> {
  const forms = comparisonForms(doc);
  return doc.lines.map((line) => {
    const trimmed = line.text.trim();
    return fitsLength(trimmed, o) ? candidateOf(trimmed, forms[line.index]!, o) : undefined;
  });
}

/** Per line, its `templateCandidate` and that candidate's `fingerprint`. */
interface CandidateLines {
  candidates: Array<string | undefined>;
  prints: Array<Print | undefined>;
}

/**
 * `CandidateLines` of the document under the options that decide candidates, once per document:
 * `check` reads what `collect` found when the lint pass takes over the corpus pass's document.
 */
function candidateLines(doc: DocumentView, o: TemplateLinesOptions): CandidateLines {
  const key = `no-template-lines:candidates ${o.minLength} ${o.maxLength} ${o.minWords} ${o.maxWords} ${o.sentences} ${o.sentenceWords}`;
  return doc.memo(key, () => {
    const candidates = lineCandidates(doc, o);
    return { candidates, prints: candidates.map((norm) => (norm === undefined ? undefined : fingerprint(norm))) };
  });
}

/** `/\d/.test(text)` */
function hasAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** `text.split(' ').length - 1` */
function countSpaces(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** `(text.match(/\p{L}/gu)?.length ?? 0) >= 5`, counting ASCII letters without the expression. */
function hasFiveLetters(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return (text.match(/\p{L}/gu)?.length ?? 0) >= 5;
    if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && ++letters === 5) return true;
  }
  return false;
}

/**
 * The article's story key: a MinHash of its body, the smallest hash of the
 * word 5-shingles of its prose lines (not template candidates); without a
 * prose line, the hash of its distinct lines.
 */
const SHINGLE = 5;

export function storyKey(doc: DocumentView, o: TemplateLinesOptions): number {
  return storyKeyOf(doc, lineCandidates(doc, o), o);
}

function storyKeyOf(doc: DocumentView, candidates: ReadonlyArray<string | undefined>, o: TemplateLinesOptions): number {
  const forms = comparisonForms(doc);
  let min = -1;
  const minWords = Math.max(o.sentenceWords, SHINGLE);
  for (const line of doc.lines) {
    if (candidates[line.index] !== undefined) continue;
    const norm = forms[line.index]!;
    const words = markWordStarts(norm);
    if (words < minWords) continue;
    const h = smallestShingleHash(norm, words);
    if (min < 0 || h < min) min = h;
  }
  if (min >= 0) return min;
  const distinct = [...new Set(forms.filter(Boolean))].sort();
  return hash2(distinct.join('\n'))[0];
}

/**
 * Offsets of the words (`text.split(' ')`) of the line `markWordStarts` read last, then one past
 * its end (where a word after it would start, so the last shingle ends like the others). One
 * buffer for every line, grown for a line with more words.
 */
let wordStarts = new Int32Array(256);

/** Fills `wordStarts` for `text`; returns its number of words. */
function markWordStarts(text: string): number {
  let n = 0;
  wordStarts[n++] = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    if (n + 1 >= wordStarts.length) {
      const grown = new Int32Array(wordStarts.length * 2);
      grown.set(wordStarts);
      wordStarts = grown;
    }
    wordStarts[n++] = i + 1;
  }
  wordStarts[n] = text.length + 1;
  return n;
}

/**
 * The smallest `cyrb53` of the word shingles of `text` (words as `markWordStarts` left them in
 * `wordStarts`). A shingle is the slice of the text from its first word to the end of its last.
 * Two shingles are hashed side by side over the length they share: their chains of
 * multiplications do not wait for each other, so the processor overlaps them.
 */
function smallestShingleHash(text: string, words: number): number {
  const starts = wordStarts;
  const shingles = words - SHINGLE + 1;
  let min = -1;
  let s = 0;
  for (; s + 1 < shingles; s += 2) {
    const a = starts[s]!;
    const b = starts[s + 1]!;
    const aEnd = starts[s + SHINGLE]! - 1;
    const bEnd = starts[s + 1 + SHINGLE]! - 1;
    const shared = Math.min(aEnd - a, bEnd - b);
    let a1 = SEED1;
    let a2 = SEED2;
    let b1 = SEED1;
    let b2 = SEED2;
    for (let k = 0; k < shared; k++) {
      const x = text.charCodeAt(a + k);
      const y = text.charCodeAt(b + k);
      a1 = Math.imul(a1 ^ x, STEP1);
      a2 = Math.imul(a2 ^ x, STEP2);
      b1 = Math.imul(b1 ^ y, STEP1);
      b2 = Math.imul(b2 ^ y, STEP2);
    }
    const ha = cyrb53From(text, a + shared, aEnd, a1, a2);
    const hb = cyrb53From(text, b + shared, bEnd, b1, b2);
    const h = ha < hb ? ha : hb;
    if (min < 0 || h < min) min = h;
  }
  if (s < shingles) {
    const h = cyrb53(text, starts[s]!, starts[s + SHINGLE]! - 1);
    if (min < 0 || h < min) min = h;
  }
  return min;
}

function emptySummary(): TemplateSummary {
  return { files: 0, buckets: {} };
}

function isSummary(value: unknown): value is TemplateSummary {
  const v = value as TemplateSummary;
  return !!v && typeof v.files === 'number' && !!v.buckets && typeof v.buckets === 'object';
}

/** The summary of one file: every print counted once, with the file's story. */
function single(prints: Print[], story: number): TemplateSummary {
  prints.sort((x, y) => x[2] - y[2]);
  const buckets: Buckets = {};
  for (const [hi, mid, key] of prints) {
    const entries = ((buckets[hi] ??= {})[mid] ??= []);
    if (entries[entries.length - 1]?.[0] !== key) entries.push([key, 1, story]);
  }
  return { files: 1, buckets };
}

/** The smallest `STORY_SAMPLE` keys of the union of two ascending lists. */
function uniteStories(a: Entry, b: Entry): number[] {
  const out: number[] = [];
  let i = 2;
  let j = 2;
  while (out.length < STORY_SAMPLE && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    out.push(Math.min(x, y));
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out;
}

/** Merges two key-sorted entry lists: file counts added, story sets united. */
function mergeEntries(a: Entry[], b: Entry[]): Entry[] {
  const out: Entry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ka = a[i]![0]!;
    const kb = b[j]![0]!;
    if (ka < kb) out.push(a[i++]!);
    else if (kb < ka) out.push(b[j++]!);
    else {
      out.push([ka, a[i]![1]! + b[j]![1]!, ...uniteStories(a[i]!, b[j]!)]);
      i++;
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

function mergeLevel<T>(a: Record<string, T>, b: Record<string, T>, both: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const k in b) out[k] = k in a ? both(a[k]!, b[k]!) : b[k]!;
  return out;
}

/**
 * Adds counts and unites story sets. Pure (inputs may share parts with the result but are never
 * changed), associative and commutative: the result, down to its JSON text,
 * does not depend on the order of merging. A one-file summary merges into a
 * large one by copying only the two small levels and the entry lists it touches.
 */
export function mergeTemplateSummaries(a: TemplateSummary, b: TemplateSummary): TemplateSummary {
  const buckets = mergeLevel(a.buckets, b.buckets, (x, y) => mergeLevel(x, y, mergeEntries));
  return { files: a.files + b.files, buckets };
}

/** The line's entry in the summary: `[key, files, ...storyKeys]`, or undefined. */
function entryOf(summary: TemplateSummary, [hi, mid, key]: Print): Entry | undefined {
  const entries = summary.buckets[hi]?.[mid];
  if (!entries) return undefined;
  let lo = 0;
  let up = entries.length - 1;
  while (lo <= up) {
    const m = (lo + up) >> 1;
    const k = entries[m]![0]!;
    if (k === key) return entries[m];
    if (k < key) lo = m + 1;
    else up = m - 1;
  }
  return undefined;
}

const rule: Rule<TemplateLinesOptions, TemplateSummary> = {
  meta: {
    id: 'no-template-lines',
    description: 'Disallow lines that recur in many different articles of a run (site template residue).',
    category: 'residue',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    schema: {
      type: 'object',
      properties: {
        minFiles: { type: 'integer', minimum: 2, maximum: STORY_SAMPLE },
        minShare: { type: 'number', minimum: 0, maximum: 1 },
        minWords: { type: 'integer', minimum: 1 },
        maxWords: { type: 'integer', minimum: 1 },
        minLength: { type: 'integer', minimum: 1 },
        maxLength: { type: 'integer', minimum: 1 },
        sentences: { type: 'boolean' },
        sentenceWords: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: {
      minFiles: 3,
      minShare: 0,
      minWords: 3,
      maxWords: 25,
      minLength: 12,
      maxLength: 200,
      sentences: false,
      sentenceWords: 10,
    },
    docs: 'rules/no-template-lines.ts',
    messages: {
      template: '"{{line}}" occurs in {{files}} of {{total}} articles ({{stories}} different stories): site template residue, not article text.',
    },
  },
  corpus: {
    collect(doc, options) {
      const { candidates, prints } = candidateLines(doc, options);
      return single(
        prints.filter((print) => print !== undefined),
        storyKeyOf(doc, candidates, options),
      );
    },
    merge: mergeTemplateSummaries,
    empty: emptySummary,
  },
  check({ doc, options, corpus, report }) {
    if (!isSummary(corpus) || corpus.files < options.minFiles) return;
    const neededFiles = Math.ceil(options.minShare * corpus.files);
    // The candidates as `collect` found them.
    const { prints } = candidateLines(doc, options);
    for (const line of doc.lines) {
      const print = prints[line.index];
      if (print === undefined) continue;
      const entry = entryOf(corpus, print);
      if (!entry) continue;
      const files = entry[1]!;
      const stories = entry.length - 2;
      // A line shared only by copies of one story (its headline, say) is that story's, not the site's.
      if (stories < options.minFiles || files < neededFiles) continue;
      report({
        messageId: 'template',
        data: { line: excerpt(line.text), files, total: corpus.files, stories: stories >= STORY_SAMPLE ? `${STORY_SAMPLE}+` : stories },
        ...lineSpan(line),
        suggestions: [{ desc: 'Remove the line', fix: removeLineFix(doc, line.index) }],
      });
    }
  },
};

export default rule;
