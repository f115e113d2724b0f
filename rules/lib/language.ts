/**
 * The document's language and its function words, for the line classifier.
 *
 * The language is detected once per document with `franc-min` (trigram
 * profiles, ISO 639-3 codes) on the document's longest lines — the prose, not
 * the menus. The function words come from the `stopword` package's list for
 * that language. A language without a list (or an undetermined one) gets the
 * document's own function words: the short words that recur across its long
 * lines, which in any language that separates words by spaces are articles,
 * prepositions and pronouns.
 */
import { franc } from 'franc-min';
import * as stopword from 'stopword';

/** Words the `stopword` package's English list lacks but that carry the same signal. */
const ENGLISH_SUPPLEMENT = [
  'she', 'hers', 'herself', 'its', 'itself', 'themselves', 'myself', 'yourself', 'ourselves', 'ours', 'yours', 'theirs',
  'not', 'no', 'nor', 'so', 'just', 'will', 'shall', 'whom', 'whose', 'why', 'does', 'doing', 'done', 'off', 'again',
  'once', 'few', 'own', 'until', 'against', 'above', 'below', 'down', 'during', 'also', 'even', 'yet', 'though',
  'although', 'whether', 'there', "it's", "that's", "he's", "she's", "isn't", "wasn't", "don't", "didn't",
  "doesn't", "can't", "won't", "we're", "they're", "i'm", "you're", "i've", "we've", "they've", 'per', 'upon',
  'onto', 'within', 'without', 'among', 'across', 'around', 'toward', 'towards', 'may', 'ago', 'than',
];

/** ISO 639-3 code → the `stopword` package's list. */
const LISTS: Readonly<Record<string, readonly string[]>> = {
  eng: [...stopword.eng, ...ENGLISH_SUPPLEMENT],
  deu: stopword.deu,
  fra: stopword.fra,
  spa: stopword.spa,
  ita: stopword.ita,
  por: stopword.por,
  nld: stopword.nld,
  pol: stopword.pol,
  dan: stopword.dan,
  swe: stopword.swe,
  nob: stopword.nob,
  fin: stopword.fin,
  ces: stopword.ces,
  slk: stopword.slk,
  hun: stopword.hun,
  ron: stopword.ron,
  rus: stopword.rus,
  ukr: stopword.ukr,
  tur: stopword.tur,
  cat: stopword.cat,
  hrv: stopword.hrv,
  slv: stopword.slv,
  ind: stopword.ind,
};

/** FNV-1a step. */
const fnv = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
export const FNV_START = 0x811c9dc5;

/** Hash of lower-cased ASCII `s` (upper case folded), as the word counter computes it while scanning. */
export function asciiLowerHash(s: string): number {
  let h = FNV_START;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = fnv(h, c);
  }
  return h;
}
export { fnv };

/**
 * A set of function words with a lookup for ASCII slices that makes no string.
 * The ASCII words sit in an open-addressing table of their hashes (typed
 * arrays, a quarter full): most words of a line are no function word and
 * end on an empty slot, with no boxed hash and no map.
 */
export class Vocabulary {
  readonly words: ReadonlySet<string>;
  /** Per slot: 1 + the index of its word in `ascii`, or 0 when empty. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly ascii: string[] = [];
  private readonly mask: number;
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) if (/^[\x00-\x7f]*$/.test(w)) this.ascii.push(w);
    let size = 64;
    while (size < 4 * this.ascii.length) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.ascii.forEach((w, k) => {
      const h = asciiLowerHash(w);
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = k + 1;
      this.hashes[slot] = h;
    });
  }
  has(lower: string): boolean {
    return this.words.has(lower);
  }
  /**
   * `has(s.slice(from, to).toLowerCase())` for ASCII `s[from, to)` whose
   * lower-cased hash is `h`. A typographic apostrophe (’ ‘) in `s` counts as
   * `'` (hashed as one too): the line classifier's word forms make it plain.
   */
  hasAscii(s: string, from: number, to: number, h: number): boolean {
    const n = to - from;
    for (let slot = h & this.mask, k = this.slots[slot]!; k !== 0; slot = (slot + 1) & this.mask, k = this.slots[slot]!) {
      if (this.hashes[slot] !== h) continue;
      const w = this.ascii[k - 1]!;
      if (w.length === n && sameLowerAscii(w, s, from)) return true;
    }
    return false;
  }
}

/** Whether `s` from `from` on, lower-cased with typographic apostrophes plain, begins with the lower-case ASCII `w`. */
function sameLowerAscii(w: string, s: string, from: number): boolean {
  for (let i = 0; i < w.length; i++) {
    let c = s.charCodeAt(from + i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019 || c === 0x2018) c = 39;
    if (c !== w.charCodeAt(i)) return false;
  }
  return true;
}

const built = new Map<string, Vocabulary>();

/** The function words of a language with a list (ISO 639-3), or undefined. */
export function vocabularyOf(lang: string): Vocabulary | undefined {
  const list = LISTS[lang];
  if (!list) return undefined;
  let v = built.get(lang);
  if (!v) built.set(lang, (v = new Vocabulary(list)));
  return v;
}

export const ENGLISH: Vocabulary = vocabularyOf('eng')!;

/** How much of the document franc reads: its longest lines, up to this many characters. */
const SAMPLE_CHARS = 4000;

