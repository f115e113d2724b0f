import rule from '../../rules/consistent-names-corpus.js';
import { testRule } from '../helpers/rule-tester.js';

const summary = (names: Record<string, Record<string, [number, string]>>) => ({ v: 1, names });
const akhbar = summary({ alakhbar: { 'Al Akhbar': [3, 'a.txt'], 'Al-Akhbar': [1, 'b.txt'] } });

testRule(rule, {
  valid: [
    { name: 'no summary (a single file): silent', text: 'The newspaper Al-Akhbar reported it.\n' },
    { name: 'the dominant spelling', text: 'The daily Al Akhbar reported it.\n', corpus: akhbar },
    { name: 'a name not in the summary', text: 'The daily Al-Quds reported it.\n', corpus: akhbar },
    {
      name: 'two spellings in this article are left to consistent-names',
      text: 'The daily Al-Akhbar reported it.\n\nAl Akhbar is close to the movement.\n',
      corpus: akhbar,
    },
    {
      name: 'a title before a name is not a variant of the lowercase form',
      text: 'The Israeli Army said so.\n',
      corpus: summary({ israeliarmy: { 'Israeli army': [5, 'a.txt'] } }),
    },
    {
      name: 'ties go to the first file by path',
      text: 'The daily Al Akhbar reported it.\n',
      corpus: summary({ alakhbar: { 'Al Akhbar': [1, 'a.txt'], 'Al-Akhbar': [1, 'b.txt'] } }),
    },
  ],
  invalid: [
    {
      name: 'a minority spelling across the corpus',
      text: 'The newspaper Al-Akhbar reported it.\n',
      corpus: akhbar,
      errors: [
        {
          messageId: 'corpusVariant',
          data: { text: 'Al-Akhbar', line: 1, best: 'Al Akhbar', occurrences: '3 times', file: 'a.txt' },
          line: 1,
          column: 15,
          suggestions: [{ desc: 'Write "Al Akhbar".', output: 'The newspaper Al Akhbar reported it.\n' }],
        },
      ],
      output: null,
    },
    {
      name: 'diacritics across the corpus',
      text: 'Medecins Sans Frontieres evacuated its staff.\n',
      corpus: summary({ medecinssansfrontieres: { 'Médecins Sans Frontières': [2, 'a.txt'], 'Medecins Sans Frontieres': [1, 'c.txt'] } }),
      errors: [
        {
          messageId: 'corpusVariant',
          data: { text: 'Medecins Sans Frontieres', line: 1, best: 'Médecins Sans Frontières', occurrences: '2 times', file: 'a.txt' },
          line: 1,
          column: 1,
          suggestions: [{ desc: 'Write "Médecins Sans Frontières".', output: 'Médecins Sans Frontières evacuated its staff.\n' }],
        },
      ],
      output: null,
    },
    {
      name: 'one occurrence elsewhere, and a tie broken by the first file',
      text: 'The daily Al-Akhbar reported it.\n',
      corpus: summary({ alakhbar: { 'Al Akhbar': [1, 'a.txt'], 'Al-Akhbar': [1, 'b.txt'] } }),
      errors: [
        {
          messageId: 'corpusVariant',
          data: { text: 'Al-Akhbar', line: 1, best: 'Al Akhbar', occurrences: '1 time', file: 'a.txt' },
          line: 1,
          suggestions: [{ desc: 'Write "Al Akhbar".', output: 'The daily Al Akhbar reported it.\n' }],
        },
      ],
      output: null,
    },
  ],
});
