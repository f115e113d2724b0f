import rule from '../../rules/no-stray-token.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: 'The attack killed 7 people, the army said... The case of Roe v Wade was cited.' },
    { name: 'a title in quotes', text: 'The film “Ford v Ferrari” won two awards.' },
    { text: 'The room measures 3 x 4 metres and has a 2 m wall, the listing said.' },
    { text: 'Juan de la Cruz and José Ortega y Gasset were quoted by a U.S. official.' },
    { text: 'He called it “f***ing ridiculous” in a post, etc., and left.' },
    { text: '* Aid deliveries resumed on Monday.\n\n* * *\n' },
    { name: 'lone letters on a residue line are left to the residue rules', text: 'Tags: gaza n israel\n' },
  ],
  invalid: [
    { text: 'The attack resulted in n 7 murdered Jews, the army said.', errors: [{ line: 1, column: 24, message: 'Stray letter "n"' }], output: null },
    { text: 'The army said it withdrew.[1] Mediators met.', errors: [{ line: 1, column: 27, message: 'footnote' }], output: 'The army said it withdrew. Mediators met.' },
    { text: 'The city is large [citation needed] and growing.', errors: [{ line: 1 }], output: 'The city is large and growing.' },
    { text: 'Prices rose in March,, the bank said;; markets fell.', errors: [{ line: 1, message: 'Doubled comma' }, { line: 1, message: 'Doubled semicolon' }], output: 'Prices rose in March, the bank said; markets fell.' },
    { text: 'The delegation left on Monday.. Talks continue.', errors: [{ line: 1, message: 'Two full stops' }], output: null },
    { text: 'The delegation left on Monday.. Talks continue.', errors: [{ line: 1 }], fixTypes: ['suggestion'], output: 'The delegation left on Monday. Talks continue.' },
    { text: '<p>The talks resumed in Cairo.</p>', errors: [{ line: 1 }, { line: 1 }], output: 'The talks resumed in Cairo.' },
    { text: 'The agency said* that the data were incomplete.', errors: [{ line: 1, message: 'Stray "*"' }], output: null },
    { text: '## Background\nThe conflict began in October.', errors: [{ line: 1, message: 'Markdown heading' }], output: 'Background\nThe conflict began in October.' },
  ],
});

testRule(rule, {
  valid: [
    { name: 'a token of a multi-word expression (accents and punctuation aside)', text: 'She drank a café au lait, then met the au pair at the station.' },
    { name: 'several expressions with the same token', text: 'The chef served coq au vin and steak au poivre to the delegation.' },
    {
      name: 'a short function word of the document\'s own language',
      text: 'Der Stadtrat hat am Dienstag über den neuen Haushalt beraten. Nach der Sitzung sagte die Bürgermeisterin, dass es noch viele offene Fragen gebe und die Verwaltung bis zum Sommer einen Vorschlag vorlegen werde.',
    },
  ],
  invalid: [
    {
      name: 'a word of another language is still stray in an English article',
      text: 'The council met on Tuesday to discuss the new budget. After the meeting the mayor said es there were still many open questions and that the staff would present a plan by the summer.',
      errors: [{ line: 1, message: 'Stray letters "es"' }],
      output: null,
    },
    { name: 'the same token outside any expression', text: 'Troops moved au the border on Sunday, officials said.', errors: [{ line: 1, column: 14, message: 'Stray letters "au"' }], output: null },
  ],
});
