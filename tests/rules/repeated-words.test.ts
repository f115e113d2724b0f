import rule from '../../rules/repeated-words.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: 'Those who had had enough left early.' },
    { text: 'He said that that was final.' },
    { text: 'Duran Duran played in Gaza? No, in London.' },
    { text: 'The talks ended. The next round is on Monday.' },
  ],
  invalid: [
    { text: 'The minister said the the talks would resume.', errors: [{ line: 1, column: 19, message: '"the" is repeated' }], output: 'The minister said the talks would resume.' },
    { text: 'Hamas and and Israel.\n\nIt is is true.', errors: [{ line: 1 }, { line: 3 }], output: 'Hamas and Israel.\n\nIt is true.' },
    { text: 'The the talks', errors: [{ line: 1 }], output: 'The talks' },
    { name: 'a repeat across a line break', text: 'They met with\nwith officials.', errors: [{ line: 1 }], output: 'They met with officials.' },
    { name: 'a capitalised pair like "Duran Duran" is kept by the plugin', text: 'Walla Walla is a city.', errors: [] },
  ],
});
