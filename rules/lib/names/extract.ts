/**
 * Mention extraction from the document's NLCST tree (retext-english), as
 * flattened by the sentence analysis (`paragraphs`, walked once per document): words
 * split into parts at hyphens, possessives stripped, then maximal runs of
 * capitalised words (with particles such as al-, bin, von, de) become
 * mentions. Sentence-initial familiar words ("Another Hamas official") are
 * dropped, all-caps lines are skipped, title-case lines and quoted titles are
 * kept apart so that their capitals are not taken for names. Linear in the
 * length of the text.
 */
import { isSpace, type DocumentView } from '../../../src/rule-kit/index.js';
import { paragraphs, SPACE, WORD, type WordChild } from '../sentences/analysis.js';
import { foldPart, HONORIFICS, isFamiliarWord, nameKey, PARTICLES } from './text.js';

export interface Part {
  text: string;
  fold: string;
  start: number;
  end: number;
  /** Separator before the part: '' for the first part of a word, '-' inside a hyphenated word. */
  sep: '' | '-';
  cap: boolean;
  /** Entirely upper case and at least two letters (an acronym or a shouted word). */
  upper: boolean;
}

export interface Word {
  index: number;
  parts: Part[];
  start: number;
  end: number;
  possessive: boolean;
  /** First word of a sentence, a line or a quotation. */
  initial: boolean;
  line: number;
  /** Only a single space (no newline, no punctuation) separates it from the next word. */
  joinNext: boolean;
  /** URL, handle, number, abbreviation with dots: never part of a name. */
  blocked: boolean;
}

export interface Mention {
  parts: Part[];
  /** Separator before each part: ' ' between words, '-' inside a word, '' for the first. */
  seps: string[];
  start: number;
  end: number;
  /** Index of the word holding the first part / last part. */
  firstWord: number;
  lastWord: number;
  initial: boolean;
  line: number;
  display: string;
  key: string;
  /** On a title-case heading line or inside a quoted title: capitals are not evidence of a name. */
  excluded: boolean;
}

export interface LineInfo {
  heading: boolean;
  titleCase: boolean;
  shouting: boolean;
}

export interface Extraction {
  /**
   * Words that may belong to a name, in order. Plain lowercase words (one
   * run of ASCII letters a–z, not a particle) and numbers (see `isNumberAt`)
   * are never materialised: their place is kept by `index` (see `WordTable`).
   */
  words: Word[];
  mentions: Mention[];
  lines: LineInfo[];
  /**
   * Folded words seen starting with a lowercase letter somewhere in the text.
   * Only asked about folds of parts of materialised words, so a plain word is
   * put in only when it is the fold of some materialised part.
   */
  lowercase: Set<string>;
}

/**
 * Every word of the last extracted document, plain ones included, by word
 * index: offsets, FLAG_* bits and the position in `Extraction.words` (-1 for a
 * plain word). Scratch storage shared by all documents: valid only until the
 * next extraction.
 */
export interface WordTable {
  count: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  rich: Int32Array;
}

const table: WordTable = { count: 0, start: new Int32Array(4096), end: new Int32Array(4096), flags: new Uint8Array(4096), rich: new Int32Array(4096) };

function growTable(): void {
  const n = table.start.length * 2;
  const start = new Int32Array(n);
  start.set(table.start);
  const end = new Int32Array(n);
  end.set(table.end);
  const flags = new Uint8Array(n);
  flags.set(table.flags);
  const rich = new Int32Array(n);
  rich.set(table.rich);
  table.start = start;
  table.end = end;
  table.flags = flags;
  table.rich = rich;
}

export const FLAG_BLOCKED = 1;
export const FLAG_JOIN_NEXT = 2;

const BLOCKED_SPANS = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_.-]+/gu;

export function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

