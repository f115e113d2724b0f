import rule from '../../rules/no-byline.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const body = 'The council voted 7-2 to approve the plan after a four-hour debate on Tuesday night.';

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'By Air or by sea, the journey takes four days.\n' },
    { text: 'By 2030, the city hopes to plant 1 million trees.\n' },
    { text: `${body}\n\nMaria Schmidt\n\n${body}\n`, name: 'a bare name with no byline label before it' },
  ],
  invalid: [
    { text: `By Jamelle Bouie\n\n${body}\n`, errors: [{ line: 1, message: 'byline' }], output: `${body}\n` },
    { text: `By News Desk - February 09 2023\n\n${body}\n`, errors: [{ line: 1 }] },
    { text: `By | Published | No Comments\n\n${body}\n`, errors: [{ line: 1 }] },
    { text: `By María José Núñez and Chen Wei | Reuters\n\n${body}\n`, errors: [{ line: 1 }] },
    { text: `BY SEAN O'NEILL\n\n${body}\n`, errors: [{ line: 1 }] },
    { text: `${body}\n\nPublished by:\n\nKarishma Saurabh Kalita\n`, errors: [{ line: 3 }, { line: 5 }] },
    { text: `By\nSarah E. Needleman\nSarah E. Needleman\n${body}\n`, errors: [{ line: 1 }, { line: 2 }, { line: 3 }] },
    { text: `Opinion Columnist\n${body}\n`, errors: [{ line: 1, message: 'role' }] },
    { text: `@saraheneedleman\nSarah.Needleman@wsj.com\n${body}\n`, errors: [{ line: 1, message: 'contact' }, { line: 2 }] },
    {
      name: 'contact line: suggestion only',
      output: null,
      text: `${body}\n\nHave a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com. Follow her on Twitter @AmyKup.\n`,
      errors: [{ line: 3 }],
    },
    {
      text: `${body}\n\n${body}\n\nMeg James is a corporate media reporter for the Los Angeles Times, covering the business of television.\n`,
      errors: [{ line: 5, message: 'bio', severity: 1 }],
      output: `${body}\n\n${body}\n`,
    },
    {
      name: 'a bio at the top of the page is only suggested for removal',
      text: `Meg James is a corporate media reporter for the Los Angeles Times.\n\n${body}\n\n${body}\n\n${body}\n`,
      errors: [{ line: 1, message: 'bio' }],
      output: null,
    },
    {
      text: `${body}\n\n${body}\n\nPooja Sood, a dynamic blog writer and tech enthusiast, is a trailblazer in the world of Computer Science.\n`,
      errors: [{ line: 5, message: 'bio' }],
    },
  ],
});

testRule(rule, {
  valid: [{ text: 'By admin standards, the rollout was slow.\n' }],
  invalid: [{ name: 'a byline naming the site account and a numeric date', text: 'By admin - 2018-09-16\n', errors: [{ line: 1 }], output: '' }],
});
