import rule from '../../rules/sentence-spacing.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: 'Most of the enclave’s 2.3 million people are homeless; Hamas killed 1,200 people.' },
    { text: 'The U.S. said at 8.30 that a B.Tech graduate and Ph.D. students attended.' },
    { text: 'Read it at thelocalreport.in, example.com/news,latest or news@example.com.' },
    { text: 'The software runs on .NET. He paused . . . and then went on.' },
    { text: 'See https://example.com/Report.Final for the text.' },
  ],
  invalid: [
    { text: 'Pooja writes with creative expression.With a solid foundation, she codes.', errors: [{ line: 1, column: 28, message: 'Missing space after "."' }], output: 'Pooja writes with creative expression. With a solid foundation, she codes.' },
    { text: 'Will the talks resume?Nobody knows.', errors: [{ line: 1 }], output: 'Will the talks resume? Nobody knows.' },
    { text: 'Follow us on Google news ,Twitter , and WhatsApp.', errors: [{ line: 1, column: 25 }, { line: 1, column: 34 }], output: 'Follow us on Google news, Twitter, and WhatsApp.' },
    { text: 'The convoy reached Rafah on Monday .', errors: [{ line: 1 }], output: 'The convoy reached Rafah on Monday.' },
    { text: 'The meeting included Egypt,Qatar and the United States.', errors: [{ line: 1, message: 'Egypt,Qatar' }], output: 'The meeting included Egypt, Qatar and the United States.' },
  ],
});
