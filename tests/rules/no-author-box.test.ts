import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-author-box.js';
import { lintText } from '../../src/api.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';

/** Three sentences of an article: the prose an author box follows. */
const ARTICLE = [
  'The ferry service to the outer islands will resume in April after a winter of repairs, the port authority said on Tuesday.',
  'Engineers replaced both engines of the older vessel and rebuilt the ramp at the northern pier, which had been closed since a storm in November.',
  'Islanders had relied on a twice-weekly supply boat, and several shops ran out of fresh food during the longest gaps.',
].join('\n');
/** A bio no line pattern knows (not a reporter's: `no-byline` knows those). */
const BIO = 'Ilse Marwick is a keen sailor who has visited every island in the group since 2011.';

testRule(rule, {
  valid: [
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { name: 'an article of prose', text: `${NEWS_PROSE.join('\n\n')}\n` },
    { name: 'a bio at the top, above the article', text: `${BIO}\n${ARTICLE}\n` },
    { name: 'a sentence opening with a function word', text: `${ARTICLE}\nThe Harbour Trust is a charity that maintains the northern pier.\n` },
    { name: 'a subheading that only mentions the subject', text: `${ARTICLE}\nRepairing Ferries\nFerries is a word the islanders rarely use for the supply boat, the harbour master says.\n` },
    { name: 'a name sentence inside the article, prose after it', text: `${ARTICLE}\n\n${BIO}\n\n${ARTICLE}\n${ARTICLE}\n` },
    {
      name: 'a list of people (more bios than maxBoxes)',
      text: `${ARTICLE}\nAnna Berg\nAnna Berg is a nurse who has worked on the islands for twenty years.\nTom Reid\nTom Reid is a fisherman who skippers the supply boat in winter.\nLena Holt\nLena Holt is a teacher at the island school and runs the ferry campaign.\n`,
    },
    { name: 'a name sentence without a bio verb or profile link', text: `${ARTICLE}\n______\nIlse Marwick reported from Kirkwall and the northern isles in the winter.\n` },
  ],
  invalid: [
    {
      name: 'a name line above the bio, a handle below',
      text: `${ARTICLE}\nIlse Marwick\n${BIO}\n@imarwick\n`,
      errors: [{ messageId: 'authorBox', line: 4, endLine: 6, suggestions: [{ desc: 'Remove the author box', output: `${ARTICLE}\n` }] }],
      output: null,
    },
    {
      name: 'a lone bio between separator rules',
      text: `${ARTICLE}\n* * *\n${BIO}\n----\n`,
      errors: [{ messageId: 'authorBox', line: 5, endLine: 5, suggestions: [{ desc: 'Remove the line', output: `${ARTICLE}\n* * *\n----\n` }] }],
      output: null,
    },
    {
      name: 'a German bio under its name line',
      text: `${ARTICLE}\nJana Vogt\nJana Vogt ist Redakteurin im Ressort Verkehr und schreibt über Fähren und Häfen.\n`,
      errors: [{ messageId: 'authorBox', line: 4, endLine: 5, suggestions: [{ desc: 'Remove the author box', output: `${ARTICLE}\n` }] }],
      output: null,
    },
    {
      name: 'maxBoxes: 3 lets a page of three bios through',
      options: { maxBoxes: 3 },
      text: `${ARTICLE}\nAnna Berg\nAnna Berg is a nurse who has worked on the islands for twenty years.\nTom Reid\nTom Reid is a fisherman who skippers the supply boat in winter.\nLena Holt\nLena Holt is a teacher at the island school and runs the ferry campaign.\n`,
      errors: [
        { messageId: 'authorBox', line: 4, endLine: 5, suggestions: [{ desc: 'Remove the author box', output: `${ARTICLE}\nTom Reid\nTom Reid is a fisherman who skippers the supply boat in winter.\nLena Holt\nLena Holt is a teacher at the island school and runs the ferry campaign.\n` }] },
        { messageId: 'authorBox', line: 6, endLine: 7, suggestions: [{ desc: 'Remove the author box', output: `${ARTICLE}\nAnna Berg\nAnna Berg is a nurse who has worked on the islands for twenty years.\nLena Holt\nLena Holt is a teacher at the island school and runs the ferry campaign.\n` }] },
        { messageId: 'authorBox', line: 8, endLine: 9, suggestions: [{ desc: 'Remove the author box', output: `${ARTICLE}\nAnna Berg\nAnna Berg is a nurse who has worked on the islands for twenty years.\nTom Reid\nTom Reid is a fisherman who skippers the supply boat in winter.\n` }] },
      ],
      output: null,
    },
  ],
});

describe('no-author-box data', () => {
  it('counts the furniture the pattern rules found around the bio', async () => {
    const text = `${ARTICLE}\nShare on Facebook\n${BIO}\nMost Popular\nNew timetable for the winter ferries\n`;
    const alone = await lintText(text, { config: { rules: { 'no-author-box': 'warn' } } });
    const withPatterns = await lintText(text, { config: { rules: { 'no-author-box': 'warn', 'no-share-widget': 'error', 'no-related-links': 'error' } } });
    expect(alone.messages).toHaveLength(0);
    const box = withPatterns.messages.find((m) => m.ruleId === 'no-author-box');
    expect(box?.line).toBe(5);
    const data = box!.data as { confidence: number; evidence: string[] };
    expect(data.evidence).toEqual(['a sentence opening with a name', 'page furniture on both sides', 'a third-person verb after the name', "after the article's prose"]);
    expect(data.confidence).toBeGreaterThan(0);
    expect(data.confidence).toBeLessThan(1);
  });
});
