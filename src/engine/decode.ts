/**
 * Bytes to text. UTF-8 is the expectation; a BOM (UTF-8, UTF-16 LE/BE) is
 * honoured and remembered, BOM-less UTF-16 is recognised by its NUL pattern,
 * binary content is refused, and invalid UTF-8 never crashes the run: a file
 * that a detector confidently places in a legacy code page is decoded from it,
 * anything else is decoded with U+FFFD and marked unwritable so `--fix` can
 * never destroy the original bytes.
 */
import { createRequire } from 'node:module';

import type { DecodeInfo, InvalidByte } from '../types.js';

export type { DecodeInfo, InvalidByte, TextEncoding } from '../types.js';

export type Decoded =
  | { ok: true; text: string; info: DecodeInfo }
  | { ok: false; reason: string };

// The detector and the legacy decoders (~670 KB of code) serve only files that are not valid
// UTF-8: they are required on first use, so a run over valid files (and a warm cached run)
// never loads them. Both are CommonJS, so decoding stays synchronous.
const require = createRequire(import.meta.url);
let legacyModules: { iconv: typeof import('iconv-lite'); analyse: typeof import('chardet').analyse } | undefined;
function legacy() {
  legacyModules ??= { iconv: require('iconv-lite') as typeof import('iconv-lite'), analyse: (require('chardet') as typeof import('chardet')).analyse };
  return legacyModules;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');

/** Legacy decoders we trust for a whole-file decode when the detector is sure. */
const CONFIDENT_LEGACY = 80;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: true, text: '', info: { encoding: 'utf-8', bom: false, invalid: [], writable: true } };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A BOM does not make binary content text.
    if (looksBinary(bytes.subarray(3))) return { ok: false, reason: 'binary content (NUL or control bytes), skipped' };
    return decodeUtf8(bytes.subarray(3), true);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', true);

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, false);

  if (looksBinary(bytes)) return { ok: false, reason: 'binary content (NUL or control bytes), skipped' };
  return decodeUtf8(bytes, false);
}

function decodeUtf8(bytes: Uint8Array, bom: boolean): Decoded {
  try {
    return { ok: true, text: utf8.decode(bytes), info: { encoding: 'utf-8', bom, invalid: [], writable: true } };
  } catch {
    // Not valid UTF-8: fall through to detection.
  }
  const invalid = findInvalidUtf8(bytes);
  const { iconv, analyse } = legacy();
  const best = analyse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).find(
    (m) => !/^utf-?8$/i.test(m.name) && iconv.encodingExists(m.name),
  );
  const detected = best ? { encoding: best.name.toLowerCase(), confidence: best.confidence } : undefined;
  // Only a file that is mostly broken is re-read as legacy: a few bad bytes in
  // an otherwise UTF-8 file are damage, not a different encoding.
  const highBytes = countHighBytes(bytes);
  const mostlyLegacy = invalid.length >= Math.max(1, highBytes * 0.5);
  if (detected && detected.confidence >= CONFIDENT_LEGACY && mostlyLegacy) {
    const text = iconv.decode(Buffer.from(bytes), detected.encoding);
    const at = SINGLE_BYTE.test(detected.encoding) ? invalid.map((b) => ({ ...b, offset: b.byteOffset })) : invalid;
    return { ok: true, text, info: { encoding: detected.encoding, bom, invalid: at, detected, writable: true } };
  }
  // Short Latin-1/Windows-1252 files often get a low score from the detector
  // although every high byte is an accented letter inside a word or common
  // punctuation. Such a decoding is accepted when it reads as text.
  if (detected && mostlyLegacy && SINGLE_BYTE.test(detected.encoding)) {
    // Browsers read Latin-1 labels as Windows-1252 (0x80–0x9F are punctuation there).
    const encoding = detected.encoding === 'iso-8859-1' ? 'windows-1252' : detected.encoding;
    const text = iconv.decode(Buffer.from(bytes), encoding);
    if (readsAsText(text)) {
      // Single-byte text: a byte's offset is its character's offset.
      const at = invalid.map((b) => ({ ...b, offset: b.byteOffset }));
      return { ok: true, text, info: { encoding, bom, invalid: at, detected, writable: true } };
    }
  }
  return { ok: true, text: utf8Lossy.decode(bytes), info: { encoding: 'utf-8', bom, invalid, detected, writable: false } };
}

