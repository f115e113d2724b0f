import { testRule } from '../helpers/rule-tester.js';
import rule from '../../rules/no-control-characters.js';

const c1 = (column: number, code: string, byte: string, character: string) => ({ messageId: 'c1', data: { code, byte, character }, line: 1, column });

testRule(rule, {
  valid: [
    { text: 'Tabs\tand\nnewlines\r\nare fine.' },
    { text: 'He said “no” and left.' },
    { name: 'C1 inside mojibake belongs to no-mojibake', text: 'Ã\u0083Â© and â€\u009d' },
  ],
  invalid: [
    { text: 'He said \u0093no\u0094 and left.', errors: [c1(9, 'U+0093', '0x93', '“'), c1(12, 'U+0094', '0x94', '”')], output: 'He said “no” and left.' },
    { text: 'It\u0092s over\u0085', errors: [c1(3, 'U+0092', '0x92', '’'), c1(10, 'U+0085', '0x85', '…')], output: 'It’s over…' },
    { text: 'Price \u0080100', errors: [c1(7, 'U+0080', '0x80', '€')], output: 'Price €100' },
    { text: 'Total:\u000bforty', errors: [{ messageId: 'control', data: { code: 'U+000B' }, line: 1, column: 7 }], output: 'Total: forty' },
    { text: 'end\u0000\nnext', errors: [{ messageId: 'control', line: 1, column: 4 }], output: 'end\nnext' },
    {
      text: 'red \u001b[31mtext\u001b[0m here',
      errors: [
        { messageId: 'ansi', data: { sequence: '[31m' }, line: 1, column: 5 },
        { messageId: 'ansi', data: { sequence: '[0m' }, line: 1, column: 14 },
      ],
      output: 'red text here',
    },
    { text: 'del\u007f', errors: [{ messageId: 'control', line: 1, column: 4 }], output: 'del' },
    {
      name: 'undefined Windows-1252 byte: suggestion only',
      text: 'odd \u0081 byte',
      errors: [{ messageId: 'c1Undefined', data: { code: 'U+0081', byte: '0x81' }, line: 1, column: 5, suggestions: [{ desc: 'Remove the control character', output: 'odd  byte' }] }],
      output: null,
    },
  ],
});
