/**
 * Context-sensitive boilerplate detection on plain text, after jusText
 * (Pomikálek 2011), which does it on HTML blocks: every line gets a class from
 * its shape alone (length in words, stopword density, terminal punctuation,
 * share of capitalised words, separators), the article body is located as the
 * densest run of sentence-like lines, and the lines the shape leaves open are
 * classified by their zone (above the headline, between headline and body,
 * inside the body, after it) and by their neighbours.
 *
 * Everything is a handful of linear passes over the lines; no regular
 * expression here can backtrack super-linearly.
 */
import type { DocumentView } from '../../src/rule-kit/index.js';
import { lineInfos, nextNonBlank, type LineInfo } from './residue-lines.js';
import { documentVocabulary, ENGLISH, FNV_START, fnv, isPlainSymbol, type Vocabulary } from './language.js';

/** The attribution under an embedded post or quote: "— Name (@handle) November 18, 2019". */
/** A caption that ends in its credit: "... (Reuters)", "... (Photo: AP)", "... (Name/Agency)". */
const CREDIT_END = /\((?:[^()]*\/[^()]*|[^()]*\b(?:photos?|image|credit|pictures?|getty|reuters|afp|ap|epa|file)\b[^()]*)\)$/i;
const ATTRIBUTION = /^\s*[—–―-]{1,2}\s?\p{Lu}/u;

/** Whether a line reads like the attribution under an embedded post or quote. */
export function isAttribution(text: string): boolean {
  return ATTRIBUTION.test(text);
}

/** Shape class of one line. */
export type ShapeClass =
  /** Blank line. */
  | 'blank'
  /** Reads like running text: several words, stopword-rich, ends a sentence (or is long). */
  | 'good'
  /** Medium length, some stopwords: may be text, may be a teaser or a caption. */
  | 'near'
  /** Few words: a heading, a label, a menu item, a name. Decided by context. */
  | 'short'
  /** Words without glue: menus run together, link lists, keyword strings. */
  | 'bad';

export interface LineShape {
  cls: ShapeClass;
  words: number;
  /** Share of the line's words that are stopwords. */
  stop: number;
  /** Ends like a sentence: `.`, `!`, `?`, `…`, optionally followed by a closing quote or bracket. */
  sentenceEnd: boolean;
  /** Share of the line's non-stopword words that start with a capital letter. */
  caps: number;
  /** Has a list separator between words (`|`, `•`, ` / `, ` > `). */
  separators: boolean;
  /** Share of the line's characters other than spaces that are ASCII digits. */
  digits: number;
}

const SEPARATOR = /\s[|•·>»›\/]\s|\s\|\S|\S\|\s/;
const STRIP = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** Lower-case letter right before an upper-case one inside a word: "ProgramsCloud", "FacebookTwitter". */
const GLUED = /\p{Ll}\p{Lu}\p{Ll}/u;

/** One word of a line, as `lineShape` counts it (the general path, for words with non-ASCII characters). */
function countWordSlow(w: string, acc: WordCounts, vocabulary: Vocabulary): void {
  const t = w.replace(STRIP, '');
  if (t === '') return;
  acc.words++;
  const lower = t.toLowerCase().replace(/[’‘]/g, "'");
  if (vocabulary.has(lower)) {
    acc.stop++;
    return;
  }
  if (!/\p{L}/u.test(t)) return;
  acc.content++;
  if (/^\p{Lu}/u.test(t)) acc.capital++;
  if (t.length > 6 && GLUED.test(t)) acc.glued++;
}

interface WordCounts {
  words: number;
  stop: number;
  content: number;
  capital: number;
  glued: number;
}

/** What `scanLine` counts: the words as `countWordSlow` does, and two facts about the characters. */
interface LineCounts extends WordCounts {
  /** Characters of Chinese, Japanese and Korean script. */
  cjk: number;
  /** Whether a character SEPARATOR needs (`|`, `•`, `·`, `>`, `»`, `›`, `/`) occurs: without one it cannot match. */
  separatorChar: boolean;
  /** Characters other than spaces, and ASCII digits among them. */
  nonSpace: number;
  digits: number;
}

