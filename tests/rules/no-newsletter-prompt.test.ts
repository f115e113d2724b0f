import rule from '../../rules/no-newsletter-prompt.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'More than 40,000 readers subscribe to the weekly newsletter, its founder said.\n' },
    { text: 'I agree that the terms were unfair, the judge wrote.\n' },
    { text: 'Sign up for the Disney+ bundle using the same email as your Hulu account\n' },
  ],
  invalid: [
    {
      text: 'Body.\n\nSign Up For The Judean Newsletter\n\nI agree with the Terms and conditions and the Privacy policy\n',
      errors: [{ line: 3, message: 'newsletter' }, { line: 5 }],
      output: 'Body.\n',
    },
    {
      text: 'Body.\nPick Six Newsletter\nI agree that CBS Sports can send me the "Pick Six Newsletter" newsletter.\nSee All Newsletters\nPlease check the opt-in box to acknowledge that you would like to subscribe.\nThanks for signing up!\nKeep an eye on your inbox for the latest sports news.\nMore.\n',
      errors: [{ line: 2 }, { line: 3 }, { line: 4 }, { line: 5 }, { line: 6 }, { line: 7 }],
      output: 'Body.\nMore.\n',
    },
    { text: 'Body.\nNo spam, we promise. You can unsubscribe at any time.\n', errors: [{ line: 2 }] },
    { text: 'Body.\nGet the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.\n', errors: [{ line: 2 }] },
    { text: 'Body.\nDon\'t miss a brief. Sign up for our daily email.\n', errors: [{ line: 2 }] },
    { text: 'Body.\nTo Read the Full Story\nSubscribe\n', errors: [{ line: 2 }, { line: 3 }], output: 'Body.\n' },
    { text: 'Body.\nEnter your email address\n', errors: [{ line: 2 }] },
    { text: 'Body.\nSubscribe to WIRED and stay smart with more of your favorite Ideas writers.\n', errors: [{ line: 2 }] },
  ],
});
