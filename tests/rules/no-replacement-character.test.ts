import { testRule } from '../helpers/rule-tester.js';
import rule from '../../rules/no-replacement-character.js';

testRule(rule, {
  valid: [
    { text: 'Why? Nobody knew?! Really??' },
    { text: 'See https://example.com/?q=1&x=?abc and www.site.org/a?bcd' },
    { text: 'Is it a café? Yes.' },
  ],
  invalid: [
    { text: 'The caf\uFFFD opened.', errors: [{ line: 1, column: 8, message: 'U+FFFD' }], output: null },
    { text: 'Caf? ?lite', errors: [{ line: 1, column: 4 }, { line: 1, column: 6 }] },
    { text: 'so na?ve', errors: [{ line: 1, column: 6, severity: 2 }] },
    { text: 'S?o Paulo', errors: [{ line: 1, column: 2 }] },
    { text: 'Title: ?????', errors: [{ line: 1 }] },
    {
      name: 'lost last byte of a right quotation mark',
      text: 'He said â€œyesâ€\uFFFD',
      errors: [{ line: 1, message: 'right double quotation mark' }],
      output: 'He said â€œyes”',
      fixTypes: ['suggestion'],
    },
  ],
});
