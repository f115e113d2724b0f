/**
 * @module no-template-lines
 * Corpus rule: forbids template residue that no pattern knows, recognised by
 * recurrence. A line that appears in at least `minFiles` different articles
 * of one run (the same slogan, follow prompt or footer at the foot of every
 * article from one site) is site boilerplate, not article text.
 *
 * First pass (`corpus.collect`): per article, the set of hashes of its
 * candidate lines, each counted once per file. `merge` adds the counts, so
 * shards may be summarised separately and merged in any order. The summary is
 * plain JSON, `{files, buckets: {hi: {mid: [key, files, key, files, ...]}}}`:
 * a 44-bit hash of the normalised line picks two small levels of buckets
 * (64 each, integer-string keys, which JSON lists in ascending order) and a
 * 32-bit key in a flat array of pairs sorted by key. So the JSON text is the
 * same whatever the merge order, a one-file summary merges into a large one by
 * copying only what it touches, and a line costs two numbers.
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
 * Copies of one story (wire copy syndicated to several sites) share all their
 * lines; each article also records the hash of its longest line as a body
 * fingerprint, and a line's count is reduced by the number of other copies of
 * the article, so a shared headline is not taken for a template.
 *
 * Without a corpus pass (one file, or `lintText` without `corpus`) the rule
 * is silent.
 *
 * @example Invalid (in 3 or more files of the run)
 *   The Harbour Courier: news for the Eastern Shore since 1887
 * @example Valid (in one file only)
 *   The harbour master said the ferry would resume on Monday.
 *
 * Fix (suggestion): removes the line and the blank line it leaves. Only a
 * suggestion: recurrence is evidence, not proof.
 */
import { excerpt, lineSpan, removeLineFix, type DocumentView, type Rule } from '../src/rule-kit/index.js';
import { normalizeForComparison } from './lib/line-key.js';

export interface TemplateLinesOptions {
  /** Least number of distinct files a line must occur in. */
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

/**
 * `hi -> mid -> [key, files, key, files, ...]`: two small levels of buckets
 * (integer-string keys 0..63, which every JS engine enumerates in ascending
 * order) over flat arrays of pairs sorted by key.
 */
type Leaf = number[];
type Buckets = Record<string, Record<string, Leaf>>;

export interface TemplateSummary {
  /** Files gathered. */
  files: number;
  buckets: Buckets;
}

/** 53-bit cyrb53 string hash, returned as its two 32-bit halves. */
function hash2(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

type Print = [hi: string, mid: string, key: number];

/** Where a normalised line is counted: 6 + 6 + 32 bits of its hash. */
export function fingerprint(normalised: string): Print {
  const [h1, h2] = hash2(normalised);
  return [String(h1 >>> 26), String((h1 >>> 20) & 63), h2];
}

const QUOTATION = /["“”„«»][^"“”„«»]*\S\s+\S+\s+\S[^"“”„«»]*["“”„«»]/;
const SPEECH = /\b(?:said|says|told|according to|quoted|stated)\b/i;

/**
 * The normalised form of a line if it may be template text, else undefined.
 * Digits become 0 so that "© 2023 Site" and "© 2024 Site" are one line.
 */
export function templateCandidate(text: string, o: TemplateLinesOptions): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length < o.minLength || trimmed.length > o.maxLength * 2) return undefined;
  const norm = normalizeForComparison(trimmed).replace(/\d+/g, '0');
  if (norm.length < o.minLength || norm.length > o.maxLength) return undefined;
  const words = norm.split(' ').length;
  if (words < o.minWords || words > o.maxWords) return undefined;
  if ((norm.match(/\p{L}/gu)?.length ?? 0) < 5) return undefined;
  if (!o.sentences && words >= o.sentenceWords && /[.!?]["')\]]?$/.test(norm)) return undefined;
  if (QUOTATION.test(trimmed) || SPEECH.test(norm)) return undefined;
  return norm;
}

/** The normalised longest line: the body fingerprint of an article. */
function bodyKey(doc: DocumentView): string | undefined {
  let longest = '';
  for (const line of doc.lines) if (line.text.length > longest.length) longest = line.text;
  const norm = normalizeForComparison(longest);
  return norm.length >= 80 ? `\u0000body\u0000${norm}` : undefined;
}

function emptySummary(): TemplateSummary {
  return { files: 0, buckets: {} };
}

function isSummary(value: unknown): value is TemplateSummary {
  const v = value as TemplateSummary;
  return !!v && typeof v.files === 'number' && !!v.buckets && typeof v.buckets === 'object';
}

/** The summary of one file: every print counted once. */
function single(prints: Print[]): TemplateSummary {
  prints.sort((x, y) => x[2] - y[2]);
  const buckets: Buckets = {};
  for (const [hi, mid, key] of prints) {
    const leaf = ((buckets[hi] ??= {})[mid] ??= []);
    if (leaf[leaf.length - 2] !== key) leaf.push(key, 1);
  }
  return { files: 1, buckets };
}

/** Merges two sorted pair arrays, adding the counts of equal keys. */
function mergeLeaf(a: Leaf, b: Leaf): Leaf {
  const out: Leaf = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ka = a[i]!;
    const kb = b[j]!;
    if (ka < kb) {
      out.push(ka, a[i + 1]!);
      i += 2;
    } else if (kb < ka) {
      out.push(kb, b[j + 1]!);
      j += 2;
    } else {
      out.push(ka, a[i + 1]! + b[j + 1]!);
      i += 2;
      j += 2;
    }
  }
  while (i < a.length) out.push(a[i]!, a[i + 1]!), (i += 2);
  while (j < b.length) out.push(b[j]!, b[j + 1]!), (j += 2);
  return out;
}

function mergeLevel<T>(a: Record<string, T>, b: Record<string, T>, both: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const k in b) out[k] = k in a ? both(a[k]!, b[k]!) : b[k]!;
  return out;
}

