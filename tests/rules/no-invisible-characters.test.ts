import { testRule } from '../helpers/rule-tester.js';
import rule from '../../rules/no-invisible-characters.js';

testRule(rule, {
  valid: [
    { name: 'ZWJ in emoji', text: 'Dev 👩\u200d💻 and 👨🏽\u200d🚀 and 🏳️\u200d🌈' },
    { name: 'ZWNJ in Persian', text: 'می\u200cخواهم' },
    { name: 'ZWJ in Devanagari', text: 'क्\u200dष' },
    { name: 'ZWSP in Thai', text: 'ภาษา\u200bไทย' },
    { name: 'RLM in Hebrew line', text: 'שלום\u200f 123' },
    { name: 'single NBSP between words', text: 'Google\u00a0News, 10\u00a0km' },
    { name: 'trailing NBSP is the whitespace rule’s', text: 'End.\u00a0' },
  ],
  invalid: [
    { text: 'Break\u200bing news', errors: [{ line: 1, column: 6, message: 'zero-width space' }], output: 'Breaking news' },
    { text: 'pre\u00adsident', errors: [{ line: 1, message: 'soft hyphen' }], output: 'president' },
    { text: 'stray\ufeffBOM', errors: [{ line: 1, message: 'byte-order mark' }], output: 'strayBOM' },
    { text: 'Zero\u200dwidth', errors: [{ line: 1, message: 'zero-width joiner' }], output: 'Zerowidth' },
    { text: 'left\u200eright', errors: [{ line: 1, message: 'right-to-left' }], output: 'leftright' },
    { text: 'a \u202eevil\u202c b', errors: [{ line: 1 }, { line: 1 }], output: 'a evil b' },
    { text: 'two\u00a0\u00a0nbsp', errors: [{ line: 1, message: '2 no-break spaces' }], output: 'two\u00a0nbsp' },
    { text: 'mixed \u00a0 run', errors: [{ line: 1, message: 'mixed' }], output: 'mixed run' },
    { text: '\u00a0\u00a0Indented', errors: [{ line: 1, message: 'start of a line' }], output: 'Indented' },
  ],
});
