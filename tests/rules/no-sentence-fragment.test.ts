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
  ],
  invalid: [
    { text: 'It ended in late July. (July). He also later met the head of intelligence.', errors: [{ line: 1, column: 24, message: 'repeats the words before it' }], output: 'It ended in late July. He also later met the head of intelligence.' },
    { text: 'The vote was in late March (March) and results came on Friday.', errors: [{ line: 1 }], output: 'The vote was in late March and results came on Friday.' },
    { text: 'Especially those related to the travel of citizens and movement. commercial. The two sides met.', errors: [{ line: 1, column: 66, message: 'lower case after a full stop' }], output: null },
    { text: 'The official spoke on condition of anonymity. Reuters. “There is no progress yet.”', errors: [{ line: 1, message: 'credit word' }] },
    { text: 'Officials urged Israel to lift the blockade to quickly rebuild their homes. Coastal enclave.', errors: [{ line: 1, message: 'two-word fragment' }] },
    { text: 'The talks were held in Cairo.\n\nany progress?\n\nThe next round is in May.\n', errors: [{ line: 3, column: 1, message: 'Line starts in lower case' }] },
    { text: 'The company reported record profits.\nbut analysts warned of a slowdown.', errors: [{ line: 2 }] },
  ],
});

testRule(rule, {
  valid: [{ name: 'Markdown list items may start in lower case', filename: 'list.md', text: '# Notes\n\n- one item\n- another item\n\n> quoted aside\n' }],
  invalid: [{ name: 'a lower-case paragraph in Markdown is still flagged', filename: 'p.md', text: '# Notes\n\nany progress?\n', errors: [{ line: 3 }] }],
});
