import rule from '../../rules/no-unterminated-paragraph.js';
import { testRule } from '../helpers/rule-tester.js';

const progress = 'In turn, Egypt thanked Hamas. Both sides agreed to meet again in the coming weeks to review progress';

testRule(rule, {
  valid: [
    { text: `${progress}.` },
    { name: 'a headline is not a paragraph of prose', text: 'Hamas rejects Israeli offer for Gaza ceasefire as talks in Cairo end without a deal\n\nThe talks ended.\n' },
    { name: 'one sentence without punctuation is furniture', text: 'Both sides agreed to meet again in the coming weeks to review the progress made so far\n' },
    { name: 'fewer than 12 words', text: 'Egypt thanked Hamas. Both sides agreed to meet again soon\n' },
    { name: 'ending in mid-sentence is no-truncated-paragraph’s', text: 'The minister said the talks would resume. Negotiators arrived in Cairo on Sunday, and the\n' },
    { name: 'a closing quotation mark ends a paragraph', text: 'He spoke after the meeting. “We agreed to meet again in the coming weeks to review progress”' },
  ],
  invalid: [
    {
      text: progress,
      errors: [{ messageId: 'unterminated', data: { tail: 'n in the coming weeks to review progress' }, line: 1, column: 93, endColumn: 101 }],
    },
    {
      name: 'the last paragraph of several',
      text: `The talks ended.\n\n${progress}\n`,
      errors: [{ messageId: 'unterminated', line: 3 }],
    },
  ],
});
