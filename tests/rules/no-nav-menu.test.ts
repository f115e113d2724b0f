import rule from '../../rules/no-nav-menu.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const body = 'Prime Minister Kishida said on Friday that Japan would double its defence budget by 2027.';

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: `${NEWS_PROSE.join('\n\n')}\n`, name: 'a whole article of prose' },
    { text: `${body}\n\nIngredients\n2 eggs\n1 cup flour\n200 g sugar\n\n${body}\n`, name: 'a recipe list' },
    { text: `${body}\n\nFrance\nGermany\nItaly\nSpain\n\n${body}\n`, name: 'a list of countries' },
    { text: `Power and Performance\n\n${body}\n\nRange and Charging\n\n${body}\n\nInterior\n\n${body}\n`, name: 'subheadings between paragraphs' },
    { text: `${body}\n\nSports\nNews\n\n${body}\n`, name: 'two lines are not a menu' },
    { text: `${body}\n\nPolitics\n\n${body}\n`, name: 'a section name inside the story is a subheading' },
  ],
  invalid: [
    {
      name: 'the menu ends at its last section name when the story follows (the headline stays)',
      text: `Home\nNews\nPolitics\nBusiness\nContact Us\n\nHeadline of the story\n\n${body}\n`,
      errors: [{ messageId: 'menu', line: 1, endLine: 5, data: { items: 5, sections: 5 } }],
      output: `Headline of the story\n\n${body}\n`,
    },
    {
      text: `${body}\n\nHome\n\nWorld\n\nU.S.\n\nOpinion\n\nKarnataka\n\n${body}\n`,
      errors: [{ messageId: 'menu', line: 3, endLine: 11 }],
      output: `${body}\n\n${body}\n`,
    },
    {
      text: `Gaming\nEntertainment\nScience\nFeatures\nReviews\nColumns\nTwitter\nFacebook\nRSS\n${body}\n`,
      errors: [{ messageId: 'menu', line: 1, endLine: 9 }],
      output: `${body}\n`,
    },
    {
      name: 'a German menu',
      text: `Startseite\nPolitik\nWirtschaft\nSport\nKultur\n\n${body}\n`,
      errors: [{ messageId: 'menu', line: 1, endLine: 5 }],
      output: `${body}\n`,
    },
    {
      name: 'a lone section name above the story: suggestion',
      text: `Politics\n\nHeadline of the story\n\n${body}\n`,
      errors: [{ messageId: 'sectionLabel', line: 1, suggestions: [{ desc: 'Remove the line', output: `Headline of the story\n\n${body}\n` }] }],
      output: null,
    },
  ],
});
