import rule from '../../rules/no-hard-wrap.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: 'The minister said the talks would resume on Monday.\nNegotiators arrived in Cairo on Sunday.\n' },
    { text: 'The plan has these parts:\nfirst, a ceasefire; second, an exchange.\n' },
    { text: 'The report listed the following items\n- a ceasefire\n- an exchange\n' },
    { text: 'Hamas rejects US security plan during Egypt summit\nBy News Desk - February 09 2023\n' },
    { name: 'a line shorter than minLength', text: 'He said that\nthe talks resumed.\n' },
    { name: 'Markdown soft line breaks are fine', text: 'The minister said that the talks\nwould resume on Monday.\n', filename: 'a.md' },
  ],
  invalid: [
    {
      text: 'The minister said that the talks\nwould resume on Monday in Cairo.\n',
      errors: [{ messageId: 'brokenLine', data: { text: 'e minister said that the talks⏎would' }, line: 1, column: 33, endLine: 2, endColumn: 6 }],
      output: 'The minister said that the talks would resume on Monday in Cairo.\n',
    },
    {
      text: 'Hundreds of residents in Rafah, \r\n  ventured back to their homes.\r\n',
      errors: [{ messageId: 'brokenLine', line: 1, column: 32 }],
      output: 'Hundreds of residents in Rafah, ventured back to their homes.\r\n',
    },
    {
      name: 'a hyphen at the end of the line: only a suggestion to join without a space',
      text: 'The army said it had completed a well-\nplanned withdrawal.\n',
      errors: [
        {
          messageId: 'brokenLine',
          data: { text: 'said it had completed a well-⏎planned' },
          line: 1,
          column: 38,
          suggestions: [{ desc: 'Join the lines without a space', output: 'The army said it had completed a well-planned withdrawal.\n' }],
        },
      ],
      output: null,
    },
    {
      name: 'in Markdown too when asked',
      text: 'In Markdown too when asked: the minister said that\nthe talks resumed.\n',
      filename: 'a.md',
      options: { markdown: true },
      errors: [{ messageId: 'brokenLine', line: 1, column: 51 }],
      output: 'In Markdown too when asked: the minister said that the talks resumed.\n',
    },
    {
      name: 'minLength lowers the bar',
      text: 'He said that\nthe talks resumed.\n',
      options: { minLength: 5 },
      errors: [{ messageId: 'brokenLine', line: 1 }],
      output: 'He said that the talks resumed.\n',
    },
  ],
});