function isUpper(text: string): boolean {
  if (text.length < 2) return false;
  // ASCII: some A–Z and no a–z (upper-casing ASCII changes exactly a–z).
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return /\p{Lu}/u.test(text) && text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

function isParticle(part: Part): boolean {
  return !part.cap && PARTICLES.has(part.fold);
}

function blockedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // `/[@#]|https?:|www\./`: a few scans for a character or word are cheaper than one for the alternation.
  if (!(text.includes('@') || text.includes('#') || text.includes('http:') || text.includes('https:') || text.includes('www.'))) return out;
  for (const m of text.matchAll(BLOCKED_SPANS)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** `/^[-‐‑]$/` */
function isHyphen(value: string): boolean {
  if (value.length !== 1) return false;
  const c = value.charCodeAt(0);
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** `/^['’ʼ]$/` */
function isApostrophe(value: string): boolean {
  if (value.length !== 1) return false;
  const c = value.charCodeAt(0);
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

/** `/[“"‘'(\[:—–-]$/` */
function endsWithOpener(value: string): boolean {
  if (value.length === 0) return false;
  const c = value.charCodeAt(value.length - 1);
  return c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40 || c === 91 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45;
}

/** `/\d/` (ASCII digits). */
function hasDigit(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Bit filter on (length, first, last character) of a string: equal strings share a bit. */
const FILTER_BITS = 1 << 14;
function filterKey(s: string): number {
  return ((s.length & 15) << 10) | ((s.charCodeAt(0) & 31) << 5) | (s.charCodeAt(s.length - 1) & 31);
}
const PARTICLE_FILTER = new Uint8Array(FILTER_BITS);
for (const p of PARTICLES) PARTICLE_FILTER[filterKey(p)] = 1;
/** Scratch: the distinct folds of materialised parts of one document, by `filterKey` (cleared after use). */
const foldsByKey: Array<string[] | undefined> = new Array(FILTER_BITS).fill(undefined);

/**
 * `filterKey(text.slice(start, end))` without making the string: reading the
 * document's one string in order is cheaper than touching every word's own.
 */
function filterKeyAt(text: string, start: number, end: number): number {
  return (((end - start) & 15) << 10) | ((text.charCodeAt(start) & 31) << 5) | (text.charCodeAt(end - 1) & 31);
}

/** `text.slice(start, end) === s`, without making the string. */
function equalsAt(text: string, start: number, end: number, s: string): boolean {
  if (end - start !== s.length) return false;
  for (let i = 0; i < s.length; i++) if (text.charCodeAt(start + i) !== s.charCodeAt(i)) return false;
  return true;
}

/** `text.slice(start, end)` is only ASCII lowercase letters, at least one. */
function isAsciiLowerAt(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * `text.slice(start, end)` is a number written with digits and `.,:` only ("2025", "4.5", "12:30"):
 * a word that would be blocked, has no capital and no hyphen or apostrophe, so it is never materialised.
 */
function isNumberAt(text: string, start: number, end: number): boolean {
  const c0 = text.charCodeAt(start);
  if (!(c0 >= 48 && c0 <= 57)) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 44 || c === 58)) return false;
  }
  return true;
}

/** `/^\p{Ll}/u` */
function startsLowercase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(text);
}

/** White space at `[start, end)` of at most two characters, no newline (read from the document's string, not the token's). */
function isShortSpace(text: string, start: number, end: number): boolean {
  if (end - start > 2) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) return false;
  return true;
}

/** Terminal characters of `/[.!?…:;,"”’)\]]$/`. */
function isHeadingStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59 || c === 44 || c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

interface Collected {
  words: Word[];
  lowercase: Set<string>;
  /** Per line: words counted, words of 4+ characters, of which capitalised, all-caps words (scratch: see `lineCounts`). */
  total: Int32Array;
  long: Int32Array;
  longCap: Int32Array;
  upper: Int32Array;
}

/** Scratch per-line counters shared by all documents (allocating four arrays per document costs more than clearing them). */
let lineScratch = new Int32Array(4 * 1024);

/** Four zeroed per-line counters for `nLines` lines, views of `lineScratch`. */
function lineCounts(nLines: number): [Int32Array, Int32Array, Int32Array, Int32Array] {
  if (lineScratch.length < 4 * nLines) lineScratch = new Int32Array(4 * nLines);
  else lineScratch.fill(0, 0, 4 * nLines);
  const view = (k: number) => lineScratch.subarray(k * nLines, (k + 1) * nLines);
  return [view(0), view(1), view(2), view(3)];
}

/**
 * Words of the document in order, with sentence and line information, plus
 * the per-line word statistics and the set of lowercase words (one pass).
 * Fills `table`.
 */
function collect(doc: DocumentView): Collected {
  const text = doc.text;
  const docLines = doc.lines;
  const nLines = docLines.length;
  const words: Word[] = [];
  const [total, long, longCap, upper] = lineCounts(nLines);
  const collected: Collected = { words, lowercase: new Set<string>(), total, long, longCap, upper };
  const blocked = blockedRanges(text);
  let bi = 0;
  let li = 0;
  let count = 0;

  const lineOf = (offset: number): number => {
    // Words come in document order: move forward (equals doc.lineAt for non-decreasing offsets).
    if (offset < docLines[li]!.start) li = doc.lineAt(offset);
    while (li + 1 < nLines && docLines[li + 1]!.start <= offset) li++;
    return li;
  };

  // The loop stays small enough for V8 to optimize (see `--max-optimized-bytecode-size` in bin/articlelint.js):
  // what only materialised words need is done in functions of its own.
  for (const para of paragraphs(doc)) {
    const tokens = para.tokens;
    for (const sentence of para.sentences) {
      let first = true;
      /** The last word or punctuation token before this one (-1: none). */
      let prevSignificant = -1;
      /** Index of the last word (-1: none, or the last word token gave no word). */
      let pending = -1;
      let gap: 0 | 1 | 2 = 2; // 0 none, 1 space, 2 break
      for (let ti = sentence.from; ti < sentence.to; ti++) {
        const token = tokens[ti]!;
        const kind = token.kind;
        if (kind === WORD) {
          if (pending !== -1 && gap === 1) {
            table.flags[pending]! |= FLAG_JOIN_NEXT;
            const ri = table.rich[pending]!;
            if (ri !== -1) words[ri]!.joinNext = true;
          }
          const inner = token.inner;
          const start = token.start;
          const end = token.end;
          const plain = inner === undefined && isAsciiLowerAt(text, start, end) && !(PARTICLE_FILTER[filterKeyAt(text, start, end)] === 1 && PARTICLES.has(token.text));
          if (plain || isNumberAt(text, start, end)) {
            // A plain lowercase word: never part of a name; only counted. A number: blocked,
            // and so left out of the line statistics (as any blocked word without a capital).
            while (bi < blocked.length && blocked[bi]![1] <= start) bi++;
            const isBlocked = !plain || (bi < blocked.length && blocked[bi]![0] < end);
            const index = count++;
            if (index === table.start.length) growTable();
            table.rich[index] = -1;
            table.start[index] = start;
            table.end[index] = end;
            table.flags[index] = isBlocked ? FLAG_BLOCKED : 0;
            if (!isBlocked) {
              const line = lineOf(start);
              total[line]!++;
              if (end - start >= 4) long[line]!++;
            }
            pending = index;
          } else {
            const initial = first || (prevSignificant !== -1 && tokens[prevSignificant]!.kind !== WORD && endsWithOpener(tokens[prevSignificant]!.text));
            const word = buildWord(inner, token.text, start, end, count, initial);
            if (word) {
              while (bi < blocked.length && blocked[bi]![1] <= word.start) bi++;
              if (bi < blocked.length && blocked[bi]![0] < word.end) word.blocked = true;
              word.line = lineOf(word.start);
              const index = count++;
              if (index === table.start.length) growTable();
              table.rich[index] = words.length;
              table.start[index] = word.start;
              table.end[index] = word.end;
              table.flags[index] = word.blocked ? FLAG_BLOCKED : 0;
              words.push(word);
              countWord(collected, word);
              pending = index;
            } else pending = -1;
          }
          first = false;
          gap = 0;
          prevSignificant = ti;
        } else if (kind === SPACE) {
          gap = gap === 0 && isShortSpace(text, token.start, token.end) ? 1 : 2;
        } else {
          gap = 2;
          prevSignificant = ti;
        }
      }
    }
  }
  addPlainFolds(text, words, count, collected.lowercase);
  table.count = count;
  return collected;
}

/** A materialised word's share of the line statistics and of the lowercase set. */
function countWord(c: Collected, word: Word): void {
  const line = word.line;
  const p0 = word.parts[0]!;
  if (!(word.blocked && !p0.cap)) {
    c.total[line]!++;
    let allUpper = true;
    for (const p of word.parts) if (!p.upper) allUpper = false;
    if (allUpper) c.upper[line]!++;
    if (word.end - word.start >= 4) {
      c.long[line]!++;
      if (p0.cap) c.longCap[line]!++;
    }
  }
  if (!word.blocked && startsLowercase(p0.text)) c.lowercase.add(p0.fold);
}

/**
 * Adds to `lowercase` the plain words of `table` (the first `count`) that are the fold of a part of
 * `words`: the set is only asked about those folds. Compared in place, so that most plain words are
 * never sliced out, and a fold is looked for only until it is found once.
 */
function addPlainFolds(text: string, words: readonly Word[], count: number, lowercase: Set<string>): void {
  const keys: number[] = [];
  for (const w of words) {
    for (const p of w.parts) {
      const fold = p.fold;
      if (fold === '') continue;
      const k = filterKey(fold);
      let folds = foldsByKey[k];
      if (folds === undefined) {
        foldsByKey[k] = folds = [];
        keys.push(k);
      }
      if (!folds.includes(fold)) folds.push(fold);
    }
  }
  for (let i = 0; i < count; i++) {
    if (table.rich[i] !== -1 || (table.flags[i]! & FLAG_BLOCKED) !== 0) continue;
    const start = table.start[i]!;
    const end = table.end[i]!;
    const folds = foldsByKey[filterKeyAt(text, start, end)];
    if (folds === undefined) continue;
    for (let j = 0; j < folds.length; j++) {
      const fold = folds[j]!;
      if (!equalsAt(text, start, end, fold)) continue;
      lowercase.add(fold);
      folds[j] = folds[folds.length - 1]!;
      folds.pop();
      break;
    }
  }
  for (const k of keys) foldsByKey[k] = undefined;
}

/** The one part of a word not materialised (a plain lowercase word or a number). */
export function plainPart(doc: DocumentView, start: number, end: number): Part {
  const text = doc.text.slice(start, end);
  return { text, fold: text, start, end, sep: '', cap: false, upper: false };
}

/** The word at `[start, end)` from its children, or from its text when it is a single text leaf (`kids` undefined). */
function buildWord(kids: readonly WordChild[] | undefined, text: string, start: number, end: number, index: number, initial: boolean): Word | undefined {
  if (kids === undefined) {
    const part: Part = { text, fold: foldPart(text), start, end, sep: '', cap: capitalised(text), upper: false };
    part.upper = part.cap && isUpper(text);
    return { index, parts: [part], start, end, possessive: false, initial, line: 0, joinNext: false, blocked: hasDigit(text) };
  }
  const parts: Part[] = [];
  let blocked = false;
  let possessive = false;
  let sep: '' | '-' = '';
  let current: Part | undefined;
  let glue = false;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    const value = k.value ?? '';
    const at = k.position?.start.offset ?? start;
    if (k.type === 'TextNode') {
      if (hasDigit(value)) blocked = true;
      if (current && glue) {
        current.text += value;
        current.end = at + value.length;
        glue = false;
      } else {
        current = { text: value, fold: '', start: at, end: at + value.length, sep, cap: false, upper: false };
        parts.push(current);
      }
      sep = '';
    } else if (k.type === 'PunctuationNode' && isHyphen(value)) {
      sep = '-';
      current = undefined;
    } else if (k.type === 'PunctuationNode' && isApostrophe(value) && current) {
      const next = kids[i + 1];
      if (i + 2 === kids.length && next?.type === 'TextNode' && (next.value === 's' || next.value === 'S')) {
        possessive = true;
        break;
      }
      current.text += "'";
      glue = true;
    } else {
      blocked = true;
    }
  }
  for (const p of parts) {
    p.fold = foldPart(p.text);
    p.cap = capitalised(p.text);
    p.upper = p.cap && isUpper(p.text);
  }
  if (!parts.length) return undefined;
  const last = parts[parts.length - 1]!;
  return { index, parts, start, end: possessive ? last.end : end, possessive, initial, line: 0, joinNext: false, blocked };
}

