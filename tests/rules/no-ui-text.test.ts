import rule from '../../rules/no-ui-text.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'Search for survivors\n' },
    { text: 'Load more trucks, the foreman shouted.\n' },
    { text: 'Next, the committee will hear from Ursula von der Leyen.\n' },
    { text: 'Comments from the minister angered farmers in Normandy.\n' },
  ],
  invalid: [
    { text: 'Sign In\nLog Out\n\nHeadline\n', errors: [{ line: 1, message: 'site control' }, { line: 2 }], output: 'Headline\n' },
    { text: 'Body.\n\nLoading comments...\n\nMore.\n', errors: [{ line: 3 }], output: 'Body.\n\nMore.\n' },
    { text: 'Body.\nJavaScript is required to load the comments.\nView Comments\n', errors: [{ line: 2 }, { line: 3 }], output: 'Body.\n' },
    { text: 'Body.\n\nBack To Main Menu\n\nBack to top\n', errors: [{ line: 3 }, { line: 5 }], output: 'Body.\n' },
    { text: 'Search SlashGear\nSearch\n\nBody.\n', errors: [{ line: 1 }, { line: 2 }], output: 'Body.\n' },
    { text: 'Body.\nLeave a Reply\n0 Comments\n', errors: [{ line: 2 }, { line: 3 }] },
    { text: 'Body.\nSubscribe Sign In\n', errors: [{ line: 2, message: 'account buttons' }] },
    { text: 'Body.\nYou are signed in as\nEdit ProfileSign Out\n', errors: [{ line: 2 }, { line: 3 }] },
    {
      text: 'Body.\nAs you comment, please be respectful of other commenters and other viewpoints.\nblog comments powered by Disqus\n',
      errors: [{ line: 2 }, { line: 3 }],
    },
    { text: 'Body.\n\n[Print]\n', errors: [{ line: 3 }], output: 'Body.\n' },
  ],
});
