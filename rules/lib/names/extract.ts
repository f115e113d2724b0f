/**
 * Mention extraction from the document's NLCST tree (retext-english): words
 * split into parts at hyphens, possessives stripped, then maximal runs of
 * capitalised words (with particles such as al-, bin, von, de) become
 * mentions. Sentence-initial familiar words ("Another Hamas official") are
 * dropped, all-caps lines are skipped, title-case lines and quoted titles are
 * kept apart so that their capitals are not taken for names. Linear in the
 * length of the text.
 */
import type { Root } from 'nlcst';
import type { DocumentView } from '../../../src/types.js';
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
  words: Word[];
  mentions: Mention[];
  lines: LineInfo[];
  /** Folded words seen starting with a lowercase letter somewhere in the text. */
  lowercase: Set<string>;
}

const HYPHENS = /^[-‐‑]$/;
const APOSTROPHES = /^['’ʼ]$/;
const OPENERS = /[“"‘'(\[:—–-]$/;
const BLOCKED_SPANS = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_.-]+/gu;

interface NlcstNode {
  type: string;
  value?: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

function isUpper(text: string): boolean {
  return text.length >= 2 && /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

function isParticle(part: Part): boolean {
  return !part.cap && PARTICLES.has(part.fold);
}

function blockedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!/[@#]|https?:|www\./.test(text)) return out;
  for (const m of text.matchAll(BLOCKED_SPANS)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Words of the document in order, with sentence and line information. */
export function collectWords(doc: DocumentView): Word[] {
  const words: Word[] = [];
  const blocked = blockedRanges(doc.text);
  let bi = 0;
  const root = doc.nlcst as Root as unknown as NlcstNode;

  const visitSentence = (sentence: NlcstNode) => {
    const kids = sentence.children ?? [];
    let first = true;
    let prevSignificant: NlcstNode | undefined;
    let pendingWord: Word | undefined;
    let gap: 'none' | 'space' | 'break' = 'break';
    for (const node of kids) {
      if (node.type === 'WordNode') {
        if (pendingWord && gap === 'space') pendingWord.joinNext = true;
        const opener = prevSignificant && prevSignificant.type !== 'WordNode' && OPENERS.test(prevSignificant.value ?? '');
        const word = buildWord(node, words.length, first || !!opener);
        if (word) {
          while (bi < blocked.length && blocked[bi]![1] <= word.start) bi++;
          if (bi < blocked.length && blocked[bi]![0] < word.end) word.blocked = true;
          word.line = doc.lineAt(word.start);
          words.push(word);
          pendingWord = word;
        } else pendingWord = undefined;
        first = false;
        gap = 'none';
        prevSignificant = node;
      } else if (node.type === 'WhiteSpaceNode') {
        const value = node.value ?? '';
        gap = gap === 'none' && !/\n/.test(value) && value.length <= 2 ? 'space' : 'break';
      } else {
        gap = 'break';
        prevSignificant = node;
      }
    }
  };

  const walk = (node: NlcstNode) => {
    if (node.type === 'SentenceNode') visitSentence(node);
    else for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return words;
}

function buildWord(node: NlcstNode, index: number, initial: boolean): Word | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const kids = node.children ?? [];
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
      if (/\d/.test(value)) blocked = true;
      if (current && glue) {
        current.text += value;
        current.end = at + value.length;
        glue = false;
      } else {
        current = { text: value, fold: '', start: at, end: at + value.length, sep, cap: false, upper: false };
        parts.push(current);
      }
      sep = '';
    } else if (k.type === 'PunctuationNode' && HYPHENS.test(value)) {
      sep = '-';
      current = undefined;
    } else if (k.type === 'PunctuationNode' && APOSTROPHES.test(value) && current) {
      const next = kids[i + 1];
      if (i + 2 === kids.length && next?.type === 'TextNode' && /^s$/i.test(next.value ?? '')) {
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

function classifyLines(doc: DocumentView, words: readonly Word[]): LineInfo[] {
  const stats = doc.lines.map(() => ({ total: 0, long: 0, longCap: 0, upper: 0 }));
  for (const w of words) {
    const s = stats[w.line]!;
    const first = w.parts[0]!;
    if (w.blocked && !first.cap) continue;
    s.total++;
    if (w.parts.every((p) => p.upper)) s.upper++;
    if (w.end - w.start >= 4) {
      s.long++;
      if (w.parts[0]!.cap) s.longCap++;
    }
  }
  return doc.lines.map((line, i) => {
    const s = stats[i]!;
    const trimmed = line.text.trim();
    const heading = trimmed !== '' && !/[.!?…:;,"”’)\]]$/.test(trimmed);
    return {
      heading,
      titleCase: heading && s.long >= 2 && s.longCap / s.long >= 0.75,
      shouting: s.upper >= 3 && s.upper / Math.max(1, s.total) >= 0.6,
    };
  });
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
  const words = collectWords(doc);
  const lines = classifyLines(doc, words);
  const lowercase = new Set<string>();
  for (const w of words) {
    const p = w.parts[0]!;
    if (!w.blocked && /^\p{Ll}/u.test(p.text)) lowercase.add(p.fold);
  }

  const mentions: Mention[] = [];
  type Segment = { word: Word; from: number; to: number };
  let chain: Segment[] = [];

  const isCommonInitial = (w: Word): boolean => {
    const fold = w.parts[0]!.fold;
    return fold.length === 1 || isFamiliarWord(fold) || lowercase.has(fold) || fold === 'i';
  };

  const close = () => {
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
      const display = parts.map((p, i) => seps[i] + p.text).join('');
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
    chain = [];
  };

  for (let wi = 0; wi < words.length; wi++) {
    const w = words[wi]!;
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
      const next = words[wi + 1];
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
export function withoutHonorifics(m: Mention): { parts: Part[]; from: number } {
  let from = 0;
  while (from < m.parts.length - 1 && HONORIFICS.has(m.parts[from]!.fold.replace(/\.$/, ''))) from++;
  return { parts: m.parts.slice(from), from };
}
