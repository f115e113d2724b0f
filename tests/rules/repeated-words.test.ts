import rule from '../../rules/repeated-words.js';
import { testRule } from '../helpers/rule-tester.js';

const repeated = (word: string, line: number, column?: number) => ({ messageId: 'repeated', data: { word }, line, ...(column ? { column } : {}) });

testRule(rule, {
  valid: [
    { text: 'Those who had had enough left early.' },
    { text: 'He said that that was final.' },
    { text: 'Duran Duran played in Gaza? No, in London.' },
    { text: 'The talks ended. The next round is on Monday.' },
    { name: 'a capitalised pair like "Walla Walla" is kept, as the plugin keeps it', text: 'Walla Walla is a city.' },
    { name: 'a repeat across sentences is not a double', text: 'He said it was over. Over the weekend, talks resumed.' },
  ],
  invalid: [
    { text: 'The minister said the the talks would resume.', errors: [{ ...repeated('the', 1, 19), endColumn: 26 }], output: 'The minister said the talks would resume.' },
    { text: 'Hamas and and Israel.\n\nIt is is true.', errors: [repeated('and', 1, 7), repeated('is', 3, 4)], output: 'Hamas and Israel.\n\nIt is true.' },
    { name: 'case differs: the second occurrence is removed', text: 'The the talks', errors: [repeated('the', 1, 1)], output: 'The talks' },
    { name: 'a repeat across a line break', text: 'They met with\nwith officials.', errors: [{ ...repeated('with', 1, 10), endLine: 2 }], output: 'They met with officials.' },
  ],
});
