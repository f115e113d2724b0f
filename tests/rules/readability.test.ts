import rule from '../../rules/readability.js';
import { testRule } from '../helpers/rule-tester.js';

const hard =
  'The implementation of comprehensive infrastructural rehabilitation necessitates extraordinarily sophisticated intergovernmental coordination mechanisms.';

testRule(rule, {
  valid: [
    { text: 'The talks will resume on Monday.' },
    { text: 'He did not specify a date.' },
    { name: 'minWords above the sentence length skips it', text: hard, options: { minWords: 40 } },
    { name: 'a residue line without sentence punctuation is skipped', text: hard.replace(/\.$/, '') },
    { name: 'ordinary dense wire copy passes the news defaults', text: 'Israeli Prime Minister Benjamin Netanyahu said in Jerusalem on Monday that he had received a detailed report from the talks in Cairo, a day after Israeli troops withdrew from parts of southern Gaza.' },
  ],
  invalid: [
    {
      text: hard,
      errors: [{ messageId: 'hardSentence', data: { agreeing: '5 out of 7', age: 22, sentence: 'The implementation of comprehensive inf…' }, line: 1, column: 1, endColumn: hard.length + 1 }],
    },
    { text: `Short one.\n\n${hard}`, errors: [{ messageId: 'hardSentence', line: 3, column: 1 }] },
    { name: 'skipResidue: false scores residue lines too', text: hard.replace(/\.$/, ''), options: { skipResidue: false }, errors: [{ messageId: 'hardSentence', line: 1 }] },
    {
      name: 'a lower age flags ordinary copy',
      text: 'The arrival of the Hamas delegation, led by politburo chief Ismail Haniyeh, came just days after a similar visit by a Palestinian Islamic Jihad delegation to Cairo.',
      options: { age: 14, threshold: 4 / 7 },
      errors: [{ messageId: 'hardSentence', data: { agreeing: '5 out of 7', age: 14, sentence: 'The arrival of the Hamas delegation, le…' }, line: 1 }],
    },
  ],
});
