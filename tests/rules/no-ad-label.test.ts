import rule from '../../rules/no-ad-label.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'Sponsored content is now a third of the publisher’s revenue.\n' },
    { text: 'The story continues below the fold in print editions, he joked.\n' },
    { text: 'Ads\u00a0for the drug ran on television for years, the complaint says.\n' },
  ],
  invalid: [
    { text: 'First paragraph.\n\nAdvertisement\n\nSecond paragraph.\n', errors: [{ line: 3, column: 1, message: 'advertisement label' }], output: 'First paragraph.\n\nSecond paragraph.\n' },
    { text: 'First.\nADVERTISEMENT - CONTINUE READING BELOW\nSecond.\n', errors: [{ line: 2 }], output: 'First.\nSecond.\n' },
    { text: 'Story continues below advertisement\n\nBody.\n', errors: [{ line: 1 }], output: 'Body.\n' },
    { text: 'Body.\n\nContinue reading the main story\n\nMore body.\n\nSupported by\n', errors: [{ line: 3 }, { line: 7 }], output: 'Body.\n\nMore body.\n' },
    { text: 'Body.\r\n\r\nSponsored\r\n\r\nMore.\r\n', errors: [{ line: 3 }], output: 'Body.\r\n\r\nMore.\r\n' },
    { text: 'Body.\n\nAd Choices\n', errors: [{ line: 3 }], output: 'Body.\n' },
    { text: 'Body.\n\n[Advert]\n\nMore.\n', errors: [{ line: 3 }], output: 'Body.\n\nMore.\n' },
    {
      name: 'affiliate disclosure: suggestion only',
      text: 'Body.\n\nWhen you purchase through links on our site, we may earn an affiliate commission.\n\nMore.\n',
      errors: [{ line: 3, message: 'affiliate disclosure' }],
      output: null,
    },
    {
      name: 'affiliate disclosure removed with suggestions',
      text: 'Body.\n\nThis post may contain affiliate links.\n\nMore.\n',
      errors: [{ line: 3 }],
      fixTypes: ['suggestion'],
      output: 'Body.\n\nMore.\n',
    },
  ],
});
