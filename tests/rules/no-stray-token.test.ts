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
    { name: 'a token of a multi-word expression (accents and punctuation aside)', text: 'She drank a café au lait, then met the au pair at the station.' },
    { name: 'several expressions with the same token', text: 'The chef served coq au vin and steak au poivre to the delegation.' },
    {
      name: 'a short function word of the document\'s own language',
      text: 'Der Stadtrat hat am Dienstag über den neuen Haushalt beraten. Nach der Sitzung sagte die Bürgermeisterin, dass es noch viele offene Fragen gebe und die Verwaltung bis zum Sommer einen Vorschlag vorlegen werde.',
    },
  ],
  invalid: [
    { text: 'The attack resulted in n 7 murdered Jews, the army said.', errors: [{ messageId: 'strayLetter', data: { token: 'n', context: 'in n 7' }, line: 1, column: 24 }], output: null },
    { text: 'The army said it withdrew.[1] Mediators met.', errors: [{ messageId: 'footnote', data: { mark: '[1]' }, line: 1, column: 27 }], output: 'The army said it withdrew. Mediators met.' },
    { text: 'The city is large [citation needed] and growing.', errors: [{ messageId: 'footnote', data: { mark: '[citation needed]' } }], output: 'The city is large and growing.' },
    {
      text: 'Prices rose in March,, the bank said;; markets fell.',
      errors: [{ messageId: 'doubledComma', data: { run: ',,' } }, { messageId: 'doubledSemicolon', data: { run: ';;' } }],
      output: 'Prices rose in March, the bank said; markets fell.',
    },
    {
      text: 'The delegation left on Monday.. Talks continue.',
      errors: [
        {
          messageId: 'twoFullStops',
          suggestions: [
            { desc: 'Use one full stop', output: 'The delegation left on Monday. Talks continue.' },
            { desc: 'Use an ellipsis', output: 'The delegation left on Monday... Talks continue.' },
          ],
        },
      ],
      output: null,
    },
    {
      text: 'Prices rose sharply,. Markets fell.',
      errors: [{ messageId: 'commaFullStop', suggestions: [{ desc: 'Remove the comma', output: 'Prices rose sharply. Markets fell.' }] }],
      output: null,
    },
    { text: '<p>The talks resumed in Cairo.</p>', errors: [{ messageId: 'htmlTag', data: { tag: '<p>' } }, { messageId: 'htmlTag', data: { tag: '</p>' } }], output: 'The talks resumed in Cairo.' },
    {
      text: 'The agency said* that the data were incomplete.',
      errors: [{ messageId: 'asterisk', data: { run: '*' }, suggestions: [{ desc: 'Remove "*"', output: 'The agency said that the data were incomplete.' }] }],
      output: null,
    },
    { text: '## Background\nThe conflict began in October.', errors: [{ messageId: 'headingMark', data: { marks: '##' }, line: 1 }], output: 'Background\nThe conflict began in October.' },
    {
      name: 'a word of another language is still stray in an English article',
      text: 'The council met on Tuesday to discuss the new budget. After the meeting the mayor said es there were still many open questions and that the staff would present a plan by the summer.',
      errors: [{ messageId: 'strayLetters', data: { token: 'es', context: 'said es there' } }],
      output: null,
    },
    { name: 'the same token outside any expression', text: 'Troops moved au the border on Sunday, officials said.', errors: [{ messageId: 'strayLetters', data: { token: 'au', context: 'moved au the' }, line: 1, column: 14 }], output: null },
  ],
});
