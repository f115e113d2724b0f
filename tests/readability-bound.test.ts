/**
 * readability skips a sentence when the formulas that read only letters and
 * words already rule out enough agreement: the bound must never be below the
 * true number of formulas above the age, for any age (then a skipped sentence
 * is one the full computation would not report either).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document } from '../src/engine/document.js';
import { paragraphs, WORD } from '../rules/lib/sentences/analysis.js';
import { FORMULAS, formulasAbove, readabilityAges, readabilityCounts, surelyNotAbove } from '../rules/lib/sentences/readability-core.js';
// @ts-expect-error -- plain ESM script without types
import { corpus } from '../bench/corpus.mjs';

const seeds = join(__dirname, '..', 'seeds');
const long = 'The implementation of comprehensive infrastructural rehabilitation necessitates extraordinarily sophisticated intergovernmental coordination mechanisms';
const texts: string[] = [
  ...(corpus(40, 9) as string[]),
  ...readdirSync(seeds).map((f) => readFileSync(join(seeds, f), 'utf8')),
  `${long}.`,
  `${long} and ${long.toLowerCase()} again.`,
  'A b c d e f g h i j k l m n o p q r s t u v w x y z.',
  'Supercalifragilisticexpialidocious antidisestablishmentarianism floccinaucinihilipilification.',
];

describe('readability bound', () => {
  it('never counts fewer formulas above an age than are above it', () => {
    let sentences = 0;
    for (const text of texts) {
      for (const para of paragraphs(new Document(text, 'a.txt'))) {
        for (const s of para.sentences) {
          const words: string[] = [];
          let letters = 0;
          for (let i = s.from; i < s.to; i++) {
            const t = para.tokens[i]!;
            if (t.kind !== WORD) continue;
            words.push(t.text);
            letters += t.end - t.start;
          }
          if (!words.length) continue;
          sentences++;
          const ages = readabilityAges(readabilityCounts(words));
          for (let age = 0; age <= 40; age++) expect(formulasAbove(ages, age)).toBeLessThanOrEqual(FORMULAS - surelyNotAbove(letters, words.length, age));
        }
      }
    }
    expect(sentences).toBeGreaterThan(500);
  });
});
