import rule from '../../rules/no-timestamp.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

const body = 'Rescue teams reached the village of Çatalca after a six-hour drive, officials said.';

const stamp = (line: number) => ({ messageId: 'stamp', line });
const named = (line: number) => ({ messageId: 'stampWithName', line });
/** A stamp with its publishing word: a suggestion, as one development page keeps such a line in its article. */
const published = (line: number, output: string, desc = 'Remove the line') => ({ messageId: 'publishedStamp', line, suggestions: [{ desc, output }] });

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { text: 'Police said the attack began at 9:41 am and ended by noon.\n' },
    { text: 'Chapter 3\n' },
    { text: '2020\n' },
    { text: 'The 1,200 workers in 47 plants\n' },
    { text: '— Governor Kristi Noem (@govkristinoem) November 18, 2019\n' },
    { name: 'a tour schedule', text: 'June 17 – Nashville, TN @ Bridgestone Arena\nJune 19 – Atlanta, GA @ State Farm Arena\nJune 21 – Tampa, FL @ Amalie Arena\n' },
    { name: 'two dates without a publishing word: the period the story names', text: `${body}\n\n3 March 2021 | 14 June 2021\n\n${body}\n` },
    { name: 'a period given with numeric dates', text: `${body}\n\n01.02.2022 – 28.02.2022\n\n${body}\n` },
    { name: 'a period given with other-language months', text: `${body}\n\n12. Jänner – 9. Februar 2020\n\n${body}\n` },
    { name: 'a number before a word that begins like a month or "am"', text: `${body}\n\n15 Amazing Images of Stars\n5 Marriage Myths\n` },
    { name: 'words and a date ending in a colon: a lead-in', text: 'New Registrations October 2021:\n' },
    { name: 'a ranked result with a race time, not a time of day', text: '1. Anna Berg (NOR) 35.58,7 (2)\n2. Lea Roth (SUI) +3,7 (1)\n' },
    { name: 'numbers that cannot be a day and a month: a call sign', text: 'Florian Osterholz 13/45-01\n' },
    { name: 'a dotted number alone is no time: a version, a file size', text: 'LastPass Password Manager 4.51\n1.27 MB\n' },
    { name: 'a field with its date', text: 'Deadline: 3 November 2019\n' },
    { name: 'a dated entry of a chronology', text: '2 December 2019: Strike called by the unions\n' },
    { name: 'a quoted key with its date: a line of data the article shows', text: '{\n  "Timestamp": "2030-08-14 17:43:12",\n  "Store": "Pitt St"\n}\n' },
  ],
  invalid: [
    { name: 'reading times with a colon (German, French)', text: `Lesezeit: 4 Minuten\n${body}\nTemps de lecture : 5 min\n`, errors: [stamp(1), stamp(3)], output: `${body}\n` },
    { text: `Nov. 19, 2019 8:03 am ET\n\n${body}\n`, errors: [{ ...stamp(1), column: 1 }], output: `${body}\n` },
    { text: `Updated 1:39 am EST, Wednesday, November 20, 2019\n${body}\n`, errors: [published(1, `${body}\n`)], output: null },
    {
      text: `Posted: Fri 6:45 PM, Feb 16, 2018 |\nUpdated: Sat 8:31 PM, Feb 17, 2018\n${body}\n`,
      // A suggestion offers the whole run of stamps it stands in.
      errors: [published(1, `${body}\n`, 'Remove these lines'), published(2, `${body}\n`, 'Remove these lines')],
      output: null,
    },
    { text: `${body}\n\nTuesday, February 5, 2019\n`, errors: [stamp(3)], output: `${body}\n` },
    { text: `${body}\n\nPublished on:\n\nApril 9, 2024\n`, errors: [stamp(3), stamp(5)], output: `${body}\n` },
    { text: `Chris Davies - Nov 19, 2019, 10:31 pm CST\n${body}\n`, errors: [named(1)], output: `${body}\n` },
    { text: `Reuters November 18, 2019 11:03 PM\n${body}\n`, errors: [named(1)], output: `${body}\n` },
    { text: `10H ago\n1 day ago\n2 min read\n${body}\n`, errors: [stamp(1), stamp(2), stamp(3)], output: `${body}\n` },
    { text: `2019-11-20 14:35:08\n${body}\n`, errors: [stamp(1)], output: `${body}\n` },
    { text: `Updated on: November 19, 2019 / 10:07 AM / CBS News\n${body}\n`, errors: [named(1)], output: `${body}\n` },
    {
      name: 'a time of day alone: a suggestion, it may be an entry of a schedule',
      text: `9:00 PM\nGoes to bed for the evening.\n`,
      errors: [{ messageId: 'clockTime', line: 1, suggestions: [{ desc: 'Remove the line', output: 'Goes to bed for the evening.\n' }] }],
      output: null,
    },
    {
      name: 'the day heading of a programme whose entries carry their times: a suggestion',
      text: `Friday, 4 February 2022\nPGA Tour, first round in Pebble Beach, 9:00 pm on Sky Sport 1\n`,
      errors: [{ messageId: 'scheduleDate', line: 1, suggestions: [{ desc: 'Remove the line', output: 'PGA Tour, first round in Pebble Beach, 9:00 pm on Sky Sport 1\n' }] }],
      output: null,
    },
    {
      name: 'a concert listing next to a dated entry: a suggestion',
      text: `12.05.2023 - The Lumineers - Arena\n13.05.2023 - Songs of the sea - Town Hall\n`,
      errors: [{ messageId: 'scheduleDate', line: 1, suggestions: [{ desc: 'Remove the line', output: '13.05.2023 - Songs of the sea - Town Hall\n' }] }],
      output: null,
    },
    { name: 'an archive list of months: stamps next to stamps', text: `${body}\n\nJuly 2013\nJune 2013\n`, errors: [stamp(3), stamp(4)], output: `${body}\n` },
    { name: 'a stamp after a paragraph that names a date stays a stamp', text: `Police said the attack began on 3 March 2021 and ended two days later, when the last hostages were freed.\n19.10.2019\n`, errors: [stamp(2)], output: 'Police said the attack began on 3 March 2021 and ended two days later, when the last hostages were freed.\n' },
    {
      name: 'a date with words that the page title begins with: a suggestion (the headline)',
      text: `Minutes of the Board Meeting of 10 October 2019 – Talent Club\n\nMinutes of the Board Meeting of 10 October 2019\n\n${body}\n`,
      errors: [{ messageId: 'headlineDate', line: 3, suggestions: [{ desc: 'Remove the line', output: `Minutes of the Board Meeting of 10 October 2019 – Talent Club\n\n${body}\n` }] }],
      output: null,
    },
    { name: 'a dotted time with its clock word is a stamp', text: `Heute, 17.30 Uhr\n${body}\n`, errors: [stamp(1)], output: `${body}\n` },
    { name: 'a time with its date is a stamp', text: `20.11.2019 14:35 Uhr\n${body}\n`, errors: [stamp(1)], output: `${body}\n` },
    { name: 'reading time and length', text: `21 minutes - 4312 words\n\n${body}\n`, errors: [stamp(1)], output: `${body}\n` },
    {
      name: 'stamps and reading times in German, French, Spanish, Polish',
      text: `Veröffentlicht am 16. August 2019 um 10:00 Uhr\nMis à jour le 3 mars 2021 à 18h\nhace 5 horas\n3 Min. Lesezeit\n5 min czytania\n\n${body}\n`,
      errors: [
        published(1, `hace 5 horas\n3 Min. Lesezeit\n5 min czytania\n\n${body}\n`, 'Remove these lines'),
        published(2, `hace 5 horas\n3 Min. Lesezeit\n5 min czytania\n\n${body}\n`, 'Remove these lines'),
        stamp(3),
        stamp(4),
        stamp(5),
      ],
      output: `Veröffentlicht am 16. August 2019 um 10:00 Uhr\nMis à jour le 3 mars 2021 à 18h\n\n${body}\n`,
    },
  ],
});
