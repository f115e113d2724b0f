import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document } from '../../src/engine/document.js';
import rule, { mergeTemplateSummaries, templateCandidate, type TemplateLinesOptions, type TemplateSummary } from '../../rules/no-template-lines.js';
import { lintWithRule, testRule } from '../helpers/rule-tester.js';

const defaults = rule.meta.defaultOptions as unknown as TemplateLinesOptions;
const hooks = rule.corpus!;

function summaryOf(texts: string[], options: Partial<TemplateLinesOptions> = {}): TemplateSummary {
  const o = { ...defaults, ...options };
  return texts.map((t, i) => hooks.collect(new Document(t, `a${i}.txt`), o)).reduce((a, b) => hooks.merge(a, b), hooks.empty());
}

const FOOTER = 'The Harbour Courier — independent news for the Eastern Shore since 1887';
const article = (head: string, body: string, foot = FOOTER) => `${head}\n\n${body}\n\n${foot}\n`;
const site = [
  article('Council approves budget', 'The council voted 5-2 on Tuesday night to approve the budget after a long debate.'),
  article('School board delays vote', 'The board postponed a vote on later start times for the high schools.'),
  article('Ferry service resumes', 'The ferry returned to its regular schedule on Monday after repairs.'),
  article('Harbour festival returns', 'The festival returns in July with six tall ships and a night market.'),
];
const siteSummary = summaryOf(site);

testRule(rule, {
  valid: [
    { name: 'no corpus: silent', text: article('Any story', 'Body text.') },
    { name: 'line in only 2 files', text: article('Other story', 'Body.'), corpus: summaryOf(site.slice(0, 2)) },
    { name: 'line only here', text: 'Headline of a one-off story\n\nIndependent journalism for the Ridgeview valley since 1962\n', corpus: siteSummary },
    {
      name: 'a quote repeated in many articles about one event',
      text: '“We reject the latest proposal from the other side,” Baraka said.\n',
      corpus: summaryOf(['a', 'b', 'c', 'd'].map((x) => `Story ${x}\n\n“We reject the latest proposal from the other side,” Baraka said.\n`)),
    },
    {
      name: 'ordinary sentences reused as background are not template',
      text: 'Hamas killed 1,200 people in southern Israel in cross-border attacks on October 7, 2023.\n',
      corpus: summaryOf(['a', 'b', 'c'].map((x) => `Story ${x}\n\nHamas killed 1,200 people in southern Israel in cross-border attacks on October 7, 2023.\n`)),
    },
    {
      name: 'two-word subheading common to many articles',
      text: 'Main requirements\n',
      corpus: summaryOf(['a', 'b', 'c', 'd'].map((x) => `Story ${x}\n\nMain requirements\n`)),
    },
    {
      name: 'minShare raises the bar',
      text: article('Other story', 'Body.'),
      options: { minShare: 0.5 },
      corpus: summaryOf([...site, ...['e', 'f', 'g', 'h', 'i'].map((x) => `Unrelated ${x}\n`)]),
    },
    {
      name: 'copies of one wire story share a headline without it being a template',
      text: 'Volcano on remote island erupts, residents evacuated\n\nA volcano on the remote island of Tavua erupted early on Thursday, sending an ash column more than 9 kilometres into the sky.\n\nSite A footer\n',
      corpus: summaryOf(
        ['Site A footer', 'Site B footer', 'Site C footer'].map(
          (f) =>
            `Volcano on remote island erupts, residents evacuated\n\nA volcano on the remote island of Tavua erupted early on Thursday, sending an ash column more than 9 kilometres into the sky.\n\n${f}\n`,
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'footer in 4 files: a suggestion removes it',
      text: site[1]!,
      corpus: siteSummary,
      errors: [
        {
          messageId: 'template',
          line: 5,
          column: 1,
          suggestions: [{ desc: 'Remove the line', output: 'School board delays vote\n\nThe board postponed a vote on later start times for the high schools.\n' }],
        },
      ],
      output: null,
    },
    {
      name: 'years and spacing do not hide a copyright line',
      text: 'Story\n\nBody text.\n\n©  2025 Harbour Courier Media Group. All rights reserved.\n',
      corpus: summaryOf(['2021', '2022', '2023'].map((y) => `Story ${y}\n\n© ${y} Harbour Courier Media Group. All rights reserved.\n`)),
      errors: [
        {
          messageId: 'template',
          data: { line: '© 2025 Harbour Courier Media Group. All rights reserved.', files: 3, total: 3, stories: 3 },
          line: 5,
          suggestions: [{ desc: 'Remove the line', output: 'Story\n\nBody text.\n' }],
        },
      ],
      output: null,
    },
    {
      name: 'minFiles option',
      text: article('Other story', 'Body.'),
      options: { minFiles: 2 },
      corpus: summaryOf(site.slice(0, 2), { minFiles: 2 }),
      errors: [{ messageId: 'template', line: 5, suggestions: [{ desc: 'Remove the line', output: 'Other story\n\nBody.\n' }] }],
      output: null,
    },
  ],
});

describe('no-template-lines summaries', () => {
  it('counts a line once per file, however often it occurs in the file', () => {
    const once = summaryOf([`Head\n\n${FOOTER}\n`]);
    const thrice = summaryOf([`Head\n\n${FOOTER}\n${FOOTER}\n\n${FOOTER}\n`]);
    expect(thrice).toEqual(once);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(siteSummary))).toEqual(siteSummary);
  });

  it('merge is associative and commutative, to the JSON text', () => {
    const texts = [...site, 'Another line of text here\n', `Top story\n\n${FOOTER}\n\nAnother line of text here\n`];
    const parts = texts.map((t, i) => hooks.collect(new Document(t, `f${i}.txt`), defaults));
    fc.assert(
      fc.property(fc.shuffledSubarray(parts.map((_, i) => i), { minLength: parts.length, maxLength: parts.length }), fc.integer({ min: 1, max: 6 }), (order, cut) => {
        const left = order.slice(0, cut).map((i) => parts[i]!).reduce(mergeTemplateSummaries, hooks.empty());
        const right = order.slice(cut).map((i) => parts[i]!).reduce(mergeTemplateSummaries, hooks.empty());
        const merged = mergeTemplateSummaries(right, left);
        const sequential = parts.reduce(mergeTemplateSummaries, hooks.empty());
        expect(JSON.stringify(merged)).toBe(JSON.stringify(sequential));
      }),
      { numRuns: 60 },
    );
  });

  it('merge never changes its inputs', () => {
    const a = summaryOf(site.slice(0, 2));
    const b = summaryOf(site.slice(1, 3));
    const before = JSON.stringify([a, b]);
    mergeTemplateSummaries(a, b);
    mergeTemplateSummaries(b, a);
    expect(JSON.stringify([a, b])).toBe(before);
  });

  it('keeps paragraphs, quotes and very short lines out of the summary', () => {
    expect(templateCandidate('For Latest Updates Follow us on Google News', defaults)).toBe('for latest updates follow us on google news');
    expect(templateCandidate('Key takeaways', defaults)).toBeUndefined();
    expect(templateCandidate('The minister said the talks would resume next week in Cairo.', defaults)).toBeUndefined();
    expect(templateCandidate('x '.repeat(40), defaults)).toBeUndefined();
  });

  it('stays silent when the corpus has fewer files than minFiles', () => {
    const messages = lintWithRule(rule, { text: site[0]!, corpus: summaryOf(site.slice(0, 2)), options: { minFiles: 3 } });
    expect(messages).toEqual([]);
  });
});

