import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-boilerplate-block.js';
import { analyse, isHeadlineCopy, lineShape, titleKey } from '../../rules/lib/boilerplate.js';
import { detectLanguage, documentFunctionWords, ENGLISH, Vocabulary, vocabularyOf } from '../../rules/lib/language.js';
import { FEATURES, lineFeatures } from '../../rules/lib/line-features.js';
import { evidenceOf, MODEL, residueProbability } from '../../rules/lib/line-model.js';
import { lineInfos, normalizeLine } from '../../rules/lib/residue-lines.js';
import { NEWS_PROSE } from '../helpers/news-prose.js';
import { testRule } from '../helpers/rule-tester.js';
import { Document } from '../../src/engine/document.js';

const headline = 'Council approves new budget after a long debate';
const body = [
  'The city council approved a new budget on Monday after a debate that lasted more than six hours, officials said.',
  'Members voted seven to two in favour of the plan, which raises spending on schools and roads by a tenth.',
  'The mayor said the vote was a victory for residents who had waited years for the new library to open.',
  '“We have listened to people, and this is what they asked us for,” she told reporters after the session.',
];
const article = [headline, ...body].join('\n');
/** Site menu and teaser headlines no pattern list knows. */
const menu = 'Rising Star\nKWCH Weather\nTwo Minute Drill';
const teasers = 'Records fall as Heights wins swimming title\nBlue Valley West wins swim title; East’s Bell shines\nMoscow wins Wild West Bowl for 6-man crown';
const germanArticle = [
  'Bürgerhaushalt beschlossen',
  'Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt beschlossen, der mehr Geld für Schulen und Straßen vorsieht.',
  'Die Mitglieder stimmten mit sieben zu zwei Stimmen für den Plan, den die Verwaltung im Frühjahr vorgelegt hatte.',
  'Der Bürgermeister sagte, die Abstimmung sei ein Erfolg für alle, die seit Jahren auf die neue Bibliothek warten.',
].join('\n');
const copyright = '© 2019 Example Media Inc. All Rights Reserved.';