const isCjk = (c: number): boolean => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
const isAsciiSeparator = (c: number): boolean => c === 124 || c === 62 || c === 47;

/**
 * Counts the words of `core.split(' ')` as `countWordSlow` would one by one,
 * in one pass that also counts the characters `lineShape` asks about. A word
 * of ASCII and plain symbols (typographic quotes and dashes around it, a
 * typographic apostrophe inside it) is counted without regular expressions
 * or intermediate strings; any other word takes `countWordSlow`. The line is
 * `core = s.slice(start, end)`, read in place.
 */
function scanLine(s: string, start: number, end: number, vocabulary: Vocabulary): LineCounts {
  const acc: LineCounts = { words: 0, stop: 0, content: 0, capital: 0, glued: 0, cjk: 0, separatorChar: false, nonSpace: 0, digits: 0 };
  let spaces = 0;
  let from = start;
  // State of the current word.
  let slow = false; // the word takes countWordSlow
  let symbol = false; // a plain symbol (not an apostrophe) since the last letter or digit
  let a = -1; // first letter or digit
  let b = -1; // just after the last letter or digit
  let h = FNV_START; // hash of s[a, i), lower-cased, apostrophes plain
  let hb = FNV_START; // hash of s[a, b)
  let hasLetter = false;
  let glued = false;
  let prev1 = 0; // class of the previous two characters: 0 other, 1 lower, 2 upper
  let prev2 = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? s.charCodeAt(i) : 32;
    if (c === 32) {
      if (i < end) spaces++;
      if (i > from) {
        if (slow) countWordSlow(s.slice(from, i), acc, vocabulary);
        else if (a !== -1) {
          acc.words++;
          if (vocabulary.hasAscii(s, a, b, hb)) acc.stop++;
          else if (hasLetter) {
            acc.content++;
            const first = s.charCodeAt(a);
            if (first >= 65 && first <= 90) acc.capital++;
            if (glued && b - a > 6) acc.glued++;
          }
        }
      }
      from = i + 1;
      slow = symbol = hasLetter = glued = false;
      a = b = -1;
      h = hb = FNV_START;
      prev1 = prev2 = 0;
      continue;
    }
    if (c >= 128) {
      if (c >= 0x3040) {
        if (isCjk(c)) acc.cjk++;
      } else if (c === 0xb7 || c === 0xbb || c === 0x2022 || c === 0x203a) acc.separatorChar = true;
      if (slow) continue;
      if (!isPlainSymbol(c)) {
        slow = true;
        continue;
      }
      // Neither letter nor digit: stripped at the word's ends; inside it only an apostrophe keeps the fast path.
      if (a !== -1) {
        const apostrophe = c === 0x2019 || c === 0x2018;
        if (!apostrophe) symbol = true;
        h = fnv(h, apostrophe ? 39 : c);
      }
      prev2 = prev1;
      prev1 = 0;
      continue;
    }
    if (slow) {
      if (c >= 48 && c <= 57) acc.digits++;
      else if (isAsciiSeparator(c)) acc.separatorChar = true;
      continue;
    }
    let cls = 0;
    let lower = c;
    if (c >= 97 && c <= 122) cls = 1;
    else if (c >= 65 && c <= 90) {
      cls = 2;
      lower = c + 32;
    }
    const digit = cls === 0 && c >= 48 && c <= 57;
    if (digit) acc.digits++;
    const alnum = cls !== 0 || digit;
    if (alnum) {
      if (symbol) {
        slow = true;
        continue;
      }
      if (a === -1) a = i;
    } else if (isAsciiSeparator(c)) acc.separatorChar = true;
    if (a !== -1) {
      h = fnv(h, lower);
      if (alnum) {
        b = i + 1;
        hb = h;
      }
    }
    if (cls === 2) hasLetter = true;
    else if (cls === 1) {
      hasLetter = true;
      // GLUED: lower, upper, lower.
      if (prev1 === 2 && prev2 === 1) glued = true;
    }
    prev2 = prev1;
    prev1 = cls;
    if (cls === 1) {
      // The rest of a run of lower-case letters (most characters) adds only to the hash and moves the word's end.
      let j = i + 1;
      for (let d = j < end ? s.charCodeAt(j) : 0; d >= 97 && d <= 122; d = ++j < end ? s.charCodeAt(j) : 0) h = fnv(h, d);
      if (j > i + 1) {
        i = j - 1;
        b = j;
        hb = h;
        prev2 = 1;
      }
    }
  }
  acc.nonSpace = end - start - spaces;
  return acc;
}

