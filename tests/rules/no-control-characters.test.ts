import { testRule } from '../helpers/rule-tester.js';
import rule from '../../rules/no-control-characters.js';

testRule(rule, {
  valid: [
    { text: 'Tabs\tand\nnewlines\r\nare fine.' },
    { text: 'He said “no” and left.' },
    { name: 'C1 inside mojibake belongs to no-mojibake', text: 'Ã\u0083Â© and â€\u009d' },
  ],
  invalid: [
    {
      text: 'He said \u0093no\u0094 and left.',
      errors: [
        { line: 1, column: 9, message: 'Windows-1252 byte 0x93 ("“") read as Latin-1' },
        { line: 1, column: 12 },
      ],
      output: 'He said “no” and left.',
    },
    { text: 'It\u0092s over\u0085', errors: [{ line: 1 }, { line: 1 }], output: 'It’s over…' },
    { text: 'Price \u0080100', errors: [{ line: 1 }], output: 'Price €100' },
    { text: 'Total:\u000bforty', errors: [{ line: 1, message: 'U+000B' }], output: 'Total: forty' },
    { text: 'end\u0000\nnext', errors: [{ line: 1 }], output: 'end\nnext' },
    { text: 'red \u001b[31mtext\u001b[0m here', errors: [{ line: 1, message: 'ANSI escape' }, { line: 1 }], output: 'red text here' },
    { text: 'del\u007f', errors: [{ line: 1 }], output: 'del' },
    {
      name: 'undefined Windows-1252 byte: suggestion only',
      text: 'odd \u0081 byte',
      errors: [{ line: 1, severity: 2, message: 'undefined' }],
      output: null,
    },
  ],
});
