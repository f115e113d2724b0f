/**
 * Single-byte code pages that UTF-8 text is commonly mis-decoded with, as
 * character → byte tables for their upper halves (0x80–0xFF), built once from
 * iconv-lite. "Sloppy" variants (what browsers and ftfy do): a byte the code
 * page leaves undefined decodes to the Unicode code point with the same
 * number (0x81 → U+0081), so such characters map back to their byte too.
 * Windows-1252 also accepts the Latin-1 reading of 0x80–0x9F (C1 controls),
 * which makes it the union of "latin-1" and "windows-1252".
 */
import iconv from 'iconv-lite';

export interface CodePage {
  /** Name used in messages ("windows-1253"). */
  name: string;
  /** Upper-half character (code point) → byte. */
  toByte: ByteTable;
  /** A code page whose mojibake is common enough to repair on weaker evidence. */
  primary: boolean;
  /** Byte 0xA0 is a no-break space here, so a lost A0 may show up as an ASCII space. */
  nbspA0: boolean;
}

/** Character (UTF-16 unit) → byte, as a flat table: the repair looks bytes up for every character it tries. */
export class ByteTable {
  private readonly table = new Int16Array(0x10000).fill(-1);
  /** The characters set, so iterating visits ~128 entries rather than scanning 65,536 (at start-up, for every page). */
  private readonly keys: number[] = [];
  get(c: number): number | undefined {
    const b = this.table[c];
    return b === undefined || b < 0 ? undefined : b;
  }
  has(c: number): boolean {
    return this.get(c) !== undefined;
  }
  set(c: number, byte: number): void {
    if (this.table[c]! < 0) this.keys.push(c);
    this.table[c] = byte;
  }
  /** Entries in character order. */
  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (const c of [...this.keys].sort((a, b) => a - b)) yield [c, this.table[c]!];
  }
}

const UPPER_HALF = Buffer.from(Array.from({ length: 0x80 }, (_, i) => 0x80 + i));

/**
 * The characters of bytes 0x80–0xFF in a single-byte code page, by byte: one decode of the
 * 128 bytes (the same characters as 128 one-byte decodes, at a fraction of the start-up cost),
 * or one decode per byte should a page not give one UTF-16 unit per byte.
 */
function upperHalf(iconvName: string): string[] {
  const all = iconv.decode(UPPER_HALF, iconvName);
  if (all.length === 0x80) return [...all];
  return Array.from({ length: 0x80 }, (_, i) => iconv.decode(Buffer.from([0x80 + i]), iconvName));
}

function build(name: string, iconvName: string, sloppy: boolean, primary: boolean, withC1 = false): CodePage {
  const toByte = new ByteTable();
  const chars = upperHalf(iconvName);
  const fallbacks = sloppy ? upperHalf('windows-1252') : [];
  for (let b = 0x80; b <= 0xff; b++) {
    let ch = chars[b - 0x80]!;
    if (ch === '\uFFFD' || ch.length !== 1) {
      if (!sloppy) continue;
      // Undefined byte: decoders pass it through as the code point with the
      // same number, or fall back to Windows-1252's character for it (seed
      // 002's `β€œ` is windows-1253 with 0x9C read as `œ`).
      ch = String.fromCharCode(b);
      const fallback = fallbacks[b - 0x80]!;
      const fcp = fallback.codePointAt(0)!;
      if (fallback !== '\uFFFD' && fcp >= 0x80 && !toByte.has(fcp)) toByte.set(fcp, b);
    }
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue; // never re-encode ASCII
    if (!toByte.has(cp)) toByte.set(cp, b);
  }
  if (withC1) {
    for (let b = 0x80; b <= 0x9f; b++) {
      if (!toByte.has(b)) toByte.set(b, b);
    }
  }
  return { name, toByte, primary, nbspA0: toByte.get(0xa0) === 0xa0 };
}

/**
 * Tried in this order; earlier ones win ties (the most common damage first,
 * as browsers and ftfy meet it). Primary pages are repaired on weaker evidence.
 */
export const CODE_PAGES: readonly CodePage[] = [
  build('windows-1252', 'windows-1252', true, true, true),
  build('windows-1251', 'windows-1251', true, true),
  build('windows-1250', 'windows-1250', true, true),
  build('windows-1253', 'windows-1253', true, true),
  build('windows-1254', 'windows-1254', true, false),
  build('windows-1257', 'windows-1257', true, false),
  build('ISO-8859-2', 'iso-8859-2', false, false),
  build('KOI8-R', 'koi8-r', false, false),
  build('windows-874', 'windows-874', true, false),
  build('windows-1256', 'windows-1256', true, false),
  build('MacRoman', 'macintosh', false, false),
  build('CP437', 'cp437', false, false),
];

