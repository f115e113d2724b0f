/**
 * "Badness": how many improbable character juxtapositions a short string
 * holds. Mojibake turns one character into two to four characters of a code
 * page's upper half, and those land next to each other in combinations that
 * real writing in any language avoids: an accented capital followed by a
 * currency sign (`Ã©`), a lowercase letter followed by an accented capital
 * (`tÃ©`, `џС`), letters of two scripts touching (`β€`+`œ`), C1 controls.
 * The idea is ftfy's (ftfy.badness); the classes and pairs here are our own.
 *
 * The measure is only ever compared between a candidate span and its repair,
 * inside the same surrounding characters, so it needs to be right about
 * differences, not absolute values.
 */

const enum K {
  Space,
  AsciiLetter,
  Digit,
  AsciiPunct,
  Letter, // non-ASCII letter
  Quote, // quotes, dashes, ellipsis, bullets: ordinary typography
  Symbol, // signs that mojibake produces: currency, ©®™, °±, fractions…
  BadSymbol, // signs that are almost only produced by mojibake: ¦¤¨¬¯¸ˆ˜ƒ†‡‰◊…
  Box, // box drawing and block elements (CP437)
  Control, // C0 (not tab/newline) and C1 controls
  Rare, // combining marks, IPA, modifiers, private use, unassigned, specials
  Other, // CJK, emoji and anything else
}

const QUOTES = new Set('‘’‚‛“”„‟‹›«»–—―…•·‐‑‒'.split('').map((c) => c.codePointAt(0)!));
const BAD = new Set('¦¤¨¬¯¸ˆ˜ˇ˘˛˝˙˚ƒ†‡‰◊⌐⌠⌡΅΄\uFFFD\uF8FF'.split('').map((c) => c.codePointAt(0)!));
const SYMBOLS = new Set(
  '¡¢£¥€₧©®™°±²³¹µ¶§ª º¼½¾¿×÷≠∞≤≥∂∑∏∫√≈∆№⁄∙ⁿ■ﬁﬂ'.replace(' ', '').split('').map((c) => c.codePointAt(0)!),
);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const MARK = /\p{M}/u;
const UNASSIGNED_OR_PRIVATE = /[\p{Cn}\p{Co}\p{Cs}]/u;

function kindOf(cp: number, ch: string): K {
  if (cp < 0x80) {
    if (cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d) return K.Space;
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return K.AsciiLetter;
    if (cp >= 0x30 && cp <= 0x39) return K.Digit;
    if (cp < 0x20 || cp === 0x7f) return K.Control;
    return K.AsciiPunct;
  }
  if (cp <= 0x9f) return K.Control;
  if (cp === 0xa0 || cp === 0xad) return K.Space; // judged by pair rules below
  if (QUOTES.has(cp)) return K.Quote;
  if (BAD.has(cp)) return K.BadSymbol;
  if (SYMBOLS.has(cp)) return K.Symbol;
  if ((cp >= 0x2500 && cp <= 0x259f) || (cp >= 0x2320 && cp <= 0x2321)) return K.Box;
  if (cp >= 0x20a0 && cp <= 0x20cf) return K.Symbol;
  // IPA, spacing modifiers, combining marks: rare in prose, common in wrong repairs.
  if (cp >= 0x0250 && cp <= 0x036f) return K.Rare;
  if (UNASSIGNED_OR_PRIVATE.test(ch)) return K.Rare;
  if (cp >= 0xfff0 && cp <= 0xffff) return K.Rare;
  // Outside the BMP only emoji and CJK extensions are plausible repairs.
  if (cp > 0xffff && !(cp >= 0x1f000 && cp <= 0x1faff) && !(cp >= 0x1d100 && cp <= 0x1d7ff) && !(cp >= 0x20000 && cp <= 0x3ffff)) return K.Rare;
  if (LETTER.test(ch)) return K.Letter;
  return K.Other;
}

/** Coarse script of a letter: latin, greek, cyrillic, or another name; '' for non-letters. */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Latin}/u, 'latin'],
  [/\p{Script=Greek}/u, 'greek'],
  [/\p{Script=Cyrillic}/u, 'cyrillic'],
  [/\p{Script=Arabic}/u, 'arabic'],
  [/\p{Script=Hebrew}/u, 'hebrew'],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u, 'cjk'],
  [/\p{Script=Hangul}/u, 'hangul'],
  [/\p{Script=Armenian}/u, 'armenian'],
];

