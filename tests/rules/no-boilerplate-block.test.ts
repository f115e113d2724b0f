import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-boilerplate-block.js';
import { lineShape } from '../../rules/lib/boilerplate.js';
import { ENGLISH } from '../../rules/lib/language.js';
import { normalizeLine } from '../../rules/lib/residue-lines.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const headline = 'Council approves new budget after a long debate';
const body = [
  'The city council approved a new budget on Monday after a debate that lasted more than six hours, officials said.',
  'Members voted seven to two in favour of the plan, which raises spending on schools and roads by a tenth.',
  'The mayor said the vote was a victory for residents who had waited years for the new library to open.',
  '“We have listened to people, and this is what they asked us for,” she told reporters after the session.',
];
const article = [headline, ...body].join('\n');
/** Site menu and teaser headlines no pattern list knows. */
const menu = 'Rising Star\nKWCH Weather\nTwo Minute Drill\nSubmit Photos and Videos';
const teasers = 'Records fall as Heights wins swimming title\nBlue Valley West wins swim title; East’s Bell shines\nMoscow wins Wild West Bowl for 6-man crown';

testRule(rule, {
  valid: [
    { text: `${article}\n`, name: 'a clean article' },
    { text: `${NEWS_PROSE.join('\n\n')}\n`, name: 'legitimate news prose, subheadings and lists' },
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    {
      name: 'a real subheading inside the body survives',
      text: `${headline}\n${body[0]}\n${body[1]}\nMain requirements\n${body[2]}\n${body[3]}\n`,
    },
    {
      name: 'an article that ends announcing a list keeps the list',
      text: `${headline}\n${body.join('\n')}\nThe plan covers:\nschools\nroads\nthe new library\nAdvertisement\n`,
    },
    {
      name: 'a clean article ending in a contact line: no furniture after the body, no finding',
      text: `${article}\nContact: Jenna Morales, Communications Manager, 555-0187\n`,
    },
    {
      name: 'the attribution of an embedded post closing the body is the article’s',
      text: `${article}\n— Governor Kristi Noem (@govkristinoem) November 18, 2019\nShare this article\n`,
    },
    { name: 'a one-line article', text: `${body[0]}\n` },
    { name: 'a list without prose', text: 'Apples\nPears\nPlums\nCherries\n' },
    {
      name: 'Markdown: heading, subheadings and bullets inside the body',
      text: `# ${headline}\n\n${body[0]}\n\n## What changes\n\n${body[1]}\n\n- more teachers\n- new roads\n\n${body[2]}\n\n${body[3]}\n`,
      filename: 'budget.md',
    },
    {
      name: 'the opening of the story cut off by a sign-up box stays',
      text: `${headline}\n${body[0]}\n${body[1]}\nSign up for our climate newsletter\nGet the week's stories in your inbox every Friday.\n${body[2]}\n${body[3]}\n${body[0]}\n`,
    },
  ],
  invalid: [
    {
      name: 'a site menu above the headline and a teaser list after the body',
      text: `${menu}\n${article}\nMost Read\n${teasers}\n`,
      errors: [
        { line: 1, endLine: 4, message: 'above the headline', severity: 1 },
        // The teasers after "Most Read" are no-related-links' findings; nothing else is left.
      ],
      output: null,
    },
    {
      name: 'teaser headlines with no heading after the body, once the page shows furniture',
      text: `${article}\n© 2019 CBS Interactive Inc. All Rights Reserved.\nWorld\n${teasers}\n`,
      errors: [{ line: 7, endLine: 10, message: 'after the article' }],
      fixTypes: ['suggestion'],
      output: `${article}\n© 2019 CBS Interactive Inc. All Rights Reserved.\n`,
    },
    {
      name: 'a standfirst cut from the body by the byline and date is flagged; the headline is not',
      text: `${headline}\nThe vote ends a year of wrangling over how to pay for the library and the roads.\nBy Jane Doe\nNov. 19, 2019 8:03 am ET\n${body.join('\n')}\n`,
      errors: [{ line: 2, message: 'between the headline and the article' }],
    },
  ],
});

describe('line shapes', () => {
  const shape = (t: string) => lineShape({ line: { index: 0, text: t, start: 0, end: t.length }, ...normalizeLine(t) });
  it('uses a real stopword list', () => {
    for (const w of ['the', 'and', 'of', 'she', 'not']) expect(ENGLISH.has(w)).toBe(true);
    expect(ENGLISH.has('council')).toBe(false);
  });
  it('tells prose, labels and glued menus apart', () => {
    expect(shape(body[0]!).cls).toBe('good');
    expect(shape('Main requirements').cls).toBe('short');
    expect(shape('Cloud Partner ProgramsCloud SecurityCloud StorageEdge Computing').cls).toBe('bad');
    expect(shape('NFL Scores | Expert Picks | Odds').cls).toBe('bad');
    expect(shape('The survey measured the ice at 400 points.').cls).toBe('good');
  });
});
