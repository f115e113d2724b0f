import rule from '../../rules/sentence-spacing.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: 'Most of the enclave’s 2.3 million people are homeless; Hamas killed 1,200 people.' },
    { text: 'The U.S. said at 8.30 that a B.Tech graduate and Ph.D. students attended.' },
    { text: 'Read it at thelocalreport.in, example.com/news,latest or news@example.com.' },
    { text: 'The software runs on .NET. He paused . . . and then went on.' },
    { text: 'See https://example.com/Report.Final for the text.' },
    { name: 'a space before a decimal comma', text: 'Inflation reached 2 ,5 percent.' },
    { name: 'Markdown syntax is not prose', text: 'Read [the report](https://example.com/a,b) today.\n', filename: 'a.md' },
  ],
  invalid: [
    {
      text: 'Pooja writes with creative expression.With a solid foundation, she codes.',
      errors: [{ messageId: 'missingSpaceAfterStop', data: { mark: '.', text: 'expression.With' }, line: 1, column: 28, endColumn: 43 }],
      output: 'Pooja writes with creative expression. With a solid foundation, she codes.',
    },
    {
      text: 'Will the talks resume?Nobody knows.',
      errors: [{ messageId: 'missingSpaceAfterStop', data: { mark: '?', text: 'resume?Nobody' }, line: 1, column: 16 }],
      output: 'Will the talks resume? Nobody knows.',
    },
    {
      text: 'Follow us on Google news ,Twitter , and WhatsApp.',
      errors: [
        { messageId: 'spaceBefore', data: { mark: ',' }, line: 1, column: 25 },
        { messageId: 'spaceBefore', data: { mark: ',' }, line: 1, column: 34 },
      ],
      output: 'Follow us on Google news, Twitter, and WhatsApp.',
    },
    { text: 'The convoy reached Rafah on Monday .', errors: [{ messageId: 'spaceBefore', data: { mark: '.' }, line: 1, column: 35 }], output: 'The convoy reached Rafah on Monday.' },
    {
      text: 'The meeting included Egypt,Qatar and the United States.',
      errors: [{ messageId: 'missingSpaceAfterComma', data: { mark: ',', text: 'Egypt,Qatar' }, line: 1, column: 22 }],
      output: 'The meeting included Egypt, Qatar and the United States.',
    },
  ],
});