function scriptOf(ch: string): string {
  if (!LETTER.test(ch)) return '';
  for (const [re, name] of SCRIPTS) if (re.test(ch)) return name;
  return 'other';
}

/** Uppercase Latin letters that stand for UTF-8 two-byte leads in Latin code pages. */
const LATIN_LEADS = new Set('ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĂĹĆČĘĚĎĐŃŇŐŘŮŰŢ'.split('').map((c) => c.codePointAt(0)!));
/** Continuation-range characters that are no letters and that do not follow a capital in real text. */
const AFTER_LEAD_BAD = /[\u0080-\u009f€‚ƒ„†‡ˆ‰‹‘“•˜™¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿–—…]/u;
/** Mathematical signs that MacRoman mojibake puts right after letters (caf√©). */
const MAC_MATH = /[√≈∆∂∑∏∫≠≤≥∞]/u;
/** Pairs judged as a whole: the first character's role (bit) and the second's (bit). */
const enum Pair {
  /** Â or Ã before a no-break space: UTF-8 of U+00A0 or à. */
  LeadNbsp = 1,
  /** Letters of the Windows-1252 continuation range, implausible right after Â/Ã/Å/Ð/Ñ/Ø. */
  LeadThenLetter = 2,
  /** MacRoman: "‚Ä" then an accented lowercase letter (‚Äô = ’). */
  UpperThenAccentedLower = 4,
}
const FIRST_OF_PAIR = new Map<number, number>();
const SECOND_OF_PAIR = new Map<number, number>();
const roles = (table: Map<number, number>, chars: string, bit: number) => {
  for (const ch of chars) table.set(ch.codePointAt(0)!, (table.get(ch.codePointAt(0)!) ?? 0) | bit);
};
roles(FIRST_OF_PAIR, 'ÂÃ', Pair.LeadNbsp);
roles(SECOND_OF_PAIR, '\u00a0', Pair.LeadNbsp);
roles(FIRST_OF_PAIR, 'ÂÃÅÐÑØ', Pair.LeadThenLetter);
roles(SECOND_OF_PAIR, 'ŠŒŽšœžŸ', Pair.LeadThenLetter);
roles(FIRST_OF_PAIR, 'ÄÅÇÉÑÖÜÃÂ', Pair.UpperThenAccentedLower);
roles(SECOND_OF_PAIR, 'àâäãåçéèêëíìîïñóòôöõúùûüÿ', Pair.UpperThenAccentedLower);

interface CharInfo {
  ch: string;
  cp: number;
  kind: K;
  script: string;
  upper: boolean;
  lower: boolean;
  letter: boolean;
  sym: boolean;
  mark: boolean;
  latinLead: boolean;
  afterLeadBad: boolean;
  macMath: boolean;
  /** Pair roles (see Pair) as first and as second character. */
  first: number;
  second: number;
}

const infoCache = new Map<number, CharInfo>();

/** Character facts, memoised per code point (the regular expressions run once per character). */
function info(ch: string): CharInfo {
  const cp = ch.codePointAt(0)!;
  let found = infoCache.get(cp);
  if (!found) {
    found = computeInfo(ch, cp);
    if (infoCache.size < 20000) infoCache.set(cp, found);
  }
  return found;
}

function computeInfo(ch: string, cp: number): CharInfo {
  const kind = kindOf(cp, ch);
  const letter = kind === K.Letter || kind === K.AsciiLetter;
  return {
    ch,
    cp,
    kind,
    script: letter ? (kind === K.AsciiLetter ? 'latin' : scriptOf(ch)) : '',
    upper: letter && UPPER.test(ch),
    lower: letter && LOWER.test(ch),
    letter,
    sym: kind === K.Symbol || kind === K.BadSymbol,
    mark: MARK.test(ch),
    latinLead: LATIN_LEADS.has(cp),
    afterLeadBad: AFTER_LEAD_BAD.test(ch),
    macMath: MAC_MATH.test(ch),
    first: FIRST_OF_PAIR.get(cp) ?? 0,
    second: SECOND_OF_PAIR.get(cp) ?? 0,
  };
}

const SCRIPT_PAIRS_OK = new Set(['cjk|latin', 'latin|cjk', 'hangul|latin', 'latin|hangul', 'cjk|hangul', 'hangul|cjk']);
const SUPERSCRIPTS = new Set([0xb2, 0xb3, 0xb9]);

