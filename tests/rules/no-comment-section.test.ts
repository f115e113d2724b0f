import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-comment-section.js';
import { lintText } from '../../src/api.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

/** Three sentences of an article: the prose a comment section follows. */
const ARTICLE = [
  'The ferry service to the outer islands will resume in April after a winter of repairs, the port authority said on Tuesday.',
  'Engineers replaced both engines of the older vessel and rebuilt the ramp at the northern pier, which had been closed since a storm in November.',
  'Islanders had relied on a twice-weekly supply boat, and several shops ran out of fresh food during the longest gaps.',
].join('\n');

/** Comments with the name on its own line, a relative stamp, the text and a votes row. */
const STACKED = [
  'Moira Quist',
  '5 hours ago',
  'Finally. The supply boat was no way to live for four months.',
  '7 votes',
  'tern_watcher',
  '4 hours ago',
  'Will the timetable be the same as last summer?',
  'Anyone know if bikes still travel free?',
  '3 votes',
  'D. Okonkwo',
  '2 hours ago',
  'Good news for the school run at least.',
  '1 votes',
].join('\n');

/** Comments with name, date and a reply control on one header line. */
const INLINE = [
  'Pieter Hals 14 March 2023 at 09:12 - Reply',
  'We waited long enough, glad it is sorted before Easter.',
  'Grete 14 March 2023 at 11:40 - Reply',
  'The ramp was the real problem, the engines were fine.',
  'Sam O. 15 March 2023 at 08:05 - Reply',
  'Hope they keep the winter boat as a backup.',
].join('\n');

const lineCount = (text: string) => text.split('\n').length;

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { name: 'an article of prose', text: `${NEWS_PROSE.join('\n\n')}\n` },
    {
      name: 'a live blog: stamped entries without names or controls',
      text: `${ARTICLE}\n10:05 BST\nThe first ferry left the harbour on time.\n10:40 BST\nPassengers cheered as it docked at the northern pier.\n11:15 BST\nThe harbour master said the crossing was calm.\n`,
    },
    {
      name: 'a schedule: dated lines with places, no text under them',
      text: `${ARTICLE}\nTour dates\n4 April 2024 – Kirkwall, Pickaquoy Centre\n6 April 2024 – Lerwick, Clickimin Hall\n9 April 2024 – Stornoway, An Lanntair\n12 April 2024 – Portree, Aros Centre\n`,
    },
    {
      name: 'comments with no article above them (a forum thread from the top)',
      text: `${INLINE}\nMore replies\n${INLINE}\n`,
    },
    { name: 'two comments are not yet a section', text: `${ARTICLE}\n${INLINE.split('\n').slice(0, 4).join('\n')}\n` },
    {
      name: 'names and stamps without any recurring control',
      text: `${ARTICLE}\nMoira Quist\n5 hours ago\nFinally. The supply boat was no way to live.\ntern_watcher\n4 hours ago\nWill the timetable be the same?\nD. Okonkwo\n2 hours ago\nGood news for the school run at least.\n`,
    },
  ],
  invalid: [
    {
      name: 'name lines above relative stamps, a votes row in every unit',
      text: `${ARTICLE}\n${STACKED}\n`,
      errors: [
        {
          messageId: 'commentSection',
          data: { line: 'Moira Quist', comments: 3, lines: lineCount(STACKED) },
          line: 4,
          endLine: 3 + lineCount(STACKED),
          suggestions: [{ desc: 'Remove the comment section', output: `${ARTICLE}\n` }],
        },
      ],
      output: null,
    },
    {
      name: 'name, date and a reply control on one header line',
      text: `${ARTICLE}\n\n${INLINE}\n`,
      errors: [
        {
          messageId: 'commentSection',
          data: { line: 'Pieter Hals 14 March 2023 at 09:12 - Reply', comments: 3, lines: 6 },
          line: 5,
          endLine: 10,
          suggestions: [{ desc: 'Remove the comment section', output: `${ARTICLE}\n` }],
        },
      ],
      output: null,
    },
    {
      name: 'the last comment ends at its control row; what follows stays',
      text: `${ARTICLE}\n${STACKED}\nLeave a comment\nThe port authority publishes the timetable on its website.\n`,
      errors: [
        {
          messageId: 'commentSection',
          line: 4,
          endLine: 3 + lineCount(STACKED),
          suggestions: [{ desc: 'Remove the comment section', output: `${ARTICLE}\nLeave a comment\nThe port authority publishes the timetable on its website.\n` }],
        },
      ],
      output: null,
    },
    {
      name: 'German headers with the reply word; the stamps differ in their months',
      text: `${ARTICLE}\nJonas 30. März 2023 um 08:30 Uhr – Antworten\nEndlich wieder eine Verbindung.\nHelga Brandt 2. April 2023 um 19:02 Uhr – Antworten\nDer Fahrplan fehlt noch.\nMats 3. April 2023 um 07:45 Uhr – Antworten\nWir freuen uns auf den Sommer.\n`,
      errors: [{ messageId: 'commentSection', data: { line: 'Jonas 30. März 2023 um 08:30 Uhr – Antworten', comments: 3, lines: 6 }, line: 4, endLine: 9, suggestions: [{ desc: 'Remove the comment section', output: `${ARTICLE}\n` }] }],
      output: null,
    },
    {
      name: 'minComments: 2',
      options: { minComments: 2 },
      text: `${ARTICLE}\n${INLINE.split('\n').slice(0, 4).join('\n')}\n`,
      errors: [{ messageId: 'commentSection', line: 4, endLine: 7, suggestions: [{ desc: 'Remove the comment section', output: `${ARTICLE}\n` }] }],
      output: null,
    },
  ],
});

describe('no-comment-section data', () => {
  const config = { rules: { 'no-comment-section': 'warn' as const } };
  it('gives the signals that fired and a confidence that rises with comment words', async () => {
    const plain = (await lintText(`${ARTICLE}\n${STACKED.replace(/votes/g, 'pts')}\n`, { config })).messages;
    const worded = (await lintText(`${ARTICLE}\n${STACKED}\n`, { config })).messages;
    expect(plain).toHaveLength(1);
    expect(worded).toHaveLength(1);
    const a = plain[0]!.data as { confidence: number; evidence: string[] };
    const b = worded[0]!.data as { confidence: number; evidence: string[] };
    expect(a.evidence).toEqual(expect.arrayContaining(['3 units with stamps of one shape', 'a name line above every stamp', 'a control row repeated in every unit', "after the article's prose"]));
    expect(a.evidence).not.toContain('comment vocabulary');
    expect(b.evidence).toContain('comment vocabulary');
    expect(b.confidence).toBeGreaterThan(a.confidence);
    expect(b.confidence).toBeLessThanOrEqual(1);
  });
  it('finds one section per run of headers and keeps the article between two pages of comments', async () => {
    const text = `${ARTICLE}\n${INLINE}\n${ARTICLE}\n${ARTICLE}\n${STACKED}\n`;
    const found = (await lintText(text, { config })).messages.map((m) => [m.line, m.place && 'end' in m.place ? m.place.end.line : 0]);
    expect(found).toEqual([
      [4, 9],
      [16, 15 + lineCount(STACKED)],
    ]);
  });
});
