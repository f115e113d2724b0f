import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester.js';
import rule from '../../rules/no-mojibake.js';
import { findMojibake, describeCause } from '../../rules/lib/encoding/mojibake.js';

testRule(rule, {
  valid: [
    { text: 'SÃO PAULO — A CAPITAL; NÃO É?' },
    { text: 'Η Ελλάδα είναι όμορφη χώρα, «Καλημέρα».' },
    { text: 'Москва — столица России; всё её», «хорошо».' },
    { text: 'Crème brûlée, naïve façade, l’été — français.' },
    { text: 'PARCE QUE SUR LEURS PLAQUES IL Y MARQUÉ…' },
    { text: 'NESTLÉ® and 5×£35 and (-1/2)! = √π' },
    { text: 'Box: ┌──┐ │ok│ └──┘' },
    { text: 'if (x && y) { z = a ?? b; } // ¬p' },
    { text: 'Tiếng Việt: ơ, ư, ă, đ; Türkçe: ğ, ı, ş.' },
    { text: 'Emoji 👩‍💻 and 東京と大阪' },
  ],
  invalid: [
    {
      name: 'seed 002: windows-1253 with œ for the undefined byte 0x9C',
      text: 'the Palestinians. β€œThe American plan is designed',
      errors: [{ line: 1, column: 19, message: 'UTF-8 read as windows-1253' }],
      output: 'the Palestinians. “The American plan is designed',
    },
    {
      text: 'Iâ€™m sure',
      errors: [{ line: 1, column: 2, message: '"â€™" should be "’" (UTF-8 read as windows-1252)' }],
      output: 'I’m sure',
    },
    { text: 'Un Ã©tÃ© chaud', errors: [{ line: 1, column: 4 }], output: 'Un été chaud' },
    { text: 'Cost â€” high', errors: [{ line: 1 }], output: 'Cost — high' },
    { text: 'Ã¼ber alles', errors: [{ line: 1 }], output: 'über alles' },
    { text: 'He said вЂњhelloвЂќ', errors: [{ line: 1, message: '"вЂњhelloвЂќ" should be "“hello”" (UTF-8 read as windows-1251)' }], output: 'He said “hello”' },
    { text: 'Ã¢â‚¬â„¢ twice', errors: [{ line: 1, message: 'windows-1252, twice' }], output: '’ twice' },
    { text: 'Ã¢Â€Â™ mixed', errors: [{ line: 1, message: 'latin-1, then as windows-1252' }], output: '’ mixed' },
    { text: 'ÐŸÑ€Ð¸Ð²ÐµÑ‚ world', errors: [{ line: 1 }], output: 'Привет world' },
    { text: 'РџСЂРёРІРµС‚ мир', errors: [{ line: 1, message: 'windows-1251' }], output: 'Привет мир' },
    { text: 'Ξ‘ΞΈΞ®Ξ½Ξ± city', errors: [{ line: 1, message: 'windows-1253' }], output: 'Αθήνα city' },
    { text: 'Ĺ‚Ăłdka', errors: [{ line: 1, message: 'windows-1250' }], output: 'łódka' },
    { text: 'a caf√© in Paris, cr√®me br√ªl√©e', errors: [{ line: 1, message: 'MacRoman' }, { line: 1 }, { line: 1, message: '"√ªl√©" should be "ûlé"' }], output: 'a café in Paris, crème brûlée' },
    { text: 'Great ðŸ˜€ news', errors: [{ line: 1 }], output: 'Great 😀 news' },
    { text: 'voilÃ\u00a0 le travail', errors: [{ line: 1 }], output: 'voilà le travail' },
    { text: 'ok\nline two Â£5\nok', errors: [{ line: 2 }], output: 'ok\nline two £5\nok' },
  ],
});

describe('mojibake detector', () => {
  it('describes causes in the order the damage happened', () => {
    expect(describeCause(['windows-1252'])).toBe('UTF-8 read as windows-1252');
    expect(describeCause(['windows-1252', 'windows-1252'])).toBe('UTF-8 read as windows-1252, twice');
    expect(describeCause(['windows-1252', 'latin-1'])).toBe('UTF-8 read as latin-1, then as windows-1252');
  });
  it('gives offsets of the damaged span only', () => {
    const [r] = findMojibake('abc Ã© def');
    expect(r).toMatchObject({ start: 4, end: 6, original: 'Ã©', repaired: 'é', safe: true });
  });
  it('is fast on long clean and long damaged lines (linear)', () => {
    const clean = 'Crème brûlée and “quotes” — Ελλάδα, Москва. '.repeat(20000);
    const damaged = 'Iâ€™m Ã©tÃ© here. '.repeat(20000);
    const t0 = performance.now();
    expect(findMojibake(clean)).toEqual([]);
    expect(findMojibake(damaged).length).toBe(40000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