/** Single-byte encodings whose decoding can be checked character by character. */
const SINGLE_BYTE = /^(?:iso-8859-\d+|windows-125\d|koi8-[ru]|ibm8\d\d|macintosh)$/i;
const COMMON_PUNCT = /[\u00a0«»‘’‚“”„–—…•·°§©®™€£¥¢½¼¾±×÷¿¡ºª]/u;
const LETTER = /\p{L}/u;

/**
 * Whether a legacy decoding reads as text: no controls, at least 95% of the
 * non-ASCII characters are letters or common punctuation, and nearly every
 * non-ASCII letter stands next to another letter (is inside a word).
 */
function readsAsText(text: string): boolean {
  let high = 0;
  let good = 0;
  let letters = 0;
  let inWord = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c <= 0x9f) return false;
    high++;
    const ch = text[i]!;
    if (LETTER.test(ch)) {
      good++;
      letters++;
      if (LETTER.test(text[i - 1] ?? '') || LETTER.test(text[i + 1] ?? '')) inWord++;
    } else if (COMMON_PUNCT.test(ch)) good++;
  }
  return high > 0 && good >= high * 0.95 && inWord >= letters * 0.9;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  return { ok: true, text, info: { encoding, bom, invalid: [], writable: !text.includes('\uFFFD') } };
}

function countHighBytes(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) n++;
  return n;
}

/**
 * Byte offsets of invalid UTF-8 sequences, with where their U+FFFD lands in
 * the text. Follows the WHATWG decoder (as TextDecoder does): a truncated
 * sequence is one replacement (its "maximal subpart"), a stray byte is one.
 */
export function findInvalidUtf8(bytes: Uint8Array, limit = 1000): InvalidByte[] {
  const out: InvalidByte[] = [];
  let i = 0;
  let offset = 0;
  while (i < bytes.length && out.length < limit) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      offset++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      out.push({ byteOffset: i, offset, byte: b });
      i++;
      offset++;
      continue;
    }
    let k = 1;
    for (; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
    }
    if (k <= need) {
      // Truncated: the lead and the continuation bytes seen so far make one U+FFFD.
      out.push({ byteOffset: i, offset, byte: b });
      i += k;
      offset++;
      continue;
    }
    i += need + 1;
    offset += need === 3 ? 2 : 1;
  }
  return out;
}

/** UTF-16 without BOM: ASCII text leaves NULs on every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** NUL bytes, or many C0 controls other than tab/newline/CR/FF/ESC, mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  return controls > n * 0.1;
}

/** Text back to bytes in the file's own encoding and BOM. */
export function encodeText(text: string, info: DecodeInfo): Buffer {
  const enc = info.encoding.toLowerCase();
  let body: Buffer;
  if (enc === 'utf-8') body = Buffer.from(text, 'utf8');
  else if (enc === 'utf-16le') body = Buffer.from(text, 'utf16le');
  else if (enc === 'utf-16be') body = Buffer.from(text, 'utf16le').swap16();
  else body = Buffer.from(text, 'utf8'); // legacy input is written back as UTF-8 (reported)
  if (!info.bom) return body;
  const bom =
    enc === 'utf-16le' ? Buffer.from([0xff, 0xfe]) : enc === 'utf-16be' ? Buffer.from([0xfe, 0xff]) : Buffer.from([0xef, 0xbb, 0xbf]);
  return Buffer.concat([bom, body]);
}
