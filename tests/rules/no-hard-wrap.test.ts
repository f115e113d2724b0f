import rule from '../../rules/no-hard-wrap.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: 'The minister said the talks would resume on Monday.\nNegotiators arrived in Cairo on Sunday.\n' },
    { text: 'The plan has these parts:\nfirst, a ceasefire; second, an exchange.\n' },
    { text: 'The report listed the following items\n- a ceasefire\n- an exchange\n' },
    { text: 'Hamas rejects US security plan during Egypt summit\nBy News Desk - February 09 2023\n' },
    { name: 'Markdown soft line breaks are fine', text: 'The minister said that the talks\nwould resume on Monday.\n', filename: 'a.md' },
  ],
  invalid: [
    { text: 'The minister said that the talks\nwould resume on Monday in Cairo.\n', errors: [{ line: 1, column: 33 }], output: 'The minister said that the talks would resume on Monday in Cairo.\n' },
    { text: 'Hundreds of residents in Rafah, \r\n  ventured back to their homes.\r\n', errors: [{ line: 1 }], output: 'Hundreds of residents in Rafah, ventured back to their homes.\r\n' },
    { text: 'The army said it had completed a well-\nplanned withdrawal.\n', errors: [{ line: 1, message: 'broken across lines' }], output: null },
    { text: 'The army said it had completed a well-\nplanned withdrawal.\n', errors: [{ line: 1 }], fixTypes: ['suggestion'], output: 'The army said it had completed a well-planned withdrawal.\n' },
    { text: 'In Markdown too when asked: the minister said that\nthe talks resumed.\n', filename: 'a.md', options: { markdown: true }, errors: [{ line: 1 }] },
  ],
});