/**
 * Adds counts. Pure (inputs may share parts with the result but are never
 * changed), associative and commutative: the result, down to its JSON text,
 * does not depend on the order of merging. A one-file summary merges into a
 * large one by copying only the two small levels and the leaves it touches.
 */
export function mergeTemplateSummaries(a: TemplateSummary, b: TemplateSummary): TemplateSummary {
  const buckets = mergeLevel(a.buckets, b.buckets, (x, y) => mergeLevel(x, y, mergeLeaf));
  return { files: a.files + b.files, buckets };
}

function countOf(summary: TemplateSummary, [hi, mid, key]: Print): number {
  const leaf = summary.buckets[hi]?.[mid];
  if (!leaf) return 0;
  let lo = 0;
  let up = leaf.length / 2 - 1;
  while (lo <= up) {
    const m = (lo + up) >> 1;
    const k = leaf[2 * m]!;
    if (k === key) return leaf[2 * m + 1]!;
    if (k < key) lo = m + 1;
    else up = m - 1;
  }
  return 0;
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
        minFiles: { type: 'integer', minimum: 2 },
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
  },
  corpus: {
    collect(doc, options) {
      const prints: Print[] = [];
      for (const line of doc.lines) {
        const norm = templateCandidate(line.text, options);
        if (norm !== undefined) prints.push(fingerprint(norm));
      }
      const body = bodyKey(doc);
      if (body !== undefined) prints.push(fingerprint(body));
      return single(prints);
    },
    merge: mergeTemplateSummaries,
    empty: emptySummary,
  },
  check({ doc, options, corpus, report }) {
    if (!isSummary(corpus) || corpus.files < options.minFiles) return;
    const body = bodyKey(doc);
    // Other copies of this very article inflate every count by their number.
    const copies = body === undefined ? 0 : Math.max(0, countOf(corpus, fingerprint(body)) - 1);
    const needed = Math.max(options.minFiles, Math.ceil(options.minShare * corpus.files));
    for (const line of doc.lines) {
      const norm = templateCandidate(line.text, options);
      if (norm === undefined) continue;
      const files = countOf(corpus, fingerprint(norm)) - copies;
      if (files < needed) continue;
      const fix = removeLineFix(doc, line.index);
      report({
        message: `"${excerpt(line.text)}" occurs in ${files} of ${corpus.files} articles: site template residue, not article text.`,
        ...lineSpan(line),
        suggestions: [{ desc: 'Remove the line', fix }],
      });
    }
  },
};

export default rule;