/** `/[.!?…]["”’'»)\]]*$/.test(s)`, read from the end. */
function sentenceEnd(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0) {
    const c = s.charCodeAt(i);
    // ["”’'»)\]]
    if (c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 0xbb || c === 41 || c === 93) i--;
    else return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
  }
  return false;
}

/** Whether `s` has a character SEPARATOR needs (`|`, `•`, `·`, `>`, `»`, `›`, `/`): without one it cannot match. */
function mayHaveSeparator(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 124 || c === 0x2022 || c === 0xb7 || c === 62 || c === 0xbb || c === 0x203a || c === 47) return true;
  }
  return false;
}

/**
 * The shape of a line. `s` and `start`: where `info.core` stands in a flat
 * string, to read it from (`analyse` reads every line from one joined copy:
 * a line is a slice of the document, slower to read character by character).
 */
export function lineShape(info: LineInfo, vocabulary: Vocabulary = ENGLISH, s: string = info.core, start = 0): LineShape {
  if (info.words === 0) return { cls: 'blank', words: 0, stop: 0, sentenceEnd: false, caps: 0, separators: false, digits: 0 };
  const core = info.core;
  const acc = scanLine(s, start, start + core.length, vocabulary);
  if (acc.cjk >= 4) {
    // Scripts without spaces between words: about two characters a word, and no
    // vocabulary: sentence punctuation stands in for the function words.
    acc.words = Math.max(acc.words, Math.round(acc.cjk / 2));
    acc.stop = sentenceEnd(core) || /[，、]/u.test(core) ? acc.words * 0.25 : 0;
    acc.content = 0;
  }
  const { words, stop, content, capital, glued } = acc;
  const shape: LineShape = {
    cls: 'short',
    words,
    stop: words ? stop / words : 0,
    sentenceEnd: sentenceEnd(info.core),
    caps: content ? capital / content : 0,
    // The marks `core` lacks are at the ends of `text`.
    separators: (acc.separatorChar || (info.text.length !== core.length && mayHaveSeparator(info.text))) && SEPARATOR.test(info.text),
    digits: acc.nonSpace ? acc.digits / acc.nonSpace : 0,
  };
  if (words === 0) shape.cls = 'bad';
  else if ((glued >= 2 && glued * 3 >= words) || (shape.separators && shape.stop < 0.2 && !shape.sentenceEnd)) shape.cls = 'bad';
  else if (
    (shape.sentenceEnd && ((words >= 8 && shape.stop >= 0.2) || (words >= 15 && shape.stop >= 0.12))) ||
    (words >= 20 && shape.stop >= 0.3)
  )
    shape.cls = 'good';
  else if ((words >= 5 && shape.stop >= 0.15) || (words >= 4 && shape.sentenceEnd)) shape.cls = 'near';
  return shape;
}

/** Lines the pattern rules' findings already mark as furniture (by line index). */
export function explicitResidue(doc: DocumentView, findings: readonly { start: number; end: number }[]): Uint8Array {
  const flagged = new Uint8Array(doc.lines.length);
  for (const d of findings) {
    const a = doc.lineAt(d.start);
    const b = doc.lineAt(Math.max(d.start, d.end - 1));
    for (let i = a; i <= b; i++) flagged[i] = 1;
  }
  return flagged;
}

/**
 * Lines of a list the article announces: the short lines right after a line
 * that ends in a colon ("The plan covers:"), up to the next blank or prose line.
 */
export function announcedList(infos: readonly LineInfo[], shapes: readonly LineShape[]): Uint8Array {
  const list = new Uint8Array(infos.length);
  for (let i = 0; i + 1 < infos.length; i++) {
    if (!infos[i]!.core.endsWith(':') || shapes[i]!.cls === 'blank') continue;
    for (let k = i + 1; k < infos.length && (shapes[k]!.cls === 'short' || shapes[k]!.cls === 'near'); k++) list[k] = 1;
  }
  return list;
}

