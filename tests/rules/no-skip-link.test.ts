import rule from '../../rules/no-skip-link.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { text: 'Fans were told to skip to the main event after the delay.\n' },
    { text: 'Skip to content is a phrase web designers know well, she said.\n' },
    { text: 'The Skip Bayless show\n' },
  ],
  invalid: [
    { text: 'Skip to content\n\nHeadline here\n\nBody text.\n', errors: [{ line: 1, column: 1 }], output: 'Headline here\n\nBody text.\n' },
    { text: 'Jump to main content\nHeadline\n', errors: [{ line: 1 }], output: 'Headline\n' },
    { text: 'Body.\n\n[Skip to navigation]\n\nMore body.\n', errors: [{ line: 3 }], output: 'Body.\n\nMore body.\n' },
    { text: 'Body.\n\nSkip navigation', errors: [{ line: 3 }], output: 'Body.' },
    { text: 'Body.\r\n\r\nSkip to main content\r\n\r\nMore.\r\n', errors: [{ line: 3 }], output: 'Body.\r\n\r\nMore.\r\n' },
  ],
});
