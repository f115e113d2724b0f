import { testRule } from '../helpers/rule-tester.js';
import rule from '../../rules/no-replacement-character.js';

const lostLetter = (word: string, column: number, what = 'letter') => ({ messageId: 'lostLetter', data: { word, what }, line: 1, column });

testRule(rule, {
  valid: [
    { text: 'Why? Nobody knew?! Really??' },
    { text: 'See https://example.com/?q=1&x=?abc and www.site.org/a?bcd' },
    { text: 'Is it a café? Yes.' },
    { name: 'the U+FFFD marking the lost last byte of mojibake is no-mojibake’s', text: 'He said â€œyesâ€\uFFFD' },
    { name: 'letters that only look like ï¿½ in clean text', text: 'Naïve ¿qué? ½ cup' },
  ],
  invalid: [
    { text: 'The caf\uFFFD opened.', errors: [{ messageId: 'replacement', data: { count: 1 }, line: 1, column: 8 }], output: null },
    { text: 'Two lost \uFFFD\uFFFD bytes', errors: [{ messageId: 'replacement', data: { count: 2 }, line: 1, column: 10, endColumn: 12 }], output: null },
    { text: 'Caf? ?lite', errors: [lostLetter('Caf?', 4), lostLetter('?lite', 6)], output: null },
    { text: 'so na?ve', errors: [lostLetter('na?ve', 6)], output: null },
    { text: 'S?o Paulo', errors: [lostLetter('S?o', 2)], output: null },
    { text: 'Title: ?????', errors: [lostLetter('?????', 8, 'characters')], output: null },
    {
      name: 'U+FFFD read as windows-1252 is restored, then reported as lost',
      text: 'The cafï¿½ opened.',
      errors: [
        {
          messageId: 'misdecoded',
          data: { original: 'ï¿½', repaired: '\uFFFD', cause: 'UTF-8 read as windows-1252', encoding: 'windows-1252', plan: ['encode windows-1252', 'decode utf-8'] },
          line: 1,
          column: 8,
        },
      ],
      output: 'The caf\uFFFD opened.',
    },
    {
      name: 'twice mis-decoded (Ã¯Â¿Â½)',
      text: 'Lost Ã¯Â¿Â½ here',
      errors: [{ messageId: 'misdecoded', line: 1, column: 6 }],
      output: 'Lost \uFFFD here',
    },
  ],
});
