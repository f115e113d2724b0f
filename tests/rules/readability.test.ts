import rule from '../../rules/readability.js';
import { testRule } from '../helpers/rule-tester.js';

const hard =
  'The implementation of comprehensive infrastructural rehabilitation necessitates extraordinarily sophisticated intergovernmental coordination mechanisms.';

testRule(rule, {
  valid: [
    { text: 'The talks will resume on Monday.' },
    { text: 'He did not specify a date.' },
    { name: 'minWords above the sentence length skips it', text: hard, options: { minWords: 40 } },
  ],
  invalid: [
    { text: hard, errors: [{ line: 1, severity: 1, message: 'Hard to read sentence' }], output: null },
    { text: `Short one.\n\n${hard}`, errors: [{ line: 3 }] },
  ],
});
