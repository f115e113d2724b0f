import rule from '../../rules/no-ad-label.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const label = (line: number) => ({ messageId: 'adLabel', line });

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'Sponsored content is now a third of the publisher’s revenue.\n' },
    { text: 'The story continues below the fold in print editions, he joked.\n' },
    { text: 'Ads\u00a0for the drug ran on television for years, the complaint says.\n' },
    { name: 'a disclosure the story reports', text: 'The blogger disclosed that she may earn a commission when readers buy through her links, the regulator said.\n' },
    { text: 'Die Anzeige wurde am Montag bei der Polizei erstattet.\n' },
  ],
  invalid: [
    { text: 'First paragraph.\n\nAdvertisement\n\nSecond paragraph.\n', errors: [{ ...label(3), column: 1 }], output: 'First paragraph.\n\nSecond paragraph.\n' },
    { text: 'First.\nADVERTISEMENT - CONTINUE READING BELOW\nSecond.\n', errors: [label(2)], output: 'First.\nSecond.\n' },
    { text: 'Story continues below advertisement\n\nBody.\n', errors: [label(1)], output: 'Body.\n' },
    { text: 'Body.\n\nContinue reading the main story\n\nMore body.\n\nSupported by\n', errors: [label(3), label(7)], output: 'Body.\n\nMore body.\n' },
    { text: 'Body.\r\n\r\nSponsored\r\n\r\nMore.\r\n', errors: [label(3)], output: 'Body.\r\n\r\nMore.\r\n' },
    { text: 'Body.\n\nAd Choices\n', errors: [label(3)], output: 'Body.\n' },
    { text: 'Body.\n\n[Advert]\n\nMore.\n', errors: [label(3)], output: 'Body.\n\nMore.\n' },
    {
      name: 'labels with punctuation and "article continues" markers',
      text: 'Body.\n\n- Advertisement -\n\n*** ADVERTISEMENT ***\n\nAdvertisement:\n\nArticle continues below\n\nMore.\n',
      errors: [label(3), label(5), label(7), label(9)],
      output: 'Body.\n\nMore.\n',
    },
    {
      name: 'ad labels in German, French, Spanish, Polish',
      text: 'Body.\n\nAnzeige\n\nPublicité\n\nPublicidad\n\nReklama\n\nMore.\n',
      errors: [label(3), label(5), label(7), label(9)],
      output: 'Body.\n\nMore.\n',
    },
    {
      name: 'affiliate disclosure: suggestion only',
      text: 'Body.\n\nWhen you purchase through links on our site, we may earn an affiliate commission.\n\nMore.\n',
      errors: [{ messageId: 'affiliateDisclosure', line: 3, suggestions: [{ desc: 'Remove the line', output: 'Body.\n\nMore.\n' }] }],
      output: null,
    },
  ],
});
