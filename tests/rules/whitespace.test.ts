import { testRule } from '../helpers/rule-tester.js';
import rule from '../../rules/whitespace.js';

testRule(rule, {
  valid: [
    { text: 'Clean line.\n\nNext paragraph.\n' },
    { text: 'Single\u00a0no-break space inside.' },
    { name: 'Markdown hard break', text: 'line one  \nline two', filename: 'a.md' },
    { name: 'NBSP runs inside a line are no-invisible-characters’', text: 'a\u00a0\u00a0b' },
    { text: 'CRLF only\r\nfile\r\n' },
  ],
  invalid: [
    { text: 'Ends with NBSP.\u00a0\n\nNext.', errors: [{ line: 1, column: 16, message: 'no-break space' }], output: 'Ends with NBSP.\n\nNext.' },
    { text: 'Trailing   \nok', errors: [{ line: 1, message: '3 spaces' }], output: 'Trailing\nok' },
    { text: 'Two  spaces', errors: [{ line: 1, column: 4 }], output: 'Two spaces' },
    { text: 'A\ttab', errors: [{ line: 1, message: 'Tab' }], output: 'A tab' },
    { text: '\tIndented by tab', errors: [{ line: 1, message: 'starts with a tab' }], output: 'Indented by tab' },
    { text: 'one\r\ntwo\nthree\nfour\n', errors: [{ line: 1, message: 'Mixed line endings' }], output: 'one\ntwo\nthree\nfour\n' },
    { text: 'old\rmac\nline\n', errors: [{ line: 1, message: '1 CR' }], output: 'old\nmac\nline\n' },
    {
      name: 'blank-line runs: suggestion by default',
      text: 'a\n\n\n\nb\n',
      errors: [{ line: 3, severity: 1, message: '3 blank lines' }],
      output: null,
    },
    { name: 'blank-line runs: suggestion applied', text: 'a\n\n\n\nb\n', errors: [{ line: 3 }], output: 'a\n\nb\n', fixTypes: ['suggestion'] },
    { name: 'blank-line runs: safe with blankLines fix', text: 'a\n\n\nb', options: { blankLines: 'fix' }, errors: [{ line: 3 }], output: 'a\n\nb' },
  ],
});
