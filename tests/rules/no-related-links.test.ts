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
    { text: 'Lesen Sie auch die Stellungnahme des Ministers, die am Montag veröffentlicht wurde.\n' },
  ],
  invalid: [
    {
      text: `${p1}\n\n${p2}\n\nMost Popular\nStorm leaves thousands without power\nCity council approves new budget\n`,
      errors: [{ messageId: 'box', line: 5, endLine: 7, data: { line: 'Most Popular', teasers: 2, confidence: 0.99, evidence: 'related-content heading,2 teaser lines under it' } }],
      output: `${p1}\n\n${p2}\n`,
    },
    { name: 'a lone heading', text: `${p1}\n\nMost Popular`, errors: [{ messageId: 'box', line: 3 }], output: p1 },
    {
      name: 'a mid-article box stops at the prose that follows',
      text: `${p1}\nRelated\n'Waves': Why Taylor Russell Is a Revelation\nHow to Watch This Week's Hearings\n${p2}\n`,
      errors: [{ messageId: 'box', line: 2, endLine: 4 }],
      output: `${p1}\n${p2}\n`,
    },
    {
      name: 'a box listing a line that also stands elsewhere on the page (the story\'s own headline): that line is only suggested, the rest goes',
      text: `Strike closes Lagos schools\n\n${p1}\n\nLatest News\nStrike closes Lagos schools\nCity council approves new budget\nFerry service resumes today\n`,
      errors: [
        { messageId: 'box', line: 5, endLine: 5 },
        { messageId: 'repeatedTeaser', line: 6, suggestions: [{ desc: 'Remove the teaser', output: `Strike closes Lagos schools\n\n${p1}\n\nLatest News\nCity council approves new budget\nFerry service resumes today\n` }] },
        { messageId: 'teasers', line: 7, endLine: 8, data: { line: 'City council approves new budget', heading: 5, teasers: 2 } },
      ],
      output: `Strike closes Lagos schools\n\n${p1}\n\nStrike closes Lagos schools\n`,
    },
    {
      name: "a box that runs into the story's headline, which begins the page's title: the headline stays",
      text: `Strike closes Lagos schools – The Daily Courier\n\nLatest News\nCity council approves new budget\nStrike closes Lagos schools\n\n${p1}\n`,
      errors: [{ messageId: 'box', line: 3, endLine: 4 }, { messageId: 'repeatedTeaser', line: 5, suggestions: [{ desc: 'Remove the teaser', output: `Strike closes Lagos schools – The Daily Courier\n\nLatest News\nCity council approves new budget\n\n${p1}\n` }] }],
      output: `Strike closes Lagos schools – The Daily Courier\n\nStrike closes Lagos schools\n\n${p1}\n`,
    },
    { text: `${p1}\n\nRelated: From Big Bang to Present: Snapshots of Our Universe\n\n${p2}\n`, errors: [{ messageId: 'pointer', line: 3 }], output: `${p1}\n\n${p2}\n` },
    { text: `${p1}\n\nREAD MORE: Nigeria’s teachers strike again\n`, errors: [{ messageId: 'pointer', line: 3 }], output: `${p1}\n` },
    {
      text: `${p1}\n\nPREV More than 70% of Moroccans support cannabis cultivation\nNEXT The director of the Red Cross warns of a crisis\n`,
      errors: [{ messageId: 'pointer', line: 3 }, { messageId: 'pointer', line: 4 }],
      output: `${p1}\n`,
    },
    { text: `${p1}\nTags: Lagos, education, strikes\n`, errors: [{ messageId: 'tags', line: 2 }], output: `${p1}\n` },
    { name: 'a plural tag word without a colon is a tag list', text: `${p1}\nTags Lagos education strikes\n`, errors: [{ messageId: 'tags', line: 2 }], output: `${p1}\n` },
    {
      name: 'a singular tag word without a colon: a suggestion (a heading such as an open day)',
      text: `${p1}\nTag der offenen Tür im Rathaus am 11. Mai\n`,
      errors: [{ messageId: 'tagWord', line: 2, suggestions: [{ desc: 'Remove the line', output: `${p1}\n` }] }],
      output: null,
    },
    { text: `${p1}\nMaharashtra | Sonia Gandhi gives nod to Congress alliance - Read More »»\n`, errors: [{ messageId: 'pointer', line: 2 }], output: `${p1}\n` },
    { text: `${p1}\n\nYou may also like...\n\nWho will make the Rock Hall in 2020?\n`, errors: [{ messageId: 'box', line: 3, endLine: 5 }], output: `${p1}\n` },
    {
      name: 'a teaser ending in a quoted exclamation stays in the box',
      text: `${p1}\nTrending News\nVideo shows dramatic rescue of kidnapped girl: "We got her!"\nMan arrested after 7 trafficking victims found in car: Police\n${p2}\n`,
      errors: [{ messageId: 'box', line: 2, endLine: 4 }],
      output: `${p1}\n${p2}\n`,
    },
    {
      name: 'related headings in German, French, Spanish, Polish',
      text: `${p1}\n\nDas könnte Sie auch interessieren\nNeue Brücke für die Altstadt\n\nÀ lire aussi\nLa grève continue\n\nLo más leído\nEl tiempo para mañana\n\nCzytaj także\nNowy rząd w Warszawie\n`,
      errors: [{ messageId: 'box', line: 3, endLine: 13 }],
      output: `${p1}\n`,
    },
    {
      name: 'a lead-in ending in a colon is not a teaser',
      text: `${p1}\n\nMore on this\nA detailed overview of the new rules is available from the ministry, and further details here:\n\n${p2}\n`,
      errors: [{ messageId: 'box', line: 3 }],
      output: `${p1}\n\nA detailed overview of the new rules is available from the ministry, and further details here:\n\n${p2}\n`,
    },
  ],
});
