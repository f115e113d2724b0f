import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-duplicate-lines.js';
import { lintWithRule, testRule } from '../helpers/rule-tester.js';

const doubled = (line: number) => ({ messageId: 'doubled', line });

testRule(rule, {
  valid: [
    { name: 'different paragraphs', text: 'Council approves new budget\n\nThe council approved the new budget on Tuesday.\n' },
    { name: 'short repeated lines are not compared', text: 'Q:\nWhy now?\n\nQ:\nWhy here?\n\n* * *\n\nText.\n\n* * *\n' },
    { name: 'separator lines without letters', text: 'Part one of the story.\n\n----------------\n\nPart two of the story.\n\n----------------\n' },
    { name: 'two-word subheading repeated', text: 'Main requirements\n\nFirst list.\n\nMain requirements\n\nSecond list.\n' },
    { name: 'a line contained in a longer one is no repeat', text: 'Storm hits the coast\n\nStorm hits the coast, and thousands lose power.\n' },
    {
      name: 'a sentence repeated with only furniture between (a standfirst, then the first paragraph) is not reported',
      text: 'Head line of the story\n\nA former mayor was sentenced to four years on Friday for bid rigging.\n\nUpdated 3 hours ago\n\nA former mayor was sentenced to four years on Friday for bid rigging.',
    },
    {
      name: 'a label the page repeats under every exercise is its structure',
      text: 'Exercise one asks for the area.\nShow the worked solution\nExercise two asks for the volume.\nShow the worked solution\nExercise three asks for both.\nShow the worked solution\n',
    },
    { name: 'minWords option', text: 'Rovers beat Athletic again\n\nRovers beat Athletic again\n', options: { minWords: 5 } },
  ],
  invalid: [
    {
      name: 'headline repeated after a blank line',
      text: 'Council approves new budget\n\nCouncil approves new budget\n\nThe council voted 7-2 on Tuesday.\n',
      errors: [{ messageId: 'doubled', line: 3, column: 1, data: { line: 'Council approves new budget', first: 1, confidence: 0.99, evidence: 'copy follows its original' } }],
      output: 'Council approves new budget\n\nThe council voted 7-2 on Tuesday.\n',
    },
    {
      name: 'seed-like headline three times: adjacent repeats removed as one block',
      text: 'Talks end without a deal\n\nTalks end without a deal\nTalks end without a deal\n\nBody text of the article.\n',
      errors: [doubled(3), doubled(4)],
      output: 'Talks end without a deal\n\nBody text of the article.\n',
    },
    {
      name: 'repeat directly under the first',
      text: 'Wheat prices fall to three-year low\nWheat prices fall to three-year low\n\nBody.\n',
      errors: [doubled(2)],
      output: 'Wheat prices fall to three-year low\n\nBody.\n',
    },
    {
      name: 'case, spacing and typographic quotes do not hide a repeat',
      text: '“No breakthroughs” in the talks in Cairo\n\n"No  breakthroughs" in the talks in cairo \n\nBody.\n',
      errors: [doubled(3)],
      output: '“No breakthroughs” in the talks in Cairo\n\nBody.\n',
    },
    {
      name: 'a headline repeated further down (a teaser of the same story): suggestion only',
      text: 'Former mayor sentenced to four years\n\nA former mayor was sentenced to four years on Friday.\n\nHis lawyer said he would appeal.\n\nFormer mayor sentenced to four years',
      errors: [
        {
          messageId: 'distant',
          line: 7,
          suggestions: [{ desc: 'Remove the repeated line', output: 'Former mayor sentenced to four years\n\nA former mayor was sentenced to four years on Friday.\n\nHis lawyer said he would appeal.' }],
        },
      ],
      output: null,
    },
    {
      name: 'a paragraph repeated among the article\'s paragraphs: suggestion only',
      text: 'A former mayor was sentenced to four years on Friday for bid rigging.\n\nHis lawyer said on Friday evening that he would appeal the sentence.\n\nA former mayor was sentenced to four years on Friday for bid rigging.\n',
      errors: [{ messageId: 'distant', line: 5, suggestions: [{ desc: 'Remove the repeated line', output: 'A former mayor was sentenced to four years on Friday for bid rigging.\n\nHis lawyer said on Friday evening that he would appeal the sentence.\n' }] }],
      output: null,
    },
    {
      name: 'a headline captured three times, two copies together: reported',
      text: 'Talks on the river treaty end\nNegotiators failed to agree\n\nTalks on the river treaty end\nTalks on the river treaty end\n\nBody text of the article.\n',
      errors: [4, 5].map((line) => ({
        messageId: 'distant',
        line,
        suggestions: [{ desc: 'Remove the repeated line', output: 'Talks on the river treaty end\nNegotiators failed to agree\n\nBody text of the article.\n' }],
      })),
      output: null,
    },
    {
      name: 'a cell repeated in a meal plan: suggestion only',
      text: 'Monday\nEat every 2-3 hours\nTuesday\nEat every 2-3 hours\nWednesday\n',
      errors: [{ messageId: 'list', line: 4, suggestions: [{ desc: 'Remove the repeated line', output: 'Monday\nEat every 2-3 hours\nTuesday\nWednesday\n' }] }],
      output: null,
    },
    {
      name: 'CRLF line endings',
      text: 'Ferry service resumes today\r\n\r\nFerry service resumes today\r\n\r\nBody.\r\n',
      errors: [doubled(3)],
      output: 'Ferry service resumes today\r\n\r\nBody.\r\n',
    },
    {
      name: 'Markdown heading repeated as plain text',
      filename: 'post.md',
      text: '# Why my sourdough stopped rising\n\nWhy my sourdough stopped rising\n\nBody text.\n',
      errors: [doubled(3)],
      output: '# Why my sourdough stopped rising\n\nBody text.\n',
    },
  ],
});

describe('no-duplicate-lines on the seeds', () => {
  it('flags lines 3 and 4 of seed 001 (repeats of the headline) and keeps line 1', () => {
    const text = readFileSync(new URL('../../seeds/001_8ee1bc03666afbd8.txt', import.meta.url), 'utf8');
    const messages = lintWithRule(rule, { text, filename: 'seed.txt' });
    expect(messages.map((m) => m.line)).toEqual([3, 4]);
  });
});