testRule(rule, {
  valid: [
    { text: `${article}\n`, name: 'a clean article' },
    { text: `${NEWS_PROSE.join('\n\n')}\n`, name: 'legitimate news prose, subheadings and lists' },
    ...NEWS_PROSE.map((text) => ({ text: `${text}\n` })),
    { name: 'a clean German article', text: `${germanArticle}\n` },
    {
      name: 'a real subheading inside the body survives',
      text: `${headline}\n${body[0]}\n${body[1]}\nMain requirements\n${body[2]}\n${body[3]}\n`,
    },
    {
      name: 'an article that ends announcing a list keeps the list',
      text: `${headline}\n${body.slice(0, 3).join('\n')}\nThe plan covers:\nschools\nroads\nthe new library\nAdvertisement\n`,
    },
    {
      name: 'the story’s last paragraph behind an ad label stays',
      text: `${article}\nAdvertisement\nThe plan takes effect next year, the mayor said on Monday.\n`,
    },
    {
      name: 'a clean article ending in a contact line: no furniture after the body, no finding',
      text: `${article}\nContact: Jenna Morales, Communications Manager, 555-0187\n`,
    },
    {
      name: 'the attribution of an embedded post closing the body is the article’s',
      text: `${article}\n— Governor Kristi Noem (@govkristinoem) November 18, 2019\nShare this article\n`,
    },
    {
      name: 'the attribution of an embedded post inside the body is the article’s, even when the post recurs',
      text: `${headline}\n${body[0]}\n${body[1]}\n— Mayor Ana Ruiz (@mayorruiz) March 2, 2020\n${body[2]}\n— Mayor Ana Ruiz (@mayorruiz) March 2, 2020\n${body[3]}\nShare this article\n`,
    },
    { name: 'a one-line article', text: `${body[0]}\n` },
    { name: 'a list without prose', text: 'Apples\nPears\nPlums\nCherries\n' },
    {
      name: 'Markdown: heading, subheadings and bullets inside the body',
      text: `# ${headline}\n\n${body[0]}\n\n## What changes\n\n${body[1]}\n\n- more teachers\n- new roads\n\n${body[2]}\n\n${body[3]}\n`,
      filename: 'budget.md',
    },
    {
      name: 'the opening of the story cut off by a sign-up box stays',
      text: `${headline}\n${body[0]}\n${body[1]}\nSign up for our climate newsletter\nGet the week's stories in your inbox every Friday.\n${body[2]}\n${body[3]}\n${body[0]}\n`,
    },
  ],
  invalid: [
    {
      name: 'a site menu above the headline',
      text: `${menu}\n${article}\nMost Read\n${teasers}\n`,
      // The teasers after "Most Read" are no-related-links' findings; nothing else is left.
      errors: [
        {
          messageId: 'aboveHeadline',
          line: 1,
          endLine: 2,
          suggestions: [{ desc: 'Remove these lines', output: `${menu.split('\n')[2]}\n${article}\nMost Read\n${teasers}\n` }],
        },
      ],
      output: null,
    },
    {
      name: 'a confident menu run together is a kind of its own, a suggestion like the furniture beside it',
      text: `Sections | Money | Travel | Puzzles | Obituaries\n${menu}\n${article}\n`,
      errors: [
        { messageId: 'menuRunTogether', line: 1, suggestions: [{ desc: 'Remove the line', output: `${menu}\n${article}\n` }] },
        {
          messageId: 'aboveHeadline',
          line: 2,
          endLine: 3,
          suggestions: [{ desc: 'Remove these lines', output: `Sections | Money | Travel | Puzzles | Obituaries\n${menu.split('\n')[2]}\n${article}\n` }],
        },
      ],
      output: null,
    },
    {
      name: 'the page title that holds the headline and the site’s name is the article’s, not furniture',
      text: `${headline} | Daily Courier\n${menu}\n${article}\nMost Read\n${teasers}\n`,
      errors: [
        {
          messageId: 'aboveHeadline',
          line: 2,
          endLine: 3,
          suggestions: [{ desc: 'Remove these lines', output: `${headline} | Daily Courier\n${menu.split('\n')[2]}\n${article}\nMost Read\n${teasers}\n` }],
        },
      ],
      output: null,
    },
    {
      name: 'teaser headlines with no heading after the body, once the page shows furniture',
      text: `${article}\n${copyright}\nWorld\n${teasers}\n`,
      // The lone section label "World" is no-nav-menu's.
      errors: [
        {
          messageId: 'afterBody',
          line: 8,
          endLine: 10,
          suggestions: [{ desc: 'Remove these lines', output: `${article}\n${copyright}\nWorld\n` }],
        },
      ],
      output: null,
    },
    {
      name: 'a gallery control between the headline and the article',
      text: `${headline}\nPhotos\nVideo\n${body.join('\n')}\n`,
      // "Photos" is no-image-caption's.
      errors: [
        {
          messageId: 'betweenHeadlineAndBody',
          line: 3,
          suggestions: [{ desc: 'Remove the line', output: `${headline}\nPhotos\n${body.join('\n')}\n` }],
        },
      ],
      output: null,
    },
    {
      name: 'German: a related-posts heading after the article, found without a German phrase list',
      text: `${germanArticle}\nEbenfalls lesenswert\nNeue Radwege für die Innenstadt geplant\nSchwimmbad öffnet im Juni wieder\n`,
      errors: [
        {
          messageId: 'afterBody',
          line: 5,
          suggestions: [{ desc: 'Remove the line', output: `${germanArticle}\nNeue Radwege für die Innenstadt geplant\nSchwimmbad öffnet im Juni wieder\n` }],
        },
      ],
      output: null,
    },
  ],
});

const infoOf = (t: string) => ({ line: { index: 0, text: t, start: 0, end: t.length }, ...normalizeLine(t) });

/** Seeded lines of words, typographic quotes, apostrophes, dashes and separators. */
const fuzzLines = (() => {
  const pieces = ['the', 'The', 'don’t', "don't", 'it’s', '‘Council’', '“quoted”', '"plain"', 'ProgramsCloud', 'FacebookTwitterLinkedIn', 'well—known', 'a–b', '2024', '9:41', '|', '/', '>', '—', '…', 'café', 'Straße', '(AP)', 'of', 'and', 'IN', 'x’', '’s', 'a‘b’c'];
  let state = 5;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: 2000 }, () => Array.from({ length: 1 + Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]).join(' '));
})();