/** Where a line sits relative to the article. */
export type Zone = 'above' | 'between' | 'inside' | 'below' | 'nowhere';

export function zoneOf(a: Analysis, i: number): Zone {
  if (!a.body) return 'nowhere';
  if (i < a.body[0]) return a.headline >= 0 && i > a.headline ? 'between' : 'above';
  return i > a.body[1] ? 'below' : 'inside';
}

export interface Analysis {
  shapes: LineShape[];
  /** First and last line of the article body (inclusive), or undefined when there is no body. */
  body: [number, number] | undefined;
  headline: number;
  /** Per line: 1 for the headline and the lines that hold a copy of it. */
  headlineCopy: Uint8Array;
  /** Per line: 1 when the line is residue by context. */
  residue: Uint8Array;
  /** Why a line was flagged (for messages). */
  reason: (string | undefined)[];
}

/**
 * Score of a line for the body search: its text mass (words) for prose, a cost for
 * everything else. A line of known furniture costs about one sentence of text, so
 * the body runs on across an ad label or a caption inside the story but not across
 * a box of teasers, credits and time stamps.
 */
const COST_FURNITURE = 18;
const COST_SHORT = 10;
const COST_NEAR = 2;
const GAIN_NEAR_SENTENCE = 2;
const MAX_GAIN = 60;
function bodyScore(s: LineShape, pinned: boolean): number {
  if (pinned) return -COST_FURNITURE;
  switch (s.cls) {
    case 'blank':
      return 0;
    case 'good':
      return Math.min(s.words, MAX_GAIN);
    case 'near':
      return s.sentenceEnd ? GAIN_NEAR_SENTENCE : -COST_NEAR;
    case 'short':
      return -COST_SHORT;
    case 'bad':
      return -COST_FURNITURE;
  }
}

/** Share of a headline's content words the article's text must take up. */
const ECHOED_SHARE = 0.5;
/** Article lines read for the words a headline shares with its story. */
const ECHO_LINES = 40;

/** Whether a character code is part of a word for the headline echo: a letter or digit (any non-punctuation character above Latin-1's symbols). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f);
}

/** Words of at least four characters that are not function words, lower-cased (one pass, no regular expression). */
function contentWords(core: string, vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  const lower = core.toLowerCase();
  for (let i = 0; i <= lower.length; ) {
    while (i < lower.length && !isWordChar(lower.charCodeAt(i))) i++;
    let j = i;
    while (j < lower.length && lower.charCodeAt(j) !== 32) j++;
    let end = j;
    while (end > i && !isWordChar(lower.charCodeAt(end - 1))) end--;
    if (end - i >= 4) {
      const w = lower.slice(i, end);
      if (!vocabulary.has(w)) out.push(w);
    }
    i = j + 1;
  }
  return out;
}

/**
 * Whether the first lines of the body hold a content word (as `contentWords`
 * splits them): each word the headline candidates ask about is searched for
 * once, instead of listing every word of the body.
 */
function bodyWordTest(infos: readonly LineInfo[], from: number, to: number): (word: string) => boolean {
  const lines: string[] = [];
  for (let i = from; i <= to && lines.length < ECHO_LINES; i++) if (infos[i]!.words > 0) lines.push(infos[i]!.core);
  // Lower-cased and searched as one text: a word has no space, so no occurrence of it spans the space between two lines.
  let lower: string | undefined;
  const known = new Map<string, boolean>();
  return (word) => {
    let found = known.get(word);
    if (found === undefined) known.set(word, (found = holdsWord((lower ??= lines.join(' ').toLowerCase()), word)));
    return found;
  };
}

/**
 * Whether `word` (starting and ending with a word character) is one of the
 * words `contentWords` reads in lower-cased text: an occurrence with only
 * non-word characters between it and the spaces around it.
 */
function holdsWord(lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    let i = at - 1;
    while (i >= 0 && lower.charCodeAt(i) !== 32 && !isWordChar(lower.charCodeAt(i))) i--;
    if (i >= 0 && lower.charCodeAt(i) !== 32) continue;
    let j = at + word.length;
    while (j < lower.length && lower.charCodeAt(j) !== 32 && !isWordChar(lower.charCodeAt(j))) j++;
    if (j === lower.length || lower.charCodeAt(j) === 32) return true;
  }
  return false;
}

