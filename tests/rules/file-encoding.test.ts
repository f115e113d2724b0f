import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { testRule } from '../helpers/rule-tester.js';
import { Document } from '../../src/engine/document.js';
import { runRules } from '../../src/engine/runner.js';
import { decodeBytes, findInvalidUtf8 } from '../../src/engine/decode.js';
import { guessEncoding } from '../../rules/lib/encoding/guess.js';
import rule from '../../rules/file-encoding.js';

const latin1 = iconv.encode('Le café de la gare a rouvert ses portes après les travaux. Les habitués étaient ravis, déclara le propriétaire à la presse régionale.\n', 'latin1');
const cyrillic = 'Привет, как у тебя дела сегодня? Экономика выросла на три процента.\n';
// UTF-8 text with stray invalid bytes on two lines: 0xFF on line 1, 0x80 twice on line 3.
const stray = Buffer.concat([
  Buffer.from('Café “fine” text and more text here, '),
  Buffer.from([0xff]),
  Buffer.from(' end\nclean line\nplain '),
  Buffer.from([0x80]),
  Buffer.from(' and '),
  Buffer.from([0x80]),
  Buffer.from('\n'),
]);

testRule(rule, {
  valid: [
    { text: 'Text given directly is not checked: Caf\uFFFD' },
    { bytes: Buffer.from('Café “ok”\n', 'utf8') },
  ],
  invalid: [
    {
      name: 'invalid bytes: one finding per line, with the likely encoding',
      bytes: stray,
      errors: [
        { messageId: 'invalidLine', line: 1, column: 38 },
        {
          messageId: 'invalidLine',
          data: { count: 2, byte: '0x80', byteOffset: 65, likely: 'windows-1252 (also the byte detector\'s guess, 69%)', encoding: 'windows-1252' },
          line: 3,
          column: 7,
          endColumn: 14,
        },
      ],
      output: null,
    },
    {
      name: 'lines past maxReports are summed up',
      bytes: stray,
      options: { maxReports: 1 },
      errors: [{ messageId: 'invalidLine', line: 1 }, { messageId: 'moreLines', data: { count: '1' }, line: 1 }],
      output: null,
    },
    {
      name: 'a confidently detected Latin-1 file, no consent to convert',
      bytes: latin1,
      errors: [{ messageId: 'legacyNoConsent', data: { encoding: 'iso-8859-1', confidence: 84, minConfidence: 80, likely: 'windows-1252', guess: '' }, line: 1, column: 7 }],
      output: null,
    },
    { name: 'with consent', bytes: latin1, options: { convert: true }, errors: [{ messageId: 'legacyConverted', line: 1 }], output: null },
    { name: 'with consent, below minConfidence', bytes: latin1, options: { convert: true, minConfidence: 90 }, errors: [{ messageId: 'legacyUnsure', line: 1 }], output: null },
    { name: 'UTF-8 BOM', bytes: Buffer.from('\ufeffHello\n', 'utf8'), errors: [{ messageId: 'bom', line: 1, column: 1 }], output: null },
    {
      name: 'UTF-16 with a BOM',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello “world”\n', 'utf16le')]),
      errors: [{ messageId: 'utf16', data: { encoding: 'UTF-16LE', bom: ' with a byte-order mark' }, line: 1 }],
      output: null,
    },
  ],
});

describe('file-encoding on a file decoded with the wrong code page', () => {
  it('names the code page its text reads best in (windows-1251 decoded as windows-1252)', () => {
    const bytes = iconv.encode(cyrillic, 'windows-1251');
    const decoding = { encoding: 'windows-1252', bom: false, invalid: [], detected: { encoding: 'iso-8859-1', confidence: 53 }, writable: true };
    const doc = new Document(iconv.decode(bytes, 'windows-1252'), 'a.txt', { decoding });
    const messages = runRules(doc, [{ rule, severity: 2, options: { maxReports: 10, convert: false, minConfidence: 80 } }]);
    expect(messages.map((m) => [m.messageId, m.reason])).toEqual([
      ['legacyNoConsent', 'File is windows-1252 (detector confidence 53%), not UTF-8; its text reads better as windows-1251; --fix does not write it unless the rule option "convert" is true.'],
    ]);
  });
});

describe('guessEncoding', () => {
  const cases: [string, string][] = [
    ['windows-1251', cyrillic],
    ['koi8-r', 'Новости дня: погода хорошая, в Москве солнце.\n'],
    ['windows-1250', 'Příliš žluťoučký kůň úpěl ďábelské ódy.\n'],
    ['windows-1253', 'Καλημέρα σας, τι κάνετε; Η Αθήνα είναι η πρωτεύουσα.\n'],
    ['windows-1252', 'Le café est très bon. Où est la fenêtre? Déjà vu.\n'],
  ];
  for (const [encoding, text] of cases) {
    it(`reads ${encoding} bytes as ${encoding}, however they were decoded`, () => {
      const decoded = decodeBytes(iconv.encode(text, encoding));
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(guessEncoding(decoded.text, decoded.info)?.encoding).toBe(encoding);
      const lossy = new TextDecoder().decode(iconv.encode(text, encoding));
      const info = { encoding: 'utf-8', bom: false, invalid: findInvalidUtf8(iconv.encode(text, encoding)), writable: false };
      expect(guessEncoding(lossy, info)?.encoding).toBe(encoding);
    });
  }
});

describe('findInvalidUtf8', () => {
  it('places each replacement where TextDecoder puts it', () => {
    const samples = [[0x41, 0xe2, 0x80, 0x41], [0xf0, 0x9f, 0x98], [0xc3], [0xed, 0xa0, 0x80], [0xe0, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80, 0x41], [0xc3, 0xa9, 0xff, 0xf0, 0x9f, 0x98, 0x80, 0x80]];
    for (const s of samples) {
      const bytes = Uint8Array.from(s);
      const text = new TextDecoder().decode(bytes);
      const expected: number[] = [];
      for (let i = 0; i < text.length; i++) if (text[i] === '\uFFFD') expected.push(i);
      expect(findInvalidUtf8(bytes).map((b) => b.offset), JSON.stringify(s)).toEqual(expected);
    }
  });
});
