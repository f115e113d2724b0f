import rule from '../../rules/no-truncated-paragraph.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: 'Hamas rejects Israeli offer for Gaza ceasefire, says ‘no progress has been made’\n\nThe talks ended.\n' },
    { text: 'During the meeting, both sides highlighted the following points:\n' },
    { text: 'Read more\n' },
    { text: 'The report is available online. It was published at https://example.com/report\n' },
    { text: 'The talks ended without a deal. “We will continue,” he said.\n' },
    { name: 'no final punctuation is no-unterminated-paragraph’s', text: 'In turn, Egypt thanked Hamas. Both sides agreed to meet again in the coming weeks to review progress' },
    { name: 'a teaser after fewer than four words is a residue label', text: 'Gaza talks. Read more\n' },
  ],
  invalid: [
    {
      text: 'The minister said the talks would resume. Negotiators arrived in Cairo on Sunday, and the\n',
      errors: [{ messageId: 'midSentence', data: { tail: 'tors arrived in Cairo on Sunday, and the' }, line: 1, column: 87, endColumn: 90 }],
      output: null,
    },
    {
      text: 'Trucks lined up at the border on Monday, witnesses said,',
      errors: [{ messageId: 'midSentence', data: { tail: 'at the border on Monday, witnesses said,' }, line: 1, column: 52 }],
      output: null,
    },
    {
      text: 'The report found widespread damage across the city. Read more\n\nNext.\n',
      errors: [
        {
          messageId: 'teaser',
          data: { teaser: 'Read more' },
          line: 1,
          column: 53,
          endColumn: 62,
          suggestions: [{ desc: 'Remove "Read more"', output: 'The report found widespread damage across the city.\n\nNext.\n' }],
        },
      ],
      output: null,
    },
    {
      text: 'The ministry said the figures were preliminary. […]',
      errors: [{ messageId: 'teaser', data: { teaser: '[…]' }, line: 1, suggestions: [{ desc: 'Remove "[…]"', output: 'The ministry said the figures were preliminary.' }] }],
      output: null,
    },
  ],
});
