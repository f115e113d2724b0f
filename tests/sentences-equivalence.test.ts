/**
 * Equivalence with the retext plugins that the sentence rules replace.
 *
 * Readability: the fast readability core gives the SAME scores as retext-readability, the
 * plugin it replaces, on every sentence of the seeds and the sentence fixtures
 * plus generated sentences (several hundred in all).
 *
 * The plugin exposes its seven ages only through "n out of 7" in its
 * messages, so it is run over a sweep of target ages (threshold ~0, minWords
 * 1): for every sentence and every age the number of formulas above that age
 * must be the same. As all seven ages are integers (or Infinity), equal counts
 * over the whole range mean equal multisets of ages. The counts that feed the
 * formulas are also checked against a transcription of the plugin's counting
 * with its `Array.prototype.includes` lookups.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import retextRepeatedWords from 'retext-repeated-words';
import { VFile } from 'vfile';
import { spache } from 'spache';
import { daleChall } from 'dale-chall';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import type { Root } from 'nlcst';
import { Document } from '../src/engine/document.js';
import { paragraphs, WORD } from '../rules/lib/sentences/analysis.js';
import { formulasAbove, readabilityAges, readabilityCounts } from '../rules/lib/sentences/readability-core.js';
import readability from '../rules/readability.js';
import repeatedWords from '../rules/repeated-words.js';
import { lintWithRule } from './helpers/rule-tester.js';
// @ts-expect-error -- plain ESM script without types
import { parseCases } from '../scripts/score-sentences.mjs';

const root = join(__dirname, '..');

/** Deterministic generator of sentences mixing familiar, unfamiliar, long, capitalised words and numbers. */
function generated(count: number): string {
  let seed = 20240409;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const extra = [
    'intergovernmental', 'reconciliation', 'Netanyahu', 'humanitarian', 'Palestinian', 'infrastructure',
    'unprecedented', 'de-escalation', 'don’t', "it's", 'U.S.', '1,200', '2.3', 'Al-Qahera', 'Hamas', 'Cairo',
    'extraordinarily', 'necessitates', 'Mediterranean', 'co-operation', 'BEAUTIFUL', 'iPhone', 'eBay', 'naïve',
  ];
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rand() * 40);
    const words: string[] = [];
    for (let w = 0; w < n; w++) {
      const r = rand();
      words.push(r < 0.35 ? pick(spache) : r < 0.7 ? pick(daleChall) : pick(extra));
    }
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    sentences.push(`${words.join(' ')}.`);
  }
  // Paragraphs of five sentences.
  const paras: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paras.push(sentences.slice(i, i + 5).join(' '));
  return paras.join('\n\n');
}

