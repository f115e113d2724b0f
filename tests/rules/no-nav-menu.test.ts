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
  ],
  invalid: [
    {
      text: `Home\nNews\nPolitics\nBusiness\nContact Us\n\nHeadline of the story\n\n${body}\n`,
      errors: [{ line: 1, endLine: 7, message: 'Navigation menu' }],
      output: null,
    },
    {
      text: `${body}\n\nHome\n\nWorld\n\nU.S.\n\nOpinion\n\nKarnataka\n\n${body}\n`,
      errors: [{ line: 3, endLine: 11 }],
      fixTypes: ['suggestion'],
      output: `${body}\n\n${body}\n`,
    },
    {
      text: `Gaming\nEntertainment\nScience\nFeatures\nReviews\nColumns\nTwitter\nFacebook\nRSS\n${body}\n`,
      errors: [{ line: 1, endLine: 9 }],
      fixTypes: ['suggestion'],
      output: `${body}\n`,
    },
  ],
});
