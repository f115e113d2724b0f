/**
 * The scores of retext-readability (v8), computed the same way from the same
 * formula packages, but fast: the Spache and Dale–Chall word lists are `Set`s
 * (the plugin scans both ~3,000-word arrays with `Array.prototype.includes`
 * for every word) and syllable counts are memoised (`syllable` is pure).
 *
 * `tests/sentences-equivalence.test.ts` proves the scores equal
 * the plugin's on every sentence of the seeds and fixtures plus generated ones.
 */
import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import { syllable } from 'syllable';

const SPACHE = new Set(spache);
const DALE_CHALL = new Set(daleChall);

const syllables = new Map<string, number>();
const MAX_CACHE = 50_000;

/** `syllable(value)`, memoised (bounded, so a long run does not grow without limit). */
export function countSyllables(value: string): number {
  let n = syllables.get(value);
  if (n === undefined) {
    n = syllable(value);
    if (syllables.size >= MAX_CACHE) syllables.clear();
    syllables.set(value, n);
  }
  return n;
}

export interface ReadabilityCounts {
  [key: string]: number;
  character: number;
  complexPolysillabicWord: number;
  difficultWord: number;
  letter: number;
  polysillabicWord: number;
  sentence: number;
  syllable: number;
  unfamiliarWord: number;
  word: number;
}

/** What one word (as written) adds to the counts; memoised, as the inputs are pure functions of the word. */
interface WordFacts {
  syllables: number;
  /** Polysyllabic (3+ syllables) and not starting with a capital. */
  complex: boolean;
  /** Index of the lower-cased word in LISTED, or -1. */
  listed: number;
  spache: boolean;
  daleChall: boolean;
}

/** Lower-cased words of either list, numbered (to count distinct ones per sentence without a Set). */
const LISTED = new Map<string, number>();
for (const w of SPACHE) if (!LISTED.has(w)) LISTED.set(w, LISTED.size);
for (const w of DALE_CHALL) if (!LISTED.has(w)) LISTED.set(w, LISTED.size);
const familiarStamp = new Int32Array(LISTED.size);
const easyStamp = new Int32Array(LISTED.size);
let stamp = 0;

const facts = new Map<string, WordFacts>();

function wordFacts(value: string): WordFacts {
  let f = facts.get(value);
  if (f === undefined) {
    const caseless = value.toLowerCase();
    const n = countSyllables(value);
    const spacheWord = SPACHE.has(caseless);
    const daleWord = DALE_CHALL.has(caseless);
    f = {
      syllables: n,
      complex: n >= 3 && value.charCodeAt(0) === caseless.charCodeAt(0),
      listed: spacheWord || daleWord ? LISTED.get(caseless)! : -1,
      spache: spacheWord,
      daleChall: daleWord,
    };
    if (facts.size >= MAX_CACHE) facts.clear();
    facts.set(value, f);
  }
  return f;
}

/** The counts retext-readability computes for one sentence, from its words' text. */
export function readabilityCounts(words: readonly string[]): ReadabilityCounts {
  // Distinct familiar (Spache) and easy (Dale–Chall) words, counted with stamps instead of Sets.
  if (++stamp === 0x7fffffff) {
    familiarStamp.fill(0);
    easyStamp.fill(0);
    stamp = 1;
  }
  let familiar = 0;
  let easy = 0;
  let complexPolysillabicWord = 0;
  let polysillabicWord = 0;
  let totalSyllables = 0;
  let letters = 0;
  for (let i = 0; i < words.length; i++) {
    const value = words[i]!;
    const f = wordFacts(value);
    totalSyllables += f.syllables;
    letters += value.length;
    if (f.syllables >= 3) {
      polysillabicWord++;
      if (f.complex) complexPolysillabicWord++;
    }
    if (f.listed !== -1) {
      if (f.spache && familiarStamp[f.listed] !== stamp) {
        familiarStamp[f.listed] = stamp;
        familiar++;
      }
      if (f.daleChall && easyStamp[f.listed] !== stamp) {
        easyStamp[f.listed] = stamp;
        easy++;
      }
    }
  }
  const wordCount = words.length;
  return {
    character: letters,
    complexPolysillabicWord,
    difficultWord: wordCount - easy,
    letter: letters,
    polysillabicWord,
    sentence: 1,
    syllable: totalSyllables,
    unfamiliarWord: wordCount - familiar,
    word: wordCount,
  };
}

const gradeToAge = (grade: number): number => Math.round(grade + 5);
const fleschToAge = (value: number): number => 20 - Math.floor(value / 10);
const smogToAge = (value: number): number => Math.ceil(Math.sqrt(value) + 2.5);

/**
 * Reader ages by the seven formulas, in the plugin's order: automated
 * readability, Coleman–Liau, Dale–Chall, Flesch, Gunning fog, SMOG, Spache.
 */
export function readabilityAges(counts: ReadabilityCounts): number[] {
  return [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    fleschToAge(flesch(counts)),
    gradeToAge(gunningFog(counts)),
    smogToAge(smogFormula(counts)),
    gradeToAge(spacheFormula(counts)),
  ];
}

/** The number of formulas (and of ages `readabilityAges` gives). */
export const FORMULAS = 7;

/**
 * How many of the seven ages are surely not above `age`, from a sentence's
 * letter and word counts alone: automated readability and Coleman–Liau
 * exactly (they read nothing else), SMOG and Spache at their highest (every
 * word polysyllabic, every word unfamiliar; both grow with those counts). So
 * `formulasAbove(readabilityAges(counts), age) <= FORMULAS - surelyNotAbove(...)`.
 */
export function surelyNotAbove(letters: number, words: number, age: number): number {
  const most = { character: letters, letter: letters, word: words, sentence: 1, polysillabicWord: words, unfamiliarWord: words };
  let n = 0;
  if (!(gradeToAge(automatedReadability(most)) > age)) n++;
  if (!(gradeToAge(colemanLiau(most)) > age)) n++;
  if (!(smogToAge(smogFormula(most)) > age)) n++;
  if (!(gradeToAge(spacheFormula(most)) > age)) n++;
  return n;
}

/** How many of the seven ages exceed `age`. */
export function formulasAbove(ages: readonly number[], age: number): number {
  let nok = 0;
  for (const a of ages) if (a > age) nok++;
  return nok;
}
