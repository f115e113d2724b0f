import rule from '../../rules/no-byline.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const body = 'The council voted 7-2 to approve the plan after a four-hour debate on Tuesday night.';

const byline = (line: number) => ({ messageId: 'byline', line });
const contact = (line: number, output: string) => ({ messageId: 'contact', line, suggestions: [{ desc: 'Remove the line', output }] });
/** Adjacent contact lines share one suggestion that removes both. */
const contacts = (line: number) => ({ messageId: 'contact', line, suggestions: [{ desc: 'Remove these lines', output: `${body}\n` }] });

testRule(rule, {
  valid: [
    { name: 'link words followed by lower-case text', text: 'Alle Beiträge von heute stehen online.\n' },
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'By Air or by sea, the journey takes four days.\n' },
    { text: 'By 2030, the city hopes to plant 1 million trees.\n' },
    { text: 'Di Maio\n', name: 'an Italian surname is no byline' },
    { text: 'By admin standards, the rollout was slow.\n' },
    { text: 'Reporting by the BBC found that the hospital had lost records.\n' },
    { name: 'a wire-service credit by default (the development labels count them as article text)', text: `${body}\n\n(Reporting by Ana Ruiz in Madrid; Editing by Tom Hale)\n` },
    { text: `${body}\n\nMaria Schmidt\n\n${body}\n`, name: 'a bare name with no byline label before it' },
  ],
  invalid: [
    {
      name: 'an author-box link in German and French: suggestion',
      text: `${body}\n\nAlle Beiträge von Anna Schmidt\n\n${body}\n\nVoir tous les articles de Marie Dupont\n`,
      errors: [
        { messageId: 'profileLink', line: 3, suggestions: [{ desc: 'Remove the line', output: `${body}\n\n${body}\n\nVoir tous les articles de Marie Dupont\n` }] },
        { messageId: 'profileLink', line: 7, suggestions: [{ desc: 'Remove the line', output: `${body}\n\nAlle Beiträge von Anna Schmidt\n\n${body}\n` }] },
      ],
      output: null,
    },
    { name: 'a byline naming the site account and a numeric date', text: 'By admin - 2018-09-16\n', errors: [byline(1)], output: '' },
    { text: `By Jamelle Bouie\n\n${body}\n`, errors: [byline(1)], output: `${body}\n` },
    { text: `By News Desk - February 09 2023\n\n${body}\n`, errors: [byline(1)], output: `${body}\n` },
    { text: `By | Published | No Comments\n\n${body}\n`, errors: [byline(1)], output: `${body}\n` },
    { text: `By María José Núñez and Chen Wei | Reuters\n\n${body}\n`, errors: [byline(1)], output: `${body}\n` },
    { text: `BY SEAN O'NEILL\n\n${body}\n`, errors: [byline(1)], output: `${body}\n` },
    { text: `${body}\n\nPublished by:\n\nKarishma Saurabh Kalita\n`, errors: [byline(3), byline(5)], output: `${body}\n` },
    { text: `By\nSarah E. Needleman\nSarah E. Needleman\n${body}\n`, errors: [byline(1), byline(2), byline(3)], output: `${body}\n` },
    { text: `Opinion Columnist\n${body}\n`, errors: [{ messageId: 'role', line: 1 }], output: `${body}\n` },
    {
      name: 'bylines in German, French, Spanish, Italian, Dutch',
      text: `Von Anna Schmidt\nPar Jean-Luc Martin\nPor María Pérez\ndi Marco Rossi\nDoor Jan de Vries\n\n${body}\n`,
      errors: [byline(1), byline(2), byline(3), byline(4), byline(5)],
      output: `${body}\n`,
    },
    {
      name: 'contact handles: suggestions',
      text: `@saraheneedleman\nSarah.Needleman@wsj.com\n${body}\n`,
      errors: [contacts(1), contacts(2)],
      output: null,
    },
    {
      name: 'contact line: suggestion only',
      text: `${body}\n\nHave a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com. Follow her on Twitter @AmyKup.\n`,
      errors: [contact(3, `${body}\n`)],
      output: null,
    },
    {
      name: 'a wire-service credit with wireCredits: suggestion (the development labels count them as article text)',
      text: `${body}\n\n(Reporting by Ana Ruiz in Madrid; Editing by Tom Hale)\n`,
      options: { wireCredits: true },
      errors: [{ messageId: 'wireCredit', line: 3, suggestions: [{ desc: 'Remove the line', output: `${body}\n` }] }],
      output: null,
    },
    {
      name: 'a profile link: suggestion (too few labelled lines to measure)',
      text: `${body}\n\nView all posts by Ana Ruiz\n`,
      errors: [{ messageId: 'profileLink', line: 3, suggestions: [{ desc: 'Remove the line', output: `${body}\n` }] }],
      output: null,
    },
    {
      name: 'a bio that closes the page is removed',
      text: `${body}\n\n${body}\n\nMeg James is a corporate media reporter for the Los Angeles Times, covering the business of television.\n`,
      errors: [{ messageId: 'bio', line: 5 }],
      output: `${body}\n\n${body}\n`,
    },
    {
      name: 'a bio at the top of the page is only suggested for removal',
      text: `Meg James is a corporate media reporter for the Los Angeles Times.\n\n${body}\n\n${body}\n\n${body}\n`,
      errors: [{ messageId: 'bio', line: 1, suggestions: [{ desc: 'Remove the line', output: `${body}\n\n${body}\n\n${body}\n` }] }],
      output: null,
    },
    {
      text: `${body}\n\n${body}\n\nPooja Sood, a dynamic blog writer and tech enthusiast, is a trailblazer in the world of Computer Science.\n`,
      errors: [{ messageId: 'bio', line: 5 }],
      output: `${body}\n\n${body}\n`,
    },
  ],
});
