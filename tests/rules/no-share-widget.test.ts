import rule from '../../rules/no-share-widget.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const buttons = (line: number) => ({ messageId: 'shareButtons', line });
const follow = (line: number) => ({ messageId: 'followPrompt', line });

testRule(rule, {
  valid: [
    { name: 'a sentence that starts like a follow call', text: 'Folgen Sie uns in den Wald, sagte der Förster, und zeigte auf den Pfad.\n' },
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'Facebook and Twitter shares fell.\n' },
    { text: 'Follow the money, investigators said.\n' },
    { text: 'Print\u00a0editions will end in March, the publisher said.\n' },
    { text: 'She shared the video on WhatsApp with 40 relatives.\n' },
    { text: 'Wir teilen die Sorge der Eltern, sagte die Ministerin.\n' },
  ],
  invalid: [
    {
      name: 'a follow call that goes on as a sentence: a suggestion (a standfirst)',
      text: 'Follow these steps shared on Twitter to stop a pickpocket on a crowded train.\n',
      errors: [{ messageId: 'followSentence', line: 1, suggestions: [{ desc: 'Remove the line', output: '' }] }],
      output: null,
    },
    {
      name: 'an invitation that goes on as a sentence: a suggestion',
      text: 'Join us at the town hall on Monday to discuss the new bus routes.\n',
      errors: [{ messageId: 'followSentence', line: 1, suggestions: [{ desc: 'Remove the line', output: '' }] }],
      output: null,
    },
    { name: 'a follow prompt that names only networks stays safe', text: 'Follow the Opinion section on Facebook, Twitter and Instagram.\n', errors: [{ messageId: 'followPrompt', line: 1 }], output: '' },
    {
      name: 'follow calls in German, French and Polish, with and without a network',
      text: 'Folgen Sie uns auf Instagram und Facebook\nSuivez-nous\nObserwuj nas na Twitter\n',
      errors: [follow(1), follow(2), follow(3)],
      output: '',
    },
    {
      text: 'Headline\n\nShare this article\nFacebook\nTwitter\nEmail\n\nBody text.\n',
      errors: [buttons(3), buttons(4), buttons(5), buttons(6)],
      output: 'Headline\n\nBody text.\n',
    },
    { text: 'Body.\n\nEmail • Twitter\n\nMore.\n', errors: [buttons(3)], output: 'Body.\n\nMore.\n' },
    { text: 'Body.\n\nFacebookTwitterPinterestEmail\n', errors: [buttons(3)], output: 'Body.\n' },
    { text: 'Body.\n0shares\nMore.\n', errors: [buttons(2)], output: 'Body.\nMore.\n' },
    { text: 'Body.\nShow more sharing options\nCopy Link URLCopied!\nMore.\n', errors: [buttons(2), buttons(3)], output: 'Body.\nMore.\n' },
    { text: 'Body.\n\nFor Latest Updates Follow us on Google News\n', errors: [follow(3)], output: 'Body.\n' },
    {
      text: 'Body.\n\nFollow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.\n',
      errors: [follow(3)],
      output: 'Body.\n',
    },
    { text: 'Body.\nSubmit to Stumbleupon (Opens in new window)\n', errors: [buttons(2)], output: 'Body.\n' },
    { text: 'Body.\nShare on WhatsApp\n', errors: [buttons(2)], output: 'Body.\n' },
    { name: 'share calls in German, French, Polish', text: 'Body.\n\nArtikel teilen\nPartager sur Facebook\nUdostępnij\n', errors: [buttons(3), buttons(4), buttons(5)], output: 'Body.\n' },
  ],
});
