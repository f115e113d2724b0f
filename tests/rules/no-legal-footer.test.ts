import rule from '../../rules/no-legal-footer.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'The terms of use changed in 2021, and users sued.\n' },
    { text: 'The regulator said the site uses cookies to track children, which is illegal.\n' },
    { text: 'About us, he said, the neighbours knew nothing.\n' },
  ],
  invalid: [
    { text: 'Body.\n\n© 2019 NJ.com. All rights reserved (About Us).\n', errors: [{ line: 3, column: 1 }], output: 'Body.\n' },
    { text: 'Body.\nCopyright © 2024 Example Media Group\n', errors: [{ line: 2 }], output: 'Body.\n' },
    { text: 'Body.\nEditorial Standards / Ethics Statement / Privacy Policy / Terms of Use\nMore.\n', errors: [{ line: 2, message: 'footer links' }], output: 'Body.\nMore.\n' },
    { text: 'Body.\n\nTerms of Use\n\nPrivacy Policy\n', errors: [{ line: 3 }, { line: 5 }], output: 'Body.\n' },
    {
      text: 'Body.\nRegistration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy\n',
      errors: [{ line: 2 }],
    },
    {
      text: 'Body.\nThe material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of NJ.com.\n',
      errors: [{ line: 2 }],
    },
    {
      text: 'We use cookies to give you the best experience. By continuing to browse the site you agree to our use of cookies.\n\nBody.\n',
      errors: [{ line: 1, message: 'cookie' }],
      output: 'Body.\n',
    },
  ],
});
