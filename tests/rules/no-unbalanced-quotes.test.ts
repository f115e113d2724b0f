import rule from '../../rules/no-unbalanced-quotes.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: '“We will not be silent,” he said. “The red line has been crossed.”' },
    { text: '“The first point is security.\n\n“The second point is the crossing,” the official said.' },
    { text: 'The players’ union rejected the ‘Deal of the Century’ and the ‘90s plan.' },
    { text: 'The TV has a 55" screen. The plan has parts a) a truce and b) an exchange (in Arabic).' },
    { text: '“He told me ‘never again’,” she said. He said "no" twice.' },
  ],
  invalid: [
    {
      text: '“The American plan is designed to damage resistance," the statement said.',
      errors: [{ line: 1, column: 1, severity: 2, message: 'mismatched' }],
      fixTypes: ['suggestion'],
      output: '“The American plan is designed to damage resistance,” the statement said.',
    },
    { text: 'The official said “there is no progress yet.\n\nThe army did not comment.', errors: [{ line: 1, severity: 2, message: 'not closed' }], fixTypes: ['suggestion'], output: 'The official said “there is no progress yet.”\n\nThe army did not comment.' },
    { text: 'The minister (who spoke on condition of anonymity said the talks failed.', errors: [{ line: 1, message: 'Bracket ( is not closed' }], output: null },
    { text: 'The group rejected the plan, officials said) and left.', errors: [{ line: 1, message: 'without an opening bracket' }] },
    { text: 'In light of the crimes, it is not possible to talk about calm," the statement said.', errors: [{ line: 1, message: 'Closing " without' }] },
  ],
});
