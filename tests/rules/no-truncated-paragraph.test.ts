import rule from '../../rules/no-truncated-paragraph.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: 'Hamas rejects Israeli offer for Gaza ceasefire, says ‘no progress has been made’\n\nThe talks ended.\n' },
    { text: 'During the meeting, both sides highlighted the following points:\n' },
    { text: 'Read more\n' },
    { text: 'The report is available online. It was published at https://example.com/report\n' },
    { text: 'The talks ended without a deal. “We will continue,” he said.\n' },
  ],
  invalid: [
    { text: 'The minister said the talks would resume. Negotiators arrived in Cairo on Sunday, and the\n', errors: [{ line: 1, severity: 2, message: 'mid-sentence' }] },
    { text: 'Trucks lined up at the border on Monday, witnesses said,', errors: [{ line: 1, message: 'mid-sentence' }] },
    { text: 'The report found widespread damage across the city. Read more\n\nNext.\n', errors: [{ line: 1, message: 'Read more' }], fixTypes: ['suggestion'], output: 'The report found widespread damage across the city.\n\nNext.\n' },
    { text: 'The ministry said the figures were preliminary. […]', errors: [{ line: 1, message: '[…]' }] },
    { text: 'In turn, Egypt thanked Hamas. Both sides agreed to meet again in the coming weeks to review progress', errors: [{ line: 1, severity: 2, message: 'without sentence punctuation' }] },
  ],
});
