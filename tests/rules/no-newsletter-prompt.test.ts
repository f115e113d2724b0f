import rule from '../../rules/no-newsletter-prompt.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const signUp = (line: number) => ({ messageId: 'signUp', line });

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'More than 40,000 readers subscribe to the weekly newsletter, its founder said.\n' },
    { text: 'I agree that the terms were unfair, the judge wrote.\n' },
    { text: 'Die Zeitung will ihren Newsletter abonnieren lassen, sagte der Verleger.\n' },
    { text: 'Sign up for the Disney+ bundle using the same email as your Hulu account\n' },
  ],
  invalid: [
    {
      name: 'a sign-up word alone between two paragraphs: a suggestion (a section heading of the article)',
      text: 'The members met on Tuesday evening and agreed to raise the yearly fee by five francs.\n\nNewsletter\n\nAnna Berg will write the newsletter again from March, and members may send her their news by the end of each month.\n',
      errors: [{ messageId: 'headingAmidProse', line: 3, suggestions: [{ desc: 'Remove the line', output: 'The members met on Tuesday evening and agreed to raise the yearly fee by five francs.\n\nAnna Berg will write the newsletter again from March, and members may send her their news by the end of each month.\n' }] }],
      output: null,
    },
    {
      name: 'a sign-up heading over its own box text stays safe',
      text: 'The members met on Tuesday evening and agreed to raise the yearly fee by five francs.\n\nNewsletter\n\nSign up for our weekly newsletter and never miss the latest news from the club!\n',
      errors: [signUp(3), signUp(5)],
      output: 'The members met on Tuesday evening and agreed to raise the yearly fee by five francs.\n',
    },
    {
      text: 'Body.\n\nSign Up For The Judean Newsletter\n\nI agree with the Terms and conditions and the Privacy policy\n',
      errors: [signUp(3), signUp(5)],
      output: 'Body.\n',
    },
    {
      text: 'Body.\nPick Six Newsletter\nI agree that CBS Sports can send me the "Pick Six Newsletter" newsletter.\nSee All Newsletters\nPlease check the opt-in box to acknowledge that you would like to subscribe.\nThanks for signing up!\nKeep an eye on your inbox for the latest sports news.\nMore.\n',
      errors: [signUp(2), signUp(3), signUp(4), signUp(5), signUp(6), signUp(7)],
      output: 'Body.\nMore.\n',
    },
    { text: 'Body.\nNo spam, we promise. You can unsubscribe at any time.\n', errors: [signUp(2)], output: 'Body.\n' },
    { text: 'Body.\nGet the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.\n', errors: [signUp(2)], output: 'Body.\n' },
    { text: 'Body.\nDon\'t miss a brief. Sign up for our daily email.\n', errors: [signUp(2)], output: 'Body.\n' },
    { text: 'Body.\nTo Read the Full Story\nSubscribe\n', errors: [signUp(2), signUp(3)], output: 'Body.\n' },
    { text: 'Body.\nEnter your email address\n', errors: [signUp(2)], output: 'Body.\n' },
    {
      name: 'sign-up calls in German, French, Spanish, Polish',
      text: 'Body.\n\nNewsletter abonnieren\nAbonnez-vous\nSuscríbete al boletín\nZapisz się do newslettera\n',
      errors: [signUp(3), signUp(4), signUp(5), signUp(6)],
      output: 'Body.\n',
    },
    { text: 'Body.\nSubscribe to WIRED and stay smart with more of your favorite Ideas writers.\n', errors: [signUp(2)], output: 'Body.\n' },
  ],
});