const texts: string[] = [
  ...readdirSync(join(root, 'seeds')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8')),
  (parseCases() as Array<{ text: string }>).map((c) => c.text).join('\n\n'),
  generated(80),
];

/** Transcription of the plugin's counting (arrays and `includes`), to check the counts themselves. */
function pluginCounts(words: string[]) {
  const familiar = new Set<string>();
  const easy = new Set<string>();
  let complexPolysillabicWord = 0;
  let polysillabicWord = 0;
  let totalSyllables = 0;
  let letters = 0;
  for (const value of words) {
    const caseless = value.toLowerCase();
    const syllables = syllable(value);
    totalSyllables += syllables;
    letters += value.length;
    if (syllables >= 3) {
      polysillabicWord++;
      if (value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysillabicWord++;
    }
    if (spache.includes(caseless)) familiar.add(caseless);
    if (daleChall.includes(caseless)) easy.add(caseless);
  }
  return {
    character: letters,
    complexPolysillabicWord,
    difficultWord: words.length - easy.size,
    letter: letters,
    polysillabicWord,
    sentence: 1,
    syllable: totalSyllables,
    unfamiliarWord: words.length - familiar.size,
    word: words.length,
  };
}

interface Scored {
  start: number;
  words: string[];
  ages: number[];
}

function scoredSentences(text: string): Scored[] {
  const doc = new Document(text, 'case.txt');
  const out: Scored[] = [];
  for (const p of paragraphs(doc)) {
    for (const s of p.sentences) {
      const words = p.tokens.slice(s.from, s.to).filter((t) => t.kind === WORD).map((t) => t.text);
      if (words.length === 0) continue;
      out.push({ start: s.start, words, ages: readabilityAges(readabilityCounts(words)) });
    }
  }
  return out;
}

const processor = unified().use(retextEnglish).freeze();

/** Plugin's "n out of 7" per sentence start, at a given target age. */
function pluginNok(tree: Root, text: string, age: number): Map<number, number> {
  const file = new VFile({ value: text });
  (retextReadability({ age, threshold: 1e-9, minWords: 1 }) as unknown as (t: Root, f: VFile) => void)(tree, file);
  const result = new Map<number, number>();
  for (const m of file.messages) {
    const start = m.place && 'start' in m.place ? m.place.start.offset! : -1;
    const n = /according to (?:(\d+) out of|all) (\d+)/.exec(m.reason)!;
    result.set(start, n[1] === undefined ? Number(n[2]) : Number(n[1]));
  }
  return result;
}

describe('readability core equals retext-readability', () => {
  const all = texts.map((text) => ({ text, sentences: scoredSentences(text) }));
  const total = all.reduce((n, t) => n + t.sentences.length, 0);

  it('covers at least 200 sentences', () => {
    expect(total).toBeGreaterThanOrEqual(200);
  });

  it('computes the same counts as the plugin’s array lookups', () => {
    for (const { sentences } of all) {
      for (const s of sentences) expect(readabilityCounts(s.words)).toEqual(pluginCounts(s.words));
    }
  });

  it('gives the same seven ages on every sentence (sweep over target ages)', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const { text, sentences } of all) {
      const finite = sentences.flatMap((s) => s.ages.filter(Number.isFinite));
      if (finite.length === 0) continue;
      // Below `lo` every finite age counts, above `hi` only Infinity does: the sweep covers every case.
      const lo = Math.min(...finite) - 1;
      const hi = Math.max(...finite);
      const tree = processor.parse(text) as Root;
      for (let age = lo; age <= hi; age++) {
        const target = age + 0.5; // ages are integers; x.5 also avoids the plugin's `age || 16`
        const nok = pluginNok(tree, text, target);
        for (const s of sentences) {
          const mine = formulasAbove(s.ages, target);
          const theirs = nok.get(s.start) ?? 0;
          compared++;
          if (mine !== theirs) mismatches.push(`age ${target}: ${theirs} vs ${mine} on "${s.words.join(' ').slice(0, 60)}"`);
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(total * 20);
  }, 120_000);

  it('the rule reports exactly the plugin’s sentences with the plugin’s options', () => {
    const options = { age: 18, threshold: 4 / 7, minWords: 5, skipResidue: false };
    for (const text of texts) {
      const file = new VFile({ value: text });
      const tree = processor.parse(text) as Root;
      (retextReadability(options) as unknown as (t: Root, f: VFile) => void)(tree, file);
      const expected = file.messages.map((m) => (m.place && 'start' in m.place ? m.place.start.offset : -1));
      const actual = lintWithRule(readability, { text, options }).map((m) => (m.place && 'start' in m.place ? m.place.start.offset : -2));
      expect(actual).toEqual(expected);
    }
  });
});

describe('repeated-words reports exactly what retext-repeated-words reports', () => {
  const repeatedTexts = [
    ...texts,
    'The the talks. Hamas and and Israel. It is is true. He had had enough. That that was it. Duran Duran played.',
    'D. D. will pop up. The\nthe line break. Blah blah blah. The the, the the. We we we went. A a b b C C.',
    'Walla Walla is a city. The “the” word. He said so so quietly. Can can be canned. The-the hyphen.',
  ];
  it('on the seeds, the fixtures, generated text and hand-made repeats', () => {
    for (const text of repeatedTexts) {
      const file = new VFile({ value: text });
      const tree = processor.parse(text) as Root;
      (retextRepeatedWords() as unknown as (t: Root, f: VFile) => void)(tree, file);
      const expected = file.messages.map((m) => [m.place && 'start' in m.place ? m.place.start.offset : -1, m.place && 'end' in m.place ? m.place.end.offset : -1]);
      const actual = lintWithRule(repeatedWords, { text }).map((m) => [m.place && 'start' in m.place ? m.place.start.offset : -2, m.place && 'end' in m.place ? m.place.end.offset : -2]);
      expect(actual).toEqual(expected);
    }
    // The hand-made texts do contain repeats, so the comparison is not vacuous.
    expect(lintWithRule(repeatedWords, { text: repeatedTexts.at(-3)! }).length).toBeGreaterThanOrEqual(3);
  });
});
