import rule from '../../rules/no-unbalanced-quotes.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: '“We will not be silent,” he said. “The red line has been crossed.”' },
    { text: '“The first point is security.\n\n“The second point is the crossing,” the official said.' },
    { text: 'The players’ union rejected the ‘Deal of the Century’ and the ‘90s plan.' },
    { text: 'The TV has a 55" screen. The plan has parts a) a truce and b) an exchange (in Arabic).' },
    { text: '“He told me ‘never again’,” she said. He said "no" twice.' },
    { name: 'a mismatched closing mark is no-mismatched-quotes’', text: '“The American plan is designed to damage resistance," the statement said.' },
    { name: 'an emoticon is not a bracket', text: 'The minister replied :) and left.' },
  ],
  invalid: [
    {
      text: 'The official said “there is no progress yet.\n\nThe army did not comment.',
      errors: [
        {
          messageId: 'quoteUnclosed',
          data: { mark: '“' },
          line: 1,
          column: 19,
          suggestions: [{ desc: 'Close the quotation with ”', output: 'The official said “there is no progress yet.”\n\nThe army did not comment.' }],
        },
      ],
      output: null,
    },
    {
      name: 'no suggestion to close where the paragraph does not end a sentence',
      text: 'The official said “there is no progress\n\nThe army did not comment.',
      errors: [{ messageId: 'quoteUnclosed', data: { mark: '“' }, line: 1, column: 19, suggestions: [] }],
      output: null,
    },
    {
      text: '“The talks failed. “We will go on,” he said.',
      errors: [{ messageId: 'quoteOpenAtNext', data: { mark: '“' }, line: 1, column: 1 }],
      output: null,
    },
    {
      text: 'The minister (who spoke on condition of anonymity said the talks failed.',
      errors: [{ messageId: 'bracketUnclosed', data: { mark: '(' }, line: 1, column: 14 }],
      output: null,
    },
    {
      text: 'The group rejected the plan, officials said) and left.',
      errors: [{ messageId: 'closingBracketUnopened', data: { mark: ')' }, line: 1, column: 44 }],
      output: null,
    },
    {
      text: 'The group rejected the plan (officials said] and left.',
      errors: [{ messageId: 'bracketMismatch', data: { mark: '(', close: ']' }, line: 1, column: 29, endColumn: 45 }],
      output: null,
    },
    {
      text: 'In light of the crimes, it is not possible to talk about calm," the statement said.',
      errors: [{ messageId: 'closingQuoteUnopened', data: { mark: '"' }, line: 1, column: 63 }],
      output: null,
    },
    {
      text: 'It is not possible to talk about calm,” the statement said.',
      errors: [{ messageId: 'closingQuoteUnopened', data: { mark: '”' }, line: 1, column: 39 }],
      output: null,
    },
  ],
});
