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
  toByte: Map<number, number>;
  /** A code page whose mojibake is common enough to repair on weaker evidence. */
  primary: boolean;
  /** Characters that stand for UTF-8 lead bytes 0xC2–0xF4. */
  leads: string;
  /** Characters that stand for UTF-8 continuation bytes 0x80–0xBF. */
  conts: string;
  /** Byte 0xA0 is a no-break space here, so a lost A0 may show up as an ASCII space. */
  nbspA0: boolean;
}

function build(name: string, iconvName: string, sloppy: boolean, primary: boolean, withC1 = false): CodePage {
  const toByte = new Map<number, number>();
  let leads = '';
  let conts = '';
  for (let b = 0x80; b <= 0xff; b++) {
    let ch = iconv.decode(Buffer.from([b]), iconvName);
    if (ch === '\uFFFD' || ch.length !== 1) {
      if (!sloppy) continue;
      // Undefined byte: decoders pass it through as the code point with the
      // same number, or fall back to Windows-1252's character for it (seed
      // 002's `β€œ` is windows-1253 with 0x9C read as `œ`).
      ch = String.fromCharCode(b);
      const fallback = iconv.decode(Buffer.from([b]), 'windows-1252');
      const fcp = fallback.codePointAt(0)!;
      if (fallback !== '\uFFFD' && fcp >= 0x80 && !toByte.has(fcp)) {
        toByte.set(fcp, b);
        if (b <= 0xbf) conts += fallback;
        else if (b >= 0xc2 && b <= 0xf4) leads += fallback;
      }
    }
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue; // never re-encode ASCII
    if (!toByte.has(cp)) toByte.set(cp, b);
    if (b >= 0xc2 && b <= 0xf4) leads += ch;
    else if (b <= 0xbf) conts += ch;
  }
  if (withC1) {
    for (let b = 0x80; b <= 0x9f; b++) {
      if (!toByte.has(b)) {
        toByte.set(b, b);
        conts += String.fromCharCode(b);
      }
    }
  }
  return { name, toByte, leads, conts, primary, nbspA0: toByte.get(0xa0) === 0xa0 };
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

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

// One bit per code page (at most 16).
const LEAD_MASK = new Uint16Array(0x10000);
const CONT_MASK = new Uint16Array(0x10000);
CODE_PAGES.forEach((c, k) => {
  for (const ch of c.leads) LEAD_MASK[ch.charCodeAt(0)]! |= 1 << k;
  for (const ch of c.conts) CONT_MASK[ch.charCodeAt(0)]! |= 1 << k;
});

/**
 * Cheap precheck (a table lookup per character, no regular expression):
 * whether some code page's lead character is directly followed by one of its
 * continuation characters. Same answer as MOJIBAKE_PAIR.test(s).
 */
export function hasMojibakePair(s: string): boolean {
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      // `Ã` + space: `à` whose A0 byte became a space (see LOST_A0_LEAD).
      if (c === 0x20 && i > 0 && s.charCodeAt(i - 1) === 0xc3) return true;
      prev = 0;
      continue;
    }
    if (prev & CONT_MASK[c]!) return true;
    prev = LEAD_MASK[c]!;
  }
  return false;
}

/**
 * Cheap precheck as a regular expression: some code page's lead character directly followed by one of
 * its continuation characters. Lines without such a pair cannot hold UTF-8
 * mojibake of these code pages and are skipped without further work.
 */
export const MOJIBAKE_PAIR = new RegExp(
  [...CODE_PAGES.map((c) => `[${escapeClass(c.leads)}][${escapeClass(c.conts)}]`), 'Ã '].join('|'),
  'u',
);

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
