import rule from '../../rules/no-sentence-fragment.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: 'He did not specify a date.\n\nDetails of the proposal are unclear.\n' },
    { text: 'Will there be a ceasefire? Not yet.' },
    { text: 'Apple Inc. said on Monday that iPhone sales rose. eBay said it would cut jobs.' },
    { text: 'The U.S. military said it struck targets at 8 a.m. local time.' },
    { text: 'Who was responsible? Hamas, officials said.' },
    { text: 'Prices have doubled since the war began. Bread. Fuel. Medicine.' },
    { text: 'The Palestinian Islamic Jihad (PIJ) delegation arrived in Cairo.' },
    { text: '“Rubble. Glass. Nothing else,” he said of his house.' },
    { text: 'Main requirements\n\niPhone sales fell.\n' },
    { name: 'Markdown list items may start in lower case', filename: 'list.md', text: '# Notes\n\n- one item\n- another item\n\n> quoted aside\n' },
  ],
  invalid: [
    {
      text: 'It ended in late July. (July). He also later met the head of intelligence.',
      errors: [{ messageId: 'repeatedParenthetical', data: { text: '(July)' }, line: 1, column: 24, endColumn: 31 }],
      output: 'It ended in late July. He also later met the head of intelligence.',
    },
    {
      text: 'The vote was in late March (March) and results came on Friday.',
      errors: [{ messageId: 'repeatedParenthetical', data: { text: '(March)' }, line: 1, column: 28 }],
      output: 'The vote was in late March and results came on Friday.',
    },
    {
      text: 'Especially those related to the travel of citizens and movement. commercial. The two sides met.',
      errors: [{ messageId: 'lowercaseAfterStop', data: { text: 'movement. commercial' }, line: 1, column: 66 }],
      output: null,
    },
    {
      text: 'The official spoke on condition of anonymity. Reuters. “There is no progress yet.”',
      errors: [{ messageId: 'strayCredit', data: { text: 'Reuters.' }, line: 1, column: 47 }],
      output: null,
    },
    {
      text: 'Officials urged Israel to lift the blockade to quickly rebuild their homes. Coastal enclave.',
      errors: [{ messageId: 'verbless', data: { text: 'Coastal enclave.', words: 'two' }, line: 1, column: 77 }],
      output: null,
    },
    {
      text: 'The talks were held in Cairo.\n\nany progress?\n\nThe next round is in May.\n',
      errors: [{ messageId: 'lowercaseLine', data: { text: 'any progress?' }, line: 3, column: 1, endColumn: 14 }],
      output: null,
    },
    {
      text: 'The company reported record profits.\nbut analysts warned of a slowdown.',
      errors: [{ messageId: 'lowercaseAfterStop', data: { text: 'profits. but' }, line: 2, column: 1, endColumn: 4 }],
      output: null,
    },
    {
      name: 'a lower-case paragraph in Markdown is still flagged',
      filename: 'p.md',
      text: '# Notes\n\nany progress?\n',
      errors: [{ messageId: 'lowercaseLine', line: 3 }],
      output: null,
    },
  ],
});
