/**
 * repeated-words compares words in lower case without lower-casing them while
 * their characters are ASCII; `sameLowercase` must equal the definition
 * (`a.toLowerCase() === b.toLowerCase()`), and the fact it relies on past an
 * ASCII prefix must hold in this runtime: no character is shorter in lower case.
 */
import { describe, expect, it } from 'vitest';
import { sameLowercase } from '../rules/repeated-words.js';

describe('sameLowercase', () => {
  it('lower-casing makes no character shorter', () => {
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (ch.toLowerCase().length < ch.length) expect.fail(`U+${c.toString(16)} is shorter in lower case`);
    }
  });

  it('equals comparing the lower-cased words', () => {
    const words = ['the', 'The', 'THE', 'then', 'do', 'don’t', 'Don’t', "don't", 'DON’T', 'İstanbul', 'istanbul', 'i̇stanbul', 'ΟΔΟΣ', 'οδος', 'οδοσ', 'ΟΔΟΣa', 'Σ', 'ς', 'σ',
      'Zürich', 'zürich', 'ZÜRICH', 'zurich', 'ǅ', 'ǆ', 'Ǆ', 'straße', 'STRASSE', 'Ⅻ', 'ⅻ', '𐐀', '𐐨', 'a', 'A', '', 'é', 'É', 'e\u0301', 'K', 'k', 'KELVIN', 'kelvin'];
    for (const a of words) for (const b of words) expect(sameLowercase(a, b), `${a} / ${b}`).toBe(a.toLowerCase() === b.toLowerCase());
  });
});
