import rule from '../../rules/no-ui-text.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const control = (line: number) => ({ messageId: 'control', line });
const comments = (line: number) => ({ messageId: 'commentWidget', line });

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'Search for survivors\n' },
    { text: 'Load more trucks, the foreman shouted.\n' },
    { text: 'Next, the committee will hear from Ursula von der Leyen.\n' },
    { text: 'Comments from the minister angered farmers in Normandy.\n' },
    { text: 'Die Kommentare des Ministers verärgerten die Landwirte.\n' },
  ],
  invalid: [
    {
      name: 'a comment word alone between two paragraphs: a suggestion (the heading of the commentary part)',
      text: 'The agency said the attack was planned for months and carried out by a group linked to the security services.\n\nKomentarz\n\nThe government in Prague expelled eighteen diplomats on Saturday, and Moscow answered with expulsions of its own.\n',
      errors: [{ messageId: 'headingAmidProse', line: 3, suggestions: [{ desc: 'Remove the line', output: 'The agency said the attack was planned for months and carried out by a group linked to the security services.\n\nThe government in Prague expelled eighteen diplomats on Saturday, and Moscow answered with expulsions of its own.\n' }] }],
      output: null,
    },
    { name: 'a comment count after the last paragraph stays safe', text: 'The agency said the attack was planned for months and carried out by a group linked to the security services.\n\n12 Comments\n', errors: [comments(3)], output: 'The agency said the attack was planned for months and carried out by a group linked to the security services.\n' },
    { text: 'Sign In\nLog Out\n\nHeadline\n', errors: [control(1), control(2)], output: 'Headline\n' },
    { text: 'Body.\n\nLoading comments...\n\nMore.\n', errors: [control(3)], output: 'Body.\n\nMore.\n' },
    { text: 'Body.\nJavaScript is required to load the comments.\nView Comments\n', errors: [control(2), comments(3)], output: 'Body.\n' },
    { text: 'Body.\n\nBack To Main Menu\n\nBack to top\n', errors: [control(3), control(5)], output: 'Body.\n' },
    { text: 'Search SlashGear\nSearch\n\nBody.\n', errors: [control(1), control(2)], output: 'Body.\n' },
    { text: 'Body.\nLeave a Reply\n0 Comments\n', errors: [comments(2), comments(3)], output: 'Body.\n' },
    { name: 'a strip of account buttons', text: 'Body.\nSubscribe Sign In\n', errors: [control(2)], output: 'Body.\n' },
    { text: 'Body.\nYou are signed in as\nEdit ProfileSign Out\n', errors: [control(2), control(3)], output: 'Body.\n' },
    {
      text: 'Body.\nAs you comment, please be respectful of other commenters and other viewpoints.\nblog comments powered by Disqus\n',
      errors: [comments(2), comments(3)],
      output: 'Body.\n',
    },
    { text: 'Body.\n\n[Print]\n', errors: [control(3)], output: 'Body.\n' },
    {
      name: 'controls and comment widgets in German, French, Spanish, Polish',
      text: 'Body.\n\nWeiterlesen\nRetour en haut\nDeja un comentario\nKomentarze (12)\n',
      errors: [control(3), control(4), comments(5), comments(6)],
      output: 'Body.\n',
    },
  ],
});