/** Score of one adjacent pair. */
function pairScore(a: CharInfo, b: CharInfo): number {
  let s = 0;
  // A non-ASCII letter touching a sign: Ã©, â€, β€, Ð¸ (but m², м² are fine).
  if (a.kind === K.Letter && b.sym && !(a.lower && SUPERSCRIPTS.has(b.cp))) s++;
  if (a.sym && b.kind === K.Letter) s++;
  // Two signs in a row: €™, ‚¬, √©.
  if (a.sym && b.sym) s++;
  // Signs that mojibake alone produces, touching a letter.
  if ((a.kind === K.BadSymbol && b.letter) || (a.letter && b.kind === K.BadSymbol)) s++;
  // Lowercase then a non-ASCII capital inside a word (tÃ©tÃ, џС, вЂ), or a non-ASCII lowercase then any capital.
  if (a.lower && b.upper && (b.kind === K.Letter || a.kind === K.Letter)) s++;
  if (a.kind === K.AsciiLetter && b.macMath) s++;
  // Low-9 quotes open quotations after a space, never right after a letter (Don‚Äôt).
  if (a.letter && (b.cp === 0x201a || b.cp === 0x201e)) s++;
  // Letters of two scripts touching.
  if (a.script && b.script && a.script !== b.script && !SCRIPT_PAIRS_OK.has(`${a.script}|${b.script}`)) s++;
  // A capital that is a UTF-8 lead byte followed by a non-letter of the continuation range.
  if (a.latinLead && b.afterLeadBad) s++;
  const pair = a.first & b.second;
  if (pair & Pair.LeadThenLetter) s++;
  if (pair & Pair.LeadNbsp) s++;
  if (pair & Pair.UpperThenAccentedLower) s++;
  // Box drawing next to anything but box drawing, space or ASCII punctuation.
  if ((a.kind === K.Box) !== (b.kind === K.Box)) {
    const other = a.kind === K.Box ? b : a;
    if (other.kind !== K.Space && other.kind !== K.AsciiPunct && other.kind !== K.Digit) s++;
  }
  // A combining mark after a space, punctuation or a sign (marks follow letters, other marks, emoji).
  if (b.mark && (a.kind === K.Space || a.kind === K.AsciiPunct || a.kind === K.Digit || a.kind === K.Quote || a.sym || a.kind === K.Control)) s++;
  return s;
}

/** Score of single characters. */
function unitScore(c: CharInfo): number {
  if (c.kind === K.Control) return c.cp === 0x09 || c.cp === 0x0a || c.cp === 0x0d ? 0 : 2;
  if (c.kind === K.Rare) return c.mark ? 0 : c.cp > 0xffff ? 3 : 1;
  return 0;
}

/** Badness of a string: the sum of its characters' and adjacent pairs' scores. */
export function badness(text: string): number {
  let total = 0;
  let prev: CharInfo | undefined;
  for (const ch of text) {
    const cur = info(ch);
    total += unitScore(cur);
    if (prev) total += pairScore(prev, cur);
    prev = cur;
  }
  return total;
}

/**
 * Characters people actually write, for judging a repair: a decoding that
 * produces IPA, Armenian, Latin Extended-B oddities, controls or unassigned
 * code points is more likely wrong than the mojibake it replaces.
 */
const COMMON_TARGET =
  /[\u00a0-\u00ff\u0100-\u017e\u0218-\u021b\u01a0\u01a1\u01af\u01b0\u01cd-\u01dc\u0370-\u03ff\u0400-\u045f\u0490\u0491\u05d0-\u05ea\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1e00-\u1eff\u200c\u200d\u2010-\u2027\ufe0f\u2030-\u203a\u2044\u20a0-\u20bf\u2100-\u2122\u2190-\u21ff\u2200-\u22ff\u2500-\u25ff\u2600-\u27bf\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef\u{1d100}-\u{1d1ff}\u{1d400}-\u{1d7ff}\u{1f000}-\u{1faff}\u{20000}-\u{3ffff}]/u;

/** How many characters of a repair are implausible outcomes (non-ASCII, not commonly written). */
export function rarity(repaired: string): number {
  let n = 0;
  for (const ch of repaired) if (ch.charCodeAt(0) >= 0x80 && !COMMON_TARGET.test(ch)) n++;
  return n;
}

/** Script name of a letter ('' for non-letters), exported for context checks. */
export function letterScript(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return /[A-Za-z]/.test(ch) ? 'latin' : '';
  return scriptOf(ch);
}