// One bit per code page (at most 16), per character: which pages read it as a lead byte of a
// two-, three- or four-byte sequence, as a continuation byte, as E2 (whose `â€` may have lost
// its last byte) or as ED (CESU-8 surrogate halves).
const LEAD2 = new Uint16Array(0x10000);
const LEAD3 = new Uint16Array(0x10000);
const LEAD4 = new Uint16Array(0x10000);
const CONT = new Uint16Array(0x10000);
const BYTE_E2 = new Uint16Array(0x10000);
const BYTE_80 = new Uint16Array(0x10000);
const BYTE_ED = new Uint16Array(0x10000);
const MAPS = new Uint16Array(0x10000);
const NBSP_A0 = CODE_PAGES.reduce((m, c, k) => (c.nbspA0 ? m | (1 << k) : m), 0);
CODE_PAGES.forEach((c, k) => {
  for (const [cp, b] of c.toByte) {
    if (cp > 0xffff) continue;
    MAPS[cp]! |= 1 << k;
    // Windows-874 mojibake is Thai (three-byte sequences E0 B8/B9 xx); its two-byte leads are
    // Thai consonants, so clean Thai would otherwise be a candidate at nearly every letter.
    const lead2 = b >= 0xc2 && b <= 0xdf && c.name !== 'windows-874';
    const table = b >= 0xf0 && b <= 0xf4 ? LEAD4 : b >= 0xe0 && b <= 0xef ? LEAD3 : lead2 ? LEAD2 : b <= 0xbf ? CONT : undefined;
    if (table) table[cp]! |= 1 << k;
    if (b === 0xe2) BYTE_E2[cp]! |= 1 << k;
    if (b === 0x80) BYTE_80[cp]! |= 1 << k;
    if (b === 0xed) BYTE_ED[cp]! |= 1 << k;
  }
});

/** Pages reading the character at `i` as a continuation byte (a space as A0 where that is a no-break space). */
function contAt(s: string, i: number, spaceAsA0: boolean): number {
  const c = s.charCodeAt(i);
  if (c === 0x20) return spaceAsA0 ? NBSP_A0 : 0;
  return c >= 0x80 ? CONT[c]! : 0;
}

/**
 * Cheap precheck (table lookups, no regular expression): whether some code
 * page reads a complete UTF-8 sequence somewhere in `s`, or one of the damaged
 * forms the repair knows (`â€` missing its last byte, a CESU-8 half whose A0
 * became a space, `Ã` + space). Lines without one hold no repairable mojibake
 * and are skipped without further work.
 */
export function hasMojibakePair(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80 && sequencePagesAt(s, i, false)) return true;
  return false;
}

const W1252 = 1; // CODE_PAGES[0]

/**
 * Bit k set: CODE_PAGES[k] may read a (possibly damaged) UTF-8 sequence starting at `i`;
 * `spaceAsA0`: also a two-byte lead followed by a space (an A0 byte that became a space).
 */
export function sequencePagesAt(s: string, i: number, spaceAsA0: boolean): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return 0;
  const next = s.charCodeAt(i + 1);
  if (c === 0xc3 && next === 0x20) return W1252; // `Ã` + space: à whose A0 became a space
  const c1 = contAt(s, i + 1, false);
  let pages = LEAD2[c]! & (c1 | (spaceAsA0 && next === 0x20 ? NBSP_A0 : 0));
  const l3 = LEAD3[c]! & (c1 | (BYTE_ED[c]! & contAt(s, i + 1, true)));
  if (l3) pages |= l3 & (contAt(s, i + 2, false) | (BYTE_E2[c]! & BYTE_80[next]!));
  const l4 = LEAD4[c]! & c1;
  if (l4) pages |= l4 & contAt(s, i + 2, false) & contAt(s, i + 3, false);
  return pages;
}

/** Bit k set: CODE_PAGES[k] has a byte for the character. */
export function pagesMapping(c: number): number {
  return MAPS[c]!;
}

/** UTF-8 length announced by a lead byte, or 0 when it cannot start a sequence. */
export function utf8Length(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Decodes one UTF-8 sequence strictly (no overlongs, surrogates or > U+10FFFF); -1 when invalid. */
export function decodeUtf8Sequence(bytes: readonly number[]): number {
  const n = bytes.length;
  const b0 = bytes[0]!;
  if (utf8Length(b0) !== n) return -1;
  for (let k = 1; k < n; k++) if ((bytes[k]! & 0xc0) !== 0x80) return -1;
  const b1 = bytes[1]!;
  if (n === 2) return ((b0 & 0x1f) << 6) | (b1 & 0x3f);
  if (n === 3) {
    if (b0 === 0xe0 && b1 < 0xa0) return -1;
    if (b0 === 0xed && b1 > 0x9f) return -1;
    return ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (bytes[2]! & 0x3f);
  }
  if (b0 === 0xf0 && b1 < 0x90) return -1;
  if (b0 === 0xf4 && b1 > 0x8f) return -1;
  return ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((bytes[2]! & 0x3f) << 6) | (bytes[3]! & 0x3f);
}

/** Bit k set: CODE_PAGES[k] reads the character (a UTF-16 unit) as a UTF-8 lead byte. */
export function leadPages(c: number): number {
  return LEAD2[c]! | LEAD3[c]! | LEAD4[c]!;
}