/** Share of a line's content words (two or more) that the article's words include. */
function echoedShare(core: string, isBodyWord: (word: string) => boolean, vocabulary: Vocabulary): number {
  const words = contentWords(core, vocabulary);
  if (words.length < 2) return 0;
  let shared = 0;
  for (const w of words) if (isBodyWord(w)) shared++;
  return shared / words.length;
}

/**
 * A line's letters and digits, lower-cased, in runs joined by one space: the
 * key on which a headline and its copies ("Headline | Site", a quoted or
 * upper-case copy) compare.
 */
export function titleKey(text: string): string {
  return plainTitleKey(text) ?? text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** `titleKey` of a text of ASCII and plain symbols, whose letters and digits are ASCII ones, without a regular expression; undefined for any other text. */
function plainTitleKey(text: string): string | undefined {
  let key = '';
  let run = -1; // start of the current run of letters and digits
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      if (run === -1) run = i;
      continue;
    }
    if (c >= 128 && !isPlainSymbol(c)) return undefined;
    if (run !== -1) {
      key += key === '' ? text.slice(run, i) : ` ${text.slice(run, i)}`;
      run = -1;
    }
  }
  return key.toLowerCase();
}

/** Whether line `i` is the headline or holds a copy of it (the page title, a breadcrumb). */
export function isHeadlineCopy(a: Analysis, i: number): boolean {
  return a.headlineCopy[i] === 1;
}

/**
 * The headline and the lines that hold a copy of it. Only lines at least as
 * long that contain each of its words (a line of the body often has its
 * longest one) are compared by `titleKey`.
 */
function headlineCopies(infos: readonly LineInfo[], headline: number): Uint8Array {
  const copies = new Uint8Array(infos.length);
  if (headline < 0) return copies;
  copies[headline] = 1;
  const key = titleKey(infos[headline]!.text);
  // Longest first: the word fewest lines hold.
  const keyWords = [...new Set(key.split(' '))].sort((a, b) => b.length - a.length);
  if (keyWords[0] === '') return copies;
  const words = infos[headline]!.words;
  const length = key.length;
  for (let i = 0; i < infos.length; i++) {
    const x = infos[i]!;
    if (i === headline || x.words < words || x.text.length < length || !keyWords.every((w) => x.lower.includes(w))) continue;
    if (titleKey(x.text).includes(key)) copies[i] = 1;
  }
  return copies;
}

function isProse(s: LineShape): boolean {
  return s.cls === 'good' || (s.cls === 'near' && s.sentenceEnd);
}

