import { testRule } from '../helpers/rule-tester.js';
import rule from '../../rules/whitespace.js';

const removeBlankLines = (output: string) => [{ desc: 'Remove the extra blank lines', output }];

testRule(rule, {
  valid: [
    { text: 'Clean line.\n\nNext paragraph.\n' },
    { text: 'Single\u00a0no-break space inside.' },
    { name: 'Markdown hard break', text: 'line one  \nline two', filename: 'a.md' },
    { name: 'NBSP runs inside a line are no-invisible-characters’', text: 'a\u00a0\u00a0b' },
    { text: 'CRLF only\r\nfile\r\n' },
    { name: 'blankLines: "off" skips blank-line runs', text: 'a\n\n\n\nb\n', options: { blankLines: 'off' } },
  ],
  invalid: [
    {
      text: 'Ends with NBSP.\u00a0\n\nNext.',
      errors: [{ messageId: 'trailing', data: { what: 'a no-break space' }, line: 1, column: 16, endColumn: 17 }],
      output: 'Ends with NBSP.\n\nNext.',
    },
    { text: 'Trailing   \nok', errors: [{ messageId: 'trailing', data: { what: '3 spaces' }, line: 1, column: 9 }], output: 'Trailing\nok' },
    { text: 'Two  spaces', errors: [{ messageId: 'run', data: { what: '2 spaces' }, line: 1, column: 4 }], output: 'Two spaces' },
    { text: 'A\ttab', errors: [{ messageId: 'tab', line: 1, column: 2 }], output: 'A tab' },
    { text: '\tIndented by tab', errors: [{ messageId: 'leading', data: { what: 'a tab' }, line: 1, column: 1 }], output: 'Indented by tab' },
    {
      text: 'one\r\ntwo\nthree\nfour\n',
      errors: [{ messageId: 'lineEndings', data: { counts: '1 CRLF, 3 LF', wrong: 1, name: 'LF' }, line: 1 }],
      output: 'one\ntwo\nthree\nfour\n',
    },
    { text: 'old\rmac\nline\n', errors: [{ messageId: 'lineEndings', data: { counts: '2 LF, 1 CR', wrong: 1, name: 'LF' }, line: 1 }], output: 'old\nmac\nline\n' },
    {
      name: 'blank-line runs: a suggestion by default',
      text: 'a\n\n\n\nb\n',
      errors: [{ messageId: 'blankLines', data: { count: 3 }, line: 3, endLine: 5, suggestions: removeBlankLines('a\n\nb\n') }],
      output: null,
    },
    { name: 'blank-line runs: safe with blankLines fix', text: 'a\n\n\nb', options: { blankLines: 'fix' }, errors: [{ messageId: 'blankLines', data: { count: 2 }, line: 3 }], output: 'a\n\nb' },
  ],
});