describe('no-template-lines counts stories, not copies', () => {
  const TEMPLATE = 'Follow the Harbour Courier on Telegram for breaking news alerts';
  const story = (head: string, body: string, foot: string) => `${head}\n\n${body}\n\n${TEMPLATE}\n\n${foot}\n`;
  const wire =
    'Rescue crews reached the stranded hikers on the northern ridge late on Saturday, after strong winds had grounded the helicopter for most of the afternoon.';
  const wireMore = 'The hikers, a group of five students from the coast, were treated for mild exposure and walked down with the crews before midnight.';
  const copies = ['Site A', 'Site B', 'Site C', 'Site D', 'Site E', 'Site F'].map((s) => story('Hikers rescued from northern ridge', `${wire}\n\n${wireMore}`, `${s} footer line`));
  const others = [
    story('Library extends hours', 'The central library will open until nine in the evening from next month, the city said in a statement on Friday morning.', 'Site A footer line'),
    story('Bakery wins award', 'A family bakery on the harbour front won the regional prize for its rye bread, beating forty other entries from across the county.', 'Site B footer line'),
    story('Road works on the bypass', 'Night closures on the bypass begin on Monday and will last three weeks while the crews replace the worn surface near the exit.', 'Site C footer line'),
  ];
  const corpus = summaryOf([...copies, ...others]);
  const templateMessages = (text: string) => lintWithRule(rule, { text, corpus }).filter((m) => m.reason.includes('Telegram'));

  it('reports the true file count, the same in every file', () => {
    for (const text of [copies[0]!, copies[5]!, others[0]!, others[2]!]) {
      const found = templateMessages(text);
      expect(found).toHaveLength(1);
      expect(found[0]!.reason).toContain('occurs in 9 of 9 articles (4 different stories)');
    }
  });

  it('a headline shared only by copies of one story is not a template, nor is their footer', () => {
    const found = lintWithRule(rule, { text: copies[2]!, corpus }).map((m) => m.reason);
    expect(found.some((r) => r.includes('Hikers rescued'))).toBe(false);
    expect(found.filter((r) => r.includes('Telegram'))).toHaveLength(1);
  });

  it('near-copies (a word edited) count as one story', () => {
    const edited = copies.slice(0, 3).map((t, i) => t.replace('five students', ['five students', 'six students', 'five pupils'][i]!));
    const summary = summaryOf([...edited, others[0]!]);
    expect(lintWithRule(rule, { text: edited[1]!, corpus: summary }).filter((m) => m.reason.includes('Hikers rescued'))).toEqual([]);
  });

  it('merged summaries keep exact file counts beyond the story sample', () => {
    // Forty different stories: sentences of words drawn by a fixed pseudo-random sequence.
    const vocabulary = 'harbour council ferry school market bridge festival library station orchard museum stadium river budget vote crews night storm road tower garden train mayor strike bakery hospital court fire police water power farm union prize teacher nurse driver pilot sailor miner'.split(' ');
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % vocabulary.length;
    const sentence = () => `The ${Array.from({ length: 16 }, () => vocabulary[next()]).join(' ')} today.`;
    const many = Array.from({ length: 40 }, (_, i) => story(`Story number ${i}`, sentence(), 'Site footer line here'));
    const halves = mergeTemplateSummaries(summaryOf(many.slice(0, 17)), summaryOf(many.slice(17)));
    expect(halves).toEqual(summaryOf(many));
    const found = lintWithRule(rule, { text: many[3]!, corpus: halves }).filter((m) => m.reason.includes('Telegram'));
    expect(found[0]!.reason).toContain('occurs in 40 of 40 articles (32+ different stories)');
  });
});