export function analyse(doc: DocumentView, pinned: Uint8Array): Analysis {
  const infos = lineInfos(doc);
  const n = infos.length;
  const { vocabulary } = documentVocabulary(infos.map((x) => x.text));
  const cores = infos.map((x) => x.core).join('\n');
  let at = 0;
  const shapes = infos.map((x) => {
    const shape = lineShape(x, vocabulary, cores, at);
    at += x.core.length + 1;
    return shape;
  });
  const residue = new Uint8Array(n);
  const reason: (string | undefined)[] = new Array(n).fill(undefined);

  // 1. The body: the maximum-sum run of line scores (Kadane), linear.
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const sc = bodyScore(shapes[i]!, pinned[i] === 1);
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += sc;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  // No article-like text at all (a list, a one-liner, a menu page): say nothing.
  if (bestStart < 0 || best < 20) return { shapes, body: undefined, headline: -1, headlineCopy: new Uint8Array(n), residue, reason };
  while (shapes[bestStart]!.cls === 'blank') bestStart++;

  // 2. The headline: the nearest title-like line above the body (not a byline, not a
  // caption ending in its credit, not a sentence) whose words the article takes up;
  // failing that the nearest title-like line; names and labels of two or three words
  // (an outlet, an author, a score line) only when no longer line qualifies.
  let isBodyWord: ((word: string) => boolean) | undefined;
  let headline = -1;
  let echoed = -1;
  let fallback = -1;
  for (let i = bestStart - 1, seen = 0; i >= 0 && seen < 12; i--) {
    const s = shapes[i]!;
    if (s.cls === 'blank') continue;
    seen++;
    // A headline is short; a line of 20+ words above the body is a standfirst.
    if (pinned[i] || s.cls === 'bad' || s.words > 20) continue;
    const core = infos[i]!.core;
    if (/[.:]$/.test(core) || /^(?:[\p{L}]+ )?by\b/iu.test(core) || CREDIT_END.test(infos[i]!.text)) continue;
    if (s.words >= 3 && echoed < 0 && echoedShare(core, (isBodyWord ??= bodyWordTest(infos, bestStart, bestEnd)), vocabulary) >= ECHOED_SHARE) echoed = i;
    if (s.words >= 5 && headline < 0) headline = i;
    if (s.words >= 3 && fallback < 0) fallback = i;
  }
  if (echoed >= 0) headline = echoed;
  else if (headline < 0) headline = fallback;

  // 3. Zones.
  const flag = (i: number, why: string) => {
    if (pinned[i] || shapes[i]!.cls === 'blank') return;
    residue[i] = 1;
    reason[i] = why;
  };
  // Above the body, a run of two or more sentences is the story's opening that a box
  // (a sign-up form, a gallery) cut off from the rest, not a standfirst: keep it.
  const keep = new Uint8Array(n);
  for (let i = Math.max(0, headline + 1); i < bestStart; ) {
    let j = i;
    let good = 0;
    let mass = 0;
    for (let k = i; k < bestStart && !pinned[k] && isProse(shapes[k]!); k = nextNonBlank(infos, k)) {
      j = k;
      if (shapes[k]!.cls === 'good') good++;
      mass += shapes[k]!.words;
      if (nextNonBlank(infos, k) === -1) break;
    }
    if (good >= 2 && mass >= 30) keep.fill(1, i, j + 1);
    i = j + 1;
  }
  const headlineCopy = headlineCopies(infos, headline);
  for (let i = 0; i < bestStart; i++) {
    if (keep[i] || headlineCopy[i]) continue;
    flag(i, i < headline || headline < 0 ? 'page furniture above the headline' : 'page furniture between the headline and the article');
  }
  // The body's last paragraph may be a short sentence ("The film is out on DVD.") or the
  // attribution of an embedded post ("— Name (@handle) November 18, 2019"): take them in
  // while they follow directly.
  let end = bestEnd;
  for (let k = nextNonBlank(infos, end); k !== -1 && !pinned[k]; k = nextNonBlank(infos, k)) {
    const s = shapes[k]!;
    const leadIn = /:$/.test(infos[k]!.core) && s.cls !== 'bad';
    if (!(isProse(s) || leadIn || isAttribution(infos[k]!.text))) break;
    end = k;
    if (leadIn) break;
  }
  // A short stretch after that which holds a sentence is the story's end behind a
  // small box ("Match stats" and two figures) or a known piece of furniture of a
  // line or two (an ad label): the box goes, the paragraph after it stays.
  {
    let last = -1;
    let count = 0;
    let furniture = 0;
    for (let k = nextNonBlank(infos, end); k !== -1 && count < 6 && furniture <= 2; k = nextNonBlank(infos, k)) {
      count++;
      if (pinned[k]) furniture++;
      else if (shapes[k]!.cls === 'good') last = k;
    }
    if (last >= 0) end = last;
  }
  // A body that ends announcing a list ("The requirements are:") goes on through it.
  if (/:$/.test(infos[end]!.core)) {
    while (end + 1 < n && !pinned[end + 1] && shapes[end + 1]!.cls !== 'bad') end++;
  }
  // After the body: page furniture, but only where the page shows some (a line the
  // pattern rules know). A clean article may end
  // with a contact line or a note that looks like nothing else.
  let evidence = false;
  for (let i = end + 1; i < n && !evidence; i++) evidence = pinned[i] === 1;
  if (evidence) for (let i = end + 1; i < n; i++) flag(i, 'page furniture after the article');
  return { shapes, body: [bestStart, end], headline, headlineCopy, residue, reason };
}
