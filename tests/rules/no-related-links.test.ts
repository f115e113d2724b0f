import rule from '../../rules/no-related-links.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const p1 = 'The strike closed 40 schools across Lagos on Monday, the union said in a statement.';
const p2 = '“We will not go back until the arrears are paid,” said Adaeze Okafor, a teacher in Ikeja.';

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: `${NEWS_PROSE.join('\n\n')}\n`, name: 'a whole article of prose' },
    { text: 'Next, the court will hear the appeal.\n' },
    { text: 'Topics discussed included trade and security.\n' },
  ],
  invalid: [
    {
      text: `${p1}\n\n${p2}\n\nMost Popular\nStorm leaves thousands without power\nCity council approves new budget\n`,
      errors: [{ line: 5, endLine: 7, message: '2 lines' }],
      output: `${p1}\n\n${p2}\n`,
    },
    {
      name: 'a lone heading is removed by the safe fix',
      text: `${p1}\n\nMost Popular`,
      errors: [{ line: 3, message: 'heading' }],
      output: p1,
    },
    {
      name: 'a mid-article box stops at the prose that follows',
      text: `${p1}\nRelated\n'Waves': Why Taylor Russell Is a Revelation\nHow to Watch This Week's Hearings\n${p2}\n`,
      errors: [{ line: 2, endLine: 4 }],
      fixTypes: ['suggestion'],
      output: `${p1}\n${p2}\n`,
    },
    {
      name: 'a mid-article box is not removed by the safe fix',
      text: `${p1}\nRelated\n'Waves': Why Taylor Russell Is a Revelation\n${p2}\n`,
      errors: [{ line: 2, endLine: 3 }],
      output: null,
    },
    { text: `${p1}\n\nRelated: From Big Bang to Present: Snapshots of Our Universe\n\n${p2}\n`, errors: [{ line: 3, message: 'points to another article' }], output: `${p1}\n\n${p2}\n` },
    { text: `${p1}\n\nREAD MORE: Nigeria’s teachers strike again\n`, errors: [{ line: 3 }], output: `${p1}\n` },
    {
      text: `${p1}\n\nPREV More than 70% of Moroccans support cannabis cultivation\nNEXT The director of the Red Cross warns of a crisis\n`,
      errors: [{ line: 3 }, { line: 4 }],
    },
    { text: `${p1}\nTags: Lagos, education, strikes\n`, errors: [{ line: 2, message: 'tag list' }] },
    { text: `${p1}\nMaharashtra | Sonia Gandhi gives nod to Congress alliance - Read More »»\n`, errors: [{ line: 2 }] },
    { text: `${p1}\n\nYou may also like...\n\nWho will make the Rock Hall in 2020?\n`, errors: [{ line: 3, endLine: 5 }] },
    {
      name: 'a teaser ending in a quoted exclamation stays in the box',
      text: `${p1}\nTrending News\nVideo shows dramatic rescue of kidnapped girl: "We got her!"\nMan arrested after 7 trafficking victims found in car: Police\n${p2}\n`,
      errors: [{ line: 2, endLine: 4 }],
    },
  ],
});
