/**
 * Which legacy code page a file's non-UTF-8 bytes most likely are, judged by
 * how plausible each decoding reads (the badness cost of badness.ts), not by
 * byte statistics alone: a Cyrillic windows-1251 file that a byte detector
 * calls ISO-8859-1 reads as `Ïðèâåò ìèð` there, long runs of accented
 * capitals and lowercase letters that no Latin-script language writes.
 */
import iconv from 'iconv-lite';
import type { DecodeInfo } from '../../../src/rule-kit/index.js';
import { badness } from './badness.js';

/** Candidate whole-file encodings, the most common first (it wins ties). */
const CANDIDATES = ['windows-1252', 'windows-1251', 'windows-1250', 'windows-1253', 'windows-1254', 'windows-1257', 'koi8-r', 'windows-874', 'windows-1256'];
/** Pages whose letters are Latin: there, three accented letters in a row are implausible. */
const LATIN = new Set(['windows-1252', 'windows-1250', 'windows-1254', 'windows-1257']);
const LETTER = /\p{L}/u;
const SAMPLE_LINES = 200;

export interface EncodingGuess {
  encoding: string;
  /** Cost per non-ASCII byte of the best decoding (0 reads perfectly). */
  cost: number;
  /** The same for the encoding the file was decoded with (legacy decodings only). */
  currentCost?: number;
}

/**
 * The file's bytes, line by line, as far as the decoding kept them: all of
 * them for a legacy decoding, and for lossy UTF-8 the value of each invalid
 * byte where its U+FFFD landed (the rest of the line is what it decoded to).
 */
function sampleLines(text: string, info: DecodeInfo): number[][] {
  const lines: number[][] = [];
  if (!/^utf-/i.test(info.encoding)) {
    for (const line of text.split('\n').filter((l) => /[^\x00-\x7f]/.test(l)).slice(0, SAMPLE_LINES)) {
      lines.push([...iconv.encode(line, info.encoding)]);
    }
    return lines;
  }
  const byteAt = new Map(info.invalid.filter((b) => b.byte !== undefined).map((b) => [b.offset, b.byte!]));
  let current: number[] = [];
  let damaged = false;
  for (let i = 0; i < text.length && lines.length < SAMPLE_LINES; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (damaged) lines.push(current);
      current = [];
      damaged = false;
    } else if (byteAt.has(i)) {
      current.push(byteAt.get(i)!);
      damaged = true;
    } else if (c < 0x80) current.push(c);
    else current.push(0x20); // a character that was valid UTF-8: not evidence either way
  }
  if (damaged) lines.push(current);
  return lines;
}

/** Cost of reading `bytes` as `encoding`: badness, plus runs of accented letters in Latin pages. */
function cost(bytes: number[], encoding: string): number {
  const text = iconv.decode(Buffer.from(bytes), encoding);
  let total = badness(text);
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const high = ch !== undefined && ch.charCodeAt(0) >= 0x80;
    if (high && !LETTER.test(ch) && !/[«»‘’“”–—…•°€£§©®™\u00a0]/u.test(ch)) total++;
    if (high && LETTER.test(ch)) run++;
    else {
      if (run >= 3 && LATIN.has(encoding)) total += run;
      run = 0;
    }
    if (ch === '\uFFFD') total += 2;
  }
  return total;
}

/** The most plausible legacy encoding of the file, or undefined when it has no non-ASCII bytes to judge. */
export function guessEncoding(text: string, info: DecodeInfo): EncodingGuess | undefined {
  const lines = sampleLines(text, info);
  const high = lines.reduce((n, l) => n + l.filter((b) => b >= 0x80).length, 0);
  if (!high) return undefined;
  const costOf = (encoding: string) => lines.reduce((n, l) => n + cost(l, encoding), 0) / high;
  let best: EncodingGuess | undefined;
  for (const encoding of CANDIDATES) {
    const c = costOf(encoding);
    if (!best || c < best.cost) best = { encoding, cost: c };
  }
  if (best && !/^utf-/i.test(info.encoding)) best.currentCost = costOf(info.encoding);
  return best;
}
