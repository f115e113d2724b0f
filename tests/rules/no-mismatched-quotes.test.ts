import rule from '../../rules/no-mismatched-quotes.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: '“We will not be silent,” he said. “The red line has been crossed.”' },
    { text: 'Er sagte „nie wieder“ und ging. «Non», a-t-il dit.' },
    { text: '“He told me "never again" twice,” she said.' },
    { name: 'an unclosed quote is no-unbalanced-quotes’', text: 'The official said “there is no progress yet.\n\nThe army did not comment.' },
  ],
  invalid: [
    {
      text: '“The American plan is designed to damage resistance," the statement said.',
      errors: [
        {
          messageId: 'mismatch',
          data: { mark: '“', close: '"' },
          line: 1,
          column: 1,
          endColumn: 54,
          suggestions: [{ desc: 'Close with ”', output: '“The American plan is designed to damage resistance,” the statement said.' }],
        },
      ],
      output: null,
    },
    {
      text: 'He said «we will go on” and left.',
      errors: [{ messageId: 'mismatch', data: { mark: '«', close: '”' }, line: 1, column: 9, suggestions: [{ desc: 'Close with »', output: 'He said «we will go on» and left.' }] }],
      output: null,
    },
  ],
});
