import rule from '../../rules/no-share-widget.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'Facebook and Twitter shares fell.\n' },
    { text: 'Follow the money, investigators said.\n' },
    { text: 'Print\u00a0editions will end in March, the publisher said.\n' },
    { text: 'She shared the video on WhatsApp with 40 relatives.\n' },
  ],
  invalid: [
    {
      text: 'Headline\n\nShare this article\nFacebook\nTwitter\nEmail\n\nBody text.\n',
      errors: [{ line: 3, message: 'share buttons' }, { line: 4 }, { line: 5 }, { line: 6 }],
      output: 'Headline\n\nBody text.\n',
    },
    { text: 'Body.\n\nEmail • Twitter\n\nMore.\n', errors: [{ line: 3 }], output: 'Body.\n\nMore.\n' },
    { text: 'Body.\n\nFacebookTwitterPinterestEmail\n', errors: [{ line: 3 }], output: 'Body.\n' },
    { text: 'Body.\n0shares\nMore.\n', errors: [{ line: 2 }], output: 'Body.\nMore.\n' },
    { text: 'Body.\nShow more sharing options\nCopy Link URLCopied!\nMore.\n', errors: [{ line: 2 }, { line: 3 }], output: 'Body.\nMore.\n' },
    { text: 'Body.\n\nFor Latest Updates Follow us on Google News\n', errors: [{ line: 3, message: 'follow us' }], output: 'Body.\n' },
    {
      text: 'Body.\n\nFollow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.\n',
      errors: [{ line: 3 }],
    },
    { text: 'Body.\nSubmit to Stumbleupon (Opens in new window)\n', errors: [{ line: 2 }] },
    { text: 'Body.\nShare on WhatsApp\n', errors: [{ line: 2 }] },
  ],
});
