import rule from '../../rules/no-skip-link.js';
import { testRule } from '../helpers/rule-tester.js';

const skip = (line: number) => ({ messageId: 'skipLink', line });

testRule(rule, {
  valid: [
    { text: 'Fans were told to skip to the main event after the delay.\n' },
    { text: 'Skip to content is a phrase web designers know well, she said.\n' },
    { text: 'The Skip Bayless show\n' },
    { text: 'Er sprang zum Inhalt der Debatte zurück, als die Zeit knapp wurde.\n' },
  ],
  invalid: [
    { text: 'Skip to content\n\nHeadline here\n\nBody text.\n', errors: [{ ...skip(1), column: 1 }], output: 'Headline here\n\nBody text.\n' },
    { text: 'Jump to main content\nHeadline\n', errors: [skip(1)], output: 'Headline\n' },
    { text: 'Body.\n\n[Skip to navigation]\n\nMore body.\n', errors: [skip(3)], output: 'Body.\n\nMore body.\n' },
    { text: 'Body.\n\nSkip navigation', errors: [skip(3)], output: 'Body.' },
    { text: 'Body.\r\n\r\nSkip to main content\r\n\r\nMore.\r\n', errors: [skip(3)], output: 'Body.\r\n\r\nMore.\r\n' },
    { name: 'German, French, Polish skip links', text: 'Zum Inhalt springen\nAller au contenu\nPrzejdź do treści\n\nBody.\n', errors: [skip(1), skip(2), skip(3)], output: 'Body.\n' },
  ],
});
