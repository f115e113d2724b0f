import { testRule } from '../helpers/rule-tester.js';
import rule from '../../rules/no-invisible-characters.js';

const invisible = (messageId: string, name: string, codePoint: string, column: number) => ({ messageId, data: { name, codePoint }, line: 1, column });

testRule(rule, {
  valid: [
    { name: 'ZWJ in emoji', text: 'Dev 👩\u200d💻 and 👨🏽\u200d🚀 and 🏳️\u200d🌈' },
    { name: 'ZWNJ in Persian', text: 'می\u200cخواهم' },
    { name: 'ZWJ in Devanagari', text: 'क्\u200dष' },
    { name: 'ZWSP in Thai', text: 'ภาษา\u200bไทย' },
    { name: 'RLM in Hebrew line', text: 'שלום\u200f 123' },
    { name: 'Arabic letter mark on an Arabic line', text: 'سلام\u061c 123' },
    { name: 'Hangul filler in Hangul', text: '한\u3164글' },
    { name: 'single NBSP between words', text: 'Google\u00a0News, 10\u00a0km' },
    { name: 'trailing NBSP is the whitespace rule’s', text: 'End.\u00a0' },
  ],
  invalid: [
    { text: 'Break\u200bing news', errors: [{ ...invisible('invisible', 'zero-width space', 'U+200B', 6), endColumn: 7 }], output: 'Breaking news' },
    { text: 'pre\u00adsident', errors: [invisible('invisible', 'soft hyphen', 'U+00AD', 4)], output: 'president' },
    { text: 'stray\ufeffBOM', errors: [invisible('invisible', 'byte-order mark (zero-width no-break space)', 'U+FEFF', 6)], output: 'strayBOM' },
    { name: 'a word joiner is not a bidi control', text: 'word\u2060joiner', errors: [invisible('invisible', 'word joiner', 'U+2060', 5)], output: 'wordjoiner' },
    { name: 'a Hangul filler outside Hangul', text: 'ok\u3164x', errors: [invisible('invisible', 'Hangul filler', 'U+3164', 3)], output: 'okx' },
    { text: 'Zero\u200dwidth', errors: [invisible('joinerOutOfContext', 'zero-width joiner', 'U+200D', 5)], output: 'Zerowidth' },
    { text: 'left\u200eright', errors: [invisible('bidiWithoutRtl', 'left-to-right mark', 'U+200E', 5)], output: 'leftright' },
    {
      text: 'a \u202eevil\u202c b',
      errors: [invisible('bidiWithoutRtl', 'bidi control', 'U+202E', 3), invisible('bidiWithoutRtl', 'bidi control', 'U+202C', 8)],
      output: 'a evil b',
    },
    { text: 'two\u00a0\u00a0nbsp', errors: [{ messageId: 'doubledNbsp', data: { count: 2 }, line: 1, column: 4, endColumn: 6 }], output: 'two\u00a0nbsp' },
    { text: 'mixed \u00a0 run', errors: [{ messageId: 'mixedNbsp', line: 1, column: 6 }], output: 'mixed run' },
    { text: '\u00a0\u00a0Indented', errors: [{ messageId: 'leadingNbsp', line: 1, column: 1, endColumn: 3 }], output: 'Indented' },
  ],
});