function classifyLines(doc: DocumentView, c: Collected): LineInfo[] {
  const docLines = doc.lines;
  const out: LineInfo[] = new Array(docLines.length);
  for (let i = 0; i < docLines.length; i++) {
    const t = docLines[i]!.text;
    let e = t.length;
    while (e > 0 && isSpace(t.charCodeAt(e - 1))) e--;
    let heading = false;
    if (e > 0) {
      let b = 0;
      while (b < e && isSpace(t.charCodeAt(b))) b++;
      // `trimmed !== ''` and it does not end like a sentence or clause.
      heading = b < e && !isHeadingStop(t.charCodeAt(e - 1));
    }
    const long = c.long[i]!;
    const up = c.upper[i]!;
    out[i] = {
      heading,
      titleCase: heading && long >= 2 && c.longCap[i]! / long >= 0.75,
      shouting: up >= 3 && up / Math.max(1, c.total[i]!) >= 0.6,
    };
  }
  return out;
}

/** Spans of quoted titles: short quoted phrases that start with a capital and are more than one name. */
function quotedSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /(?:^|[\s(\[])(“([^”\n]{1,80})”|"([^"\n]{1,80})"|‘([^’\n]{1,80})’(?![\p{L}])|'([^'\n]{1,80})'(?![\p{L}]))/gu;
  for (const m of text.matchAll(re)) {
    const inner = m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const start = m.index + m[0].length - m[1]!.length + 1;
    if (/[.!?,;]\s*$/.test(inner) || inner.split(/\s+/).length > 8 || !capitalised(inner.trim())) continue;
    out.push([start, start + inner.length]);
  }
  return out;
}

