import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester.js';
import rule from '../../rules/no-mojibake.js';
import { findMojibake, describeCause } from '../../rules/lib/encoding/mojibake.js';

const W1252 = ['encode windows-1252', 'decode utf-8'];
const mojibake = (original: string, repaired: string, encoding: string, plan: string[], column: number, extra: Record<string, unknown> = {}) => ({
  messageId: 'mojibake',
  data: { original, repaired, cause: describeCause(plan.filter((s) => s.startsWith('encode ')).map((s) => s.slice(7))), encoding, plan, runs: 1, ...extra },
  line: 1,
  column,
});

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
    { name: 'Nordic Å as a word and in names', text: 'Vi bor i Å i Lofoten; Åke Åström.' },
    { name: 'a capital followed by ™', text: 'ÅRSTA™ and ÄKTA™ are brands.' },
    { name: 'a unit before a dash', text: 'The lattice constant is 10 Å— small.' },
    { name: 'Romanian Ă before ™', text: 'Această MARCĂ™ este nouă.' },
    { name: 'spaced capitals', text: 'C O N C L U S Ã O' },
    { name: 'Thai prose', text: 'ภาษาไทยมีวรรณยุกต์ สวัสดีครับ' },
  ],
  invalid: [
    {
      name: 'seed 002: windows-1253 with œ for the undefined byte 0x9C',
      text: 'the Palestinians. β€œThe American plan is designed',
      errors: [mojibake('β€œ', '“', 'windows-1253', ['encode windows-1253', 'decode utf-8'], 19)],
      output: 'the Palestinians. “The American plan is designed',
    },
    { text: 'Iâ€™m sure', errors: [mojibake('â€™', '’', 'windows-1252', W1252, 2)], output: 'I’m sure' },
    { name: 'two runs of one plan on a line: one finding', text: 'Un Ã©tÃ© chaud', errors: [mojibake('Ã©tÃ©', 'été', 'windows-1252', W1252, 4)], output: 'Un été chaud' },
    { text: 'He said вЂњhelloвЂќ', errors: [mojibake('вЂњhelloвЂќ', '“hello”', 'windows-1251', ['encode windows-1251', 'decode utf-8'], 9)], output: 'He said “hello”' },
    {
      text: 'Ã¢â‚¬â„¢ twice',
      errors: [mojibake('Ã¢â‚¬â„¢', '’', 'windows-1252', [...W1252, ...W1252], 1)],
      output: '’ twice',
    },
    { text: 'Ξ‘ΞΈΞ®Ξ½Ξ± city', errors: [mojibake('Ξ‘ΞΈΞ®Ξ½Ξ±', 'Αθήνα', 'windows-1253', ['encode windows-1253', 'decode utf-8'], 1)], output: 'Αθήνα city' },
    { text: 'Ĺ‚Ăłdka', errors: [mojibake('Ĺ‚Ăł', 'łó', 'windows-1250', ['encode windows-1250', 'decode utf-8'], 1)], output: 'łódka' },
    {
      name: 'windows-1250: Czech, a soft hyphen (byte AD) inside the damage',
      text: 'Den tĹ™etĂ\u00adho',
      errors: [mojibake('Ĺ™etĂ<U+00AD>', 'řetí', 'windows-1250', ['encode windows-1250', 'decode utf-8'], 6)],
      output: 'Den třetího',
    },
    { name: 'KOI8-R', text: 'п▓п╣я─п╬п╫п╦п╨п╟', errors: [mojibake('п▓п╣я─п╬п╫п╦п╨п╟', 'Вероника', 'KOI8-R', ['encode KOI8-R', 'decode utf-8'], 1)], output: 'Вероника' },
    { name: 'windows-874: Thai', text: 'เธชเธงเธฑเธชเธ”เธต', errors: [mojibake('เธชเธงเธฑเธชเธ”เธต', 'สวัสดี', 'windows-874', ['encode windows-874', 'decode utf-8'], 1)], output: 'สวัสดี' },
    { name: 'windows-1256: Arabic', text: 'ظ…ط±ط­ط¨ط§', errors: [mojibake('ظ…ط±ط<U+00AD>ط¨ط§', 'مرحبا', 'windows-1256', ['encode windows-1256', 'decode utf-8'], 1)], output: 'مرحبا' },
    {
      name: 'a repair that leaves an odd pair is only suggested',
      text: 'cafÃ©Â® bar',
      errors: [
        {
          messageId: 'guess',
          data: { original: 'Ã©Â®', repaired: 'é®', cause: 'UTF-8 read as windows-1252', encoding: 'windows-1252', plan: W1252, runs: 1 },
          line: 1,
          column: 4,
          suggestions: [{ desc: 'Replace with "é®"', output: 'café® bar' }],
        },
      ],
      output: null,
    },
    {
      name: 'lost A0: Ã + space is à',
      text: 'Il est allÃ© Ã  la plage.',
      errors: [
        mojibake('Ã©', 'é', 'windows-1252', W1252, 11),
        mojibake('Ã ', 'à', 'windows-1252', ['encode windows-1252', 'restore byte A0 (read as a space)', 'decode utf-8'], 14),
      ],
      output: 'Il est allé à la plage.',
    },
    {
      name: 'lost A0 of Š (C5 A0), believed because the rest of the line is damaged',
      text: 'Å veices vÄ“stniecÄ«ba',
      errors: [
        mojibake('Å ', 'Š', 'windows-1252', ['encode windows-1252', 'restore byte A0 (read as a space)', 'decode utf-8'], 1),
        mojibake('Ä“stniecÄ«', 'ēstniecī', 'windows-1252', W1252, 11),
      ],
      output: 'Šveices vēstniecība',
    },
    {
      name: 'CESU-8 surrogate halves, A0 lost',
      text: 'Loved it í ½í¸\u008d thanks',
      errors: [mojibake('í ½í¸<U+008D>', '😍', 'latin-1', ['encode latin-1', 'restore byte A0 (read as a space)', 'decode cesu-8'], 10)],
      output: 'Loved it 😍 thanks',
    },
    {
      name: 'double layer with a lost last byte',
      text: 'Ã¢â‚¬Å“reformÃ¢â‚¬Â',
      errors: [mojibake('Ã¢â‚¬Å“reformÃ¢â‚¬Â', '“reform”', 'latin-1', ['encode windows-1252', 'restore lost final byte 9D', 'decode utf-8', 'encode latin-1', 'decode utf-8'], 1)],
      output: '“reform”',
    },
    { text: 'Great ðŸ˜€ news', errors: [mojibake('ðŸ˜€', '😀', 'windows-1252', W1252, 7)], output: 'Great 😀 news' },
    { text: 'voilÃ\u00a0 le travail', errors: [mojibake('Ã<U+00A0>', 'à', 'windows-1252', W1252, 5)], output: 'voilà le travail' },
    { text: 'ok\nline two Â£5\nok', errors: [{ messageId: 'mojibake', line: 2, column: 10 }], output: 'ok\nline two £5\nok' },
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
    expect(r).toMatchObject({ start: 4, end: 6, original: 'Ã©', repaired: 'é', safe: true, plan: ['encode windows-1252', 'decode utf-8'] });
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