describe('line shapes', () => {
  const shape = (t: string) => lineShape(infoOf(t));
  it('uses a real stopword list', () => {
    for (const w of ['the', 'and', 'of', 'she', 'not']) expect(ENGLISH.has(w)).toBe(true);
    expect(ENGLISH.has('council')).toBe(false);
  });
  it('tells prose, labels and glued menus apart', () => {
    expect(shape(body[0]!).cls).toBe('good');
    expect(shape('Main requirements').cls).toBe('short');
    expect(shape('Cloud Partner ProgramsCloud SecurityCloud StorageEdge Computing').cls).toBe('bad');
    expect(shape('NFL Scores | Expert Picks | Odds').cls).toBe('bad');
    expect(shape('The survey measured the ice at 400 points.').cls).toBe('good');
  });
  it('reads prose in the document’s language', () => {
    const line = germanArticle.split('\n')[1]!;
    expect(lineShape(infoOf(line), ENGLISH).cls).not.toBe('good');
    expect(lineShape(infoOf(line), vocabularyOf('deu')).cls).toBe('good');
  });
  it('counts words of ASCII and typographic marks as the general path does', () => {
    // "─" (outside the fast path, neither letter nor digit) in front of every word sends each word through the general path.
    const general = (t: string) => t.split(' ').map((w) => `─${w}`).join(' ');
    // A function word with a dash inside: only the general path may look it up.
    const vocabulary = new Vocabulary([...ENGLISH.words, 'well—known']);
    const shapeOfCore = (line: string, core: string) => {
      const { digits: _, ...shape } = lineShape({ ...infoOf(line), core }, vocabulary);
      return shape;
    };
    for (const line of fuzzLines) expect(shapeOfCore(line, line), line).toEqual(shapeOfCore(line, general(line)));
  });
  it('makes title keys as its definition does', () => {
    for (const line of fuzzLines) expect(titleKey(line), line).toBe(line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  });
  it('counts Chinese and Japanese sentences without spaces as prose', () => {
    expect(lineShape(infoOf('市议会周一经过长时间辩论后批准了新的预算，用于学校和道路建设。')).cls).toBe('good');
  });
});

describe('language', () => {
  it('detects the language from the longest lines', () => {
    expect(detectLanguage(germanArticle.split('\n'))).toBe('deu');
    expect(detectLanguage(body)).toBe('eng');
    expect(detectLanguage(['Menu', 'Home'])).toBe('und');
  });
  it('has lists for the languages the issue names', () => {
    for (const lang of ['eng', 'deu', 'fra', 'spa', 'ita', 'por', 'nld', 'pol']) expect(vocabularyOf(lang)?.words.size).toBeGreaterThan(50);
  });
  it('finds a document’s own function words when there is no list', () => {
    const lines = ['ka mea ka hale ma ka kai no ka poe a pau loa', 'ua hele ka poe i ka hale ma ke kakahiaka nui loa', 'ka wai a me ka ai no ka poe o ka aina nei', 'he mea nui ka hana ma ka aina no ka poe'];
    const own = documentFunctionWords(lines);
    expect(own.has('ka')).toBe(true);
    expect(own.has('kakahiaka')).toBe(false);
  });
});

describe('the article’s headline', () => {
  const analysisOf = (text: string) => {
    const doc = new Document(text, 'story.txt');
    const infos = lineInfos(doc);
    return { infos, analysis: analyse(doc, new Uint8Array(infos.length)) };
  };
  it('is the title-like line whose words the article takes up, not a nearer player control', () => {
    const { infos, analysis } = analysisOf(`${headline}\nYour browser cannot play this audio clip\n${body.join('\n')}\n`);
    expect(infos[analysis.headline]!.text).toBe(headline);
  });
  it('falls back to the nearest title-like line when no line echoes the article', () => {
    const { infos, analysis } = analysisOf(`Weather warnings issued for the coast tonight\n${body.join('\n')}\n`);
    expect(infos[analysis.headline]!.text).toBe('Weather warnings issued for the coast tonight');
  });
  it('knows a line that holds a copy of the headline', () => {
    const { infos, analysis } = analysisOf(`“${headline.toUpperCase()}” – Daily Courier\nHome\n${article}\n`);
    expect(isHeadlineCopy(analysis, 0)).toBe(true);
    expect(isHeadlineCopy(analysis, 1)).toBe(false);
  });
});

describe('the line model', () => {
  it('marks runs of sentences outside the article (recipe steps, live-blog entries)', () => {
    const steps = ['Heat the oil in a pan.', 'Add the onions and stir well.', 'Cook for ten minutes until soft.'];
    const text = `${article}\nMost Read\nDirections\n${steps.join('\n')}\nTrending now\n`;
    const doc = new Document(text, 'story.txt');
    const infos = lineInfos(doc);
    const pinned = new Uint8Array(infos.length);
    pinned[5] = 1;
    const features = lineFeatures(doc, analyse(doc, pinned), pinned);
    const run = FEATURES.indexOf('in a run of sentences');
    expect(features[7]![run]).toBe(1);
    expect(features[6]![run]).toBe(0);
    expect(features[10]![run]).toBe(0);
  });
  it('matches the feature list and gives probabilities with evidence', () => {
    expect(MODEL.features).toEqual([...FEATURES]);
    expect(MODEL.weights).toHaveLength(FEATURES.length);
    const text = `${menu}\n${article}\n`;
    const doc = new Document(text, 'story.txt');
    const infos = lineInfos(doc);
    const analysis = analyse(doc, new Uint8Array(infos.length));
    const features = lineFeatures(doc, analysis, new Uint8Array(infos.length));
    const menuLine = residueProbability(features[0]!);
    const bodyLine = residueProbability(features[5]!);
    expect(menuLine).toBeGreaterThan(MODEL.threshold);
    expect(bodyLine).toBeLessThan(MODEL.threshold);
    const evidence = evidenceOf(features[0]!);
    expect(evidence.length).toBeGreaterThan(0);
    for (const signal of evidence) expect(FEATURES).toContain(signal);
    expect(evidenceOf(features[5]!)).not.toContain('short line');
  });
});