/** The document's language (ISO 639-3) from its longest lines, or `und`. */
export function detectLanguage(lines: readonly string[]): string {
  // Only lines of 40+ characters can enter the sample: sort those alone.
  const longest = lines.filter((l) => l.length >= 40).sort((a, b) => b.length - a.length);
  // The sample is the longest lines, each followed by a newline, until it reaches SAMPLE_CHARS.
  let count = 0;
  for (let length = 0; count < longest.length && length < SAMPLE_CHARS; count++) length += longest[count]!.length + 1;
  // Every line of the sample is long enough: it is too short only when empty.
  if (count === 0) return 'und';
  // Joined rather than concatenated: one flat string, which the scan reads faster than a slice or a rope.
  const sample = [...longest.slice(0, count), ''].join('\n');
  return plainlyEnglish(sample) ? 'eng' : franc(sample.slice(0, SAMPLE_CHARS), { minLength: 40 });
}

/**
 * English prose shows itself without franc, which costs more than parsing the
 * document: in Latin script, English function words are about half of its
 * words, and at most a sixth in any other language of the development pages
 * (crop15, page, multilingual), where this test and franc agree on every page.
 */
const ENGLISH_SHARE = 0.3;
const FAST_SAMPLE_CHARS = 2048;
export function plainlyEnglish(sample: string): boolean {
  // The head of the sample is read in place: a slice of it would be slower to scan.
  const n = Math.min(sample.length, FAST_SAMPLE_CHARS);
  return plainlyEnglishAscii(sample, n) ?? plainlyEnglishByDefinition(sample.slice(0, n));
}

/**
 * Whether `c` is a character above ASCII that is no letter or number and has
 * no case, of those English prose uses: Latin-1 signs and general punctuation
 * (typographic quotes, dashes, spaces). Text of ASCII and these lower-cases
 * and splits into words as ASCII does.
 */
export function isPlainSymbol(c: number): boolean {
  if (c < 0xc0) return c >= 0x80 && c !== 0xaa && c !== 0xb2 && c !== 0xb3 && c !== 0xb5 && c !== 0xb9 && c !== 0xba && !(c >= 0xbc && c <= 0xbe);
  return c >= 0x2000 && c <= 0x206f;
}

/**
 * `plainlyEnglishByDefinition` of `s.slice(0, n)` when its only letters are
 * ASCII ones (typographic quotes and dashes allowed), in one scan with the
 * function words looked up by hash; undefined for any other text. Its letters
 * all being ASCII, the test is only the share of function words.
 */
function plainlyEnglishAscii(s: string, n: number): boolean | undefined {
  let words = 0;
  let english = 0;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    if (!isAsciiLetter(c)) {
      if (c >= 128 && !isPlainSymbol(c)) return undefined;
      i++;
      continue;
    }
    // A word: letters, and once an apostrophe followed by letters.
    const from = i;
    let h = FNV_START;
    let apostrophe = false;
    for (;;) {
      const d = i < n ? s.charCodeAt(i) : 0;
      if (isAsciiLetter(d)) h = fnv(h, d | 32);
      else if (d === 39 && !apostrophe && i + 1 < n && isAsciiLetter(s.charCodeAt(i + 1))) {
        apostrophe = true;
        h = fnv(h, d);
      } else break;
      i++;
    }
    words++;
    if (ENGLISH.hasAscii(s, from, i, h)) english++;
  }
  return english >= ENGLISH_SHARE * words && words > 0;
}

/** `(c >= 97 && c <= 122) || (c >= 65 && c <= 90)` in one comparison: setting bit 5 folds A–Z onto a–z and no other code. */
const isAsciiLetter = (c: number): boolean => ((c | 32) - 97) >>> 0 < 26;

/** The test itself: function words among the words of `head`, most of whose letters are ASCII. */
export function plainlyEnglishByDefinition(head: string): boolean {
  const words = head.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu);
  if (!words) return false;
  let letters = 0;
  let ascii = 0;
  let english = 0;
  for (const w of words) {
    letters += w.length;
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) < 128) ascii++;
    if (ENGLISH.has(w)) english++;
  }
  return ascii >= 0.9 * letters && english >= ENGLISH_SHARE * words.length;
}

/** A long line, for the document's own function words. */
const LONG_LINE_WORDS = 10;
const OWN_WORDS = 40;

/**
 * The document's own function words: short words (at most four letters) in
 * at least three long lines and in a fifth of them, most widespread first.
 */
export function documentFunctionWords(lines: readonly string[]): Vocabulary {
  const spread = new Map<string, number>();
  let long = 0;
  for (const l of lines) {
    const words = l.toLowerCase().split(/\s+/);
    if (words.length < LONG_LINE_WORDS) continue;
    long++;
    for (const w of new Set(words.map((x) => x.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')))) {
      if (w !== '' && [...w].length <= 4) spread.set(w, (spread.get(w) ?? 0) + 1);
    }
  }
  const min = Math.max(3, long / 5);
  const top = [...spread].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1]).slice(0, OWN_WORDS);
  return new Vocabulary(top.map(([w]) => w));
}

/** The function words to judge a document's lines by. */
export function documentVocabulary(lines: readonly string[]): { lang: string; vocabulary: Vocabulary } {
  const lang = detectLanguage(lines);
  return { lang, vocabulary: vocabularyOf(lang) ?? documentFunctionWords(lines) };
}