/** Maximal runs of capitalised words, as mentions. */
export function extract(doc: DocumentView): Extraction {
  return extractWithTable(doc).extraction;
}

/** `extract`, and the table of all words (scratch: valid until the next extraction). */
export function extractWithTable(doc: DocumentView): { extraction: Extraction; table: WordTable } {
  return { extraction: extractMentions(doc), table };
}

function extractMentions(doc: DocumentView): Extraction {
  const collected = collect(doc);
  const { words, lowercase } = collected;
  const lines = classifyLines(doc, collected);

  const mentions: Mention[] = [];
  type Segment = { word: Word; from: number; to: number };
  const chain: Segment[] = [];

  const isCommonInitial = (w: Word): boolean => {
    const fold = w.parts[0]!.fold;
    return fold.length === 1 || isFamiliarWord(fold) || lowercase.has(fold) || fold === 'i';
  };

  const close = () => {
    if (chain.length === 0) return;
    // Drop familiar words capitalised only because they open a sentence or quotation.
    while (chain.length && chain[0]!.word.initial && chain[0]!.from === 0 && isCommonInitial(chain[0]!.word)) chain.shift();
    // A lone lowercase particle is no name.
    while (chain.length && !chain[0]!.word.parts[chain[0]!.from]!.cap && chain.length === 1) chain.shift();
    if (chain.length) {
      const parts: Part[] = [];
      const seps: string[] = [];
      for (const seg of chain) {
        for (let i = seg.from; i < seg.to; i++) {
          const p = seg.word.parts[i]!;
          seps.push(parts.length === 0 ? '' : i === seg.from ? ' ' : p.sep);
          parts.push(p);
        }
      }
      const firstSeg = chain[0]!;
      const lastSeg = chain[chain.length - 1]!;
      const display = parts.length === 1 ? parts[0]!.text : parts.map((p, i) => seps[i] + p.text).join('');
      mentions.push({
        parts,
        seps,
        start: parts[0]!.start,
        end: parts[parts.length - 1]!.end,
        firstWord: firstSeg.word.index,
        lastWord: lastSeg.word.index,
        initial: firstSeg.word.initial && firstSeg.from === 0,
        line: firstSeg.word.line,
        display,
        key: nameKey(display),
        excluded: false,
      });
    }
    chain.length = 0;
  };

  // Words not materialised (plain lowercase words, numbers) close any open chain, as any word without a capital does.
  let lastIndex = -1;
  for (let wi = 0; wi < words.length; wi++) {
    const w = words[wi]!;
    if (w.index !== lastIndex + 1) close();
    lastIndex = w.index;
    const line = lines[w.line]!;
    if (w.blocked || line.shouting || (w.parts.length === 1 && w.parts[0]!.fold === 'i')) {
      close();
      continue;
    }
    const parts = w.parts;
    const n = parts.length;
    let s = 0;
    while (s < n && !(parts[s]!.cap || (isParticle(parts[s]!) && s + 1 < n && parts[s + 1]!.cap))) s++;
    const prev = chain[chain.length - 1];
    const prevOpen = prev !== undefined && prev.to === prev.word.parts.length && !prev.word.possessive && prev.word.joinNext;
    if (s === n) {
      // A lowercase particle word between two name words: "Osama bin Laden", "Charles de Gaulle".
      const following = words[wi + 1];
      // A next word not materialised has no capital.
      const next = following !== undefined && following.index === w.index + 1 ? following : undefined;
      const isLink = n === 1 && isParticle(parts[0]!) && w.joinNext && next !== undefined && !next.blocked && next.parts[0]!.cap;
      if (isLink && (prevOpen || chain.length === 0)) {
        if (!prevOpen) close();
        chain.push({ word: w, from: 0, to: 1 });
        continue;
      }
      close();
      continue;
    }
    let e = s;
    while (e < n && (parts[e]!.cap || (isParticle(parts[e]!) && e + 1 < n && parts[e + 1]!.cap))) e++;
    if (!(s === 0 && prevOpen)) close();
    chain.push({ word: w, from: s, to: e });
    if (e < n || w.possessive || !w.joinNext) close();
  }
  close();

  // Title-case headings and quoted titles: their capitals are typography.
  const quotes = quotedSpans(doc.text);
  let qi = 0;
  for (const m of mentions) {
    if (lines[m.line]!.titleCase) m.excluded = true;
    while (qi < quotes.length && quotes[qi]![1] <= m.start) qi++;
    const q = quotes[qi];
    if (q && q[0] <= m.start && m.end <= q[1] && !(m.start === q[0] && m.end === q[1])) m.excluded = true;
  }
  return { words, mentions, lines, lowercase };
}

/** The mention without leading courtesy titles ("Mr Byrne" -> parts of "Byrne"). */
export function withoutHonorifics(m: Mention): { parts: readonly Part[]; from: number } {
  let from = 0;
  while (from < m.parts.length - 1 && HONORIFICS.has(withoutFinalDot(m.parts[from]!.fold))) from++;
  return { parts: from === 0 ? m.parts : m.parts.slice(from), from };
}

/** `s.replace(/\.$/, '')` */
function withoutFinalDot(s: string): string {
  return s.endsWith('.') ? s.slice(0, -1) : s;
}
