import rule from '../../rules/no-legal-footer.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const at = (messageId: string, line: number) => ({ messageId, line });

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'The terms of use changed in 2021, and users sued.\n' },
    { text: 'The regulator said the site uses cookies to track children, which is illegal.\n' },
    { text: 'About us, he said, the neighbours knew nothing.\n' },
    { text: 'Der Datenschutz sei kein Hindernis für die Forschung, sagte die Ministerin.\n' },
    { text: 'The essay was originally published in 1952 and reprinted twice.\n' },
    { name: 'a republication note by default (the development labels count them as article text)', text: 'Body.\n\nThis article was originally published on The Conversation.\n' },
  ],
  invalid: [
    {
      name: 'one footer link alone between two paragraphs: a suggestion (a section heading of the article)',
      text: 'All photos are available in sizes up to 8,000 pixels, and the colour depth of every file is 48 bits.\n\nTerms of use\n\nIn the reduced size shown here, they may be used for private purposes as the licence below describes.\n',
      errors: [{ messageId: 'headingAmidProse', line: 3, suggestions: [{ desc: 'Remove the line', output: 'All photos are available in sizes up to 8,000 pixels, and the colour depth of every file is 48 bits.\n\nIn the reduced size shown here, they may be used for private purposes as the licence below describes.\n' }] }],
      output: null,
    },
    { name: 'footer links after the last paragraph stay safe', text: 'All photos are available in sizes up to 8,000 pixels, and the colour depth of every file is 48 bits.\n\nTerms of use\nPrivacy Policy\n', errors: [at('footerLinks', 3), at('footerLinks', 4)], output: 'All photos are available in sizes up to 8,000 pixels, and the colour depth of every file is 48 bits.\n' },
    {
      name: 'a copyright line: suggestion (a publisher may end the article with it)',
      text: 'Body.\n\n© 2019 NJ.com. All rights reserved (About Us).\n',
      errors: [{ ...at('copyright', 3), column: 1, suggestions: [{ desc: 'Remove the line', output: 'Body.\n' }] }],
      output: null,
    },
    { text: 'Body.\nCopyright © 2024 Example Media Group\n', errors: [{ ...at('copyright', 2), suggestions: [{ desc: 'Remove the line', output: 'Body.\n' }] }], output: null },
    { text: 'Body.\nEditorial Standards / Ethics Statement / Privacy Policy / Terms of Use\nMore.\n', errors: [at('footerLinks', 2)], output: 'Body.\nMore.\n' },
    { text: 'Body.\n\nTerms of Use\n\nPrivacy Policy\n', errors: [at('footerLinks', 3), at('footerLinks', 5)], output: 'Body.\n' },
    {
      text: 'Body.\nRegistration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy\n',
      errors: [at('legalNotice', 2)],
      output: 'Body.\n',
    },
    {
      text: 'Body.\nThe material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of NJ.com.\n',
      errors: [at('legalNotice', 2)],
      output: 'Body.\n',
    },
    {
      text: 'We use cookies to give you the best experience. By continuing to browse the site you agree to our use of cookies.\n\nBody.\n',
      errors: [at('legalNotice', 1)],
      output: 'Body.\n',
    },
    {
      name: 'footers in German, French, Spanish, Polish',
      text: 'Body.\n\nImpressum | Datenschutz | Kontakt\nMentions légales\nTodos los derechos reservados\nWir verwenden Cookies, um unsere Website für Sie zu verbessern.\nPolityka prywatności\n',
      errors: [
        at('footerLinks', 3),
        at('footerLinks', 4),
        { ...at('copyright', 5), suggestions: [{ desc: 'Remove the line', output: 'Body.\n\nImpressum | Datenschutz | Kontakt\nMentions légales\nWir verwenden Cookies, um unsere Website für Sie zu verbessern.\nPolityka prywatności\n' }] },
        at('legalNotice', 6),
        at('footerLinks', 7),
      ],
      output: 'Body.\n\nTodos los derechos reservados\n',
    },
    {
      name: 'a blog-platform footer: suggestion (too few labelled lines to measure)',
      text: 'Body.\n\nProudly powered by WordPress\n',
      errors: [{ ...at('platformFooter', 3), suggestions: [{ desc: 'Remove the line', output: 'Body.\n' }] }],
      output: null,
    },
    {
      name: 'a republication note with republicationNotes: suggestion only',
      text: 'Body.\n\nThis article was originally published on The Conversation.\n',
      options: { republicationNotes: true },
      errors: [{ ...at('republished', 3), suggestions: [{ desc: 'Remove the line', output: 'Body.\n' }] }],
      output: null,
    },
  ],
});
