/**
 * The line comparison form: the fast path for ASCII text gives exactly the
 * definition (`normalizeUnicode`), and the form ignores surrounding white
 * space, which lets the template rule normalise each line once (trimmed or
 * not).
 */
import { describe, expect, it } from 'vitest';
import { normalizeForComparison, normalizeUnicode } from '../rules/lib/line-key.js';
import { NEWS_PROSE } from './helpers/news-prose.js';

/** Seeded generator of strings from pieces chosen to hit every branch of the normalisation. */
function fuzz(count: number, pieces: readonly string[], seed = 7): string[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = Math.floor(next() * 12);
    for (let j = 0; j < n; j++) s += pieces[Math.floor(next() * pieces.length)];
    out.push(s);
  }
  return out;
}

const ASCII_PIECES = [' ', '  ', '\t', '\n', '\r', '\v', '\f', '*', '>', '|', '~', '+', '-', '`', "'", '"', 'Word', 'word', 'WORD', 'a', '0', '12', '.', '#'];
const UNICODE_PIECES = [
  'ª', '½', 'µ', 'ŉ', 'ǅ', 'ʰ', '…', '‥', '″', '\u200b', '\u2029', '\u202f', '\u205f', 'ø', 'Ÿ', 'ſ', 'ǰ', 'ẞ',
  ...ASCII_PIECES,
  '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '•', '·', '●', '■', '▪', '►', '▶', '‘', '’', '“', '”', '„', '«', '»', '–', '—', '―',
  '\u0301', '\u0308', '¨', 'ﬁ', 'Ａ', '①', 'É', 'e\u0301', 'Σ', 'ΟΔΟΣ', 'İ', 'ß', '🙂', 'Ǆ',
];

describe('normalizeForComparison', () => {
  it('equals the Unicode definition on ASCII text, white space, bullets and backticks included', () => {
    const cases = [...fuzz(4000, ASCII_PIECES), ...NEWS_PROSE, '', ' ', '- Item', '  * Lead  ', 'Say `hi`', 'A\tB', 'a  b', '>>> quoted'];
    for (const text of cases) expect(normalizeForComparison(text), JSON.stringify(text)).toBe(normalizeUnicode(text));
  });

  it('equals the Unicode definition on any text', () => {
    for (const text of fuzz(4000, UNICODE_PIECES, 11)) expect(normalizeForComparison(text), JSON.stringify(text)).toBe(normalizeUnicode(text));
  });

  it('ignores white space around the text', () => {
    for (const text of [...fuzz(4000, UNICODE_PIECES, 23), ...NEWS_PROSE.map((t) => ` \u00a0${t}\t`)]) {
      expect(normalizeForComparison(text.trim()), JSON.stringify(text)).toBe(normalizeForComparison(text));
    }
  });

  it('lower-cases, makes quotes and dashes plain, collapses white space and drops bullets', () => {
    expect(normalizeForComparison(' • “Read  More” — NOW\t')).toBe('"read more" - now');
    expect(normalizeForComparison('-- Follow `us`')).toBe("follow 'us'");
  });
});
