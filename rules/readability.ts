/**
 * @module readability
 * Warns about sentences that are truly hard to read, by the seven formulas of
 * retext-readability (automated readability, Coleman–Liau, Dale–Chall, Flesch,
 * Gunning fog, SMOG, Spache), computed by a fast equivalent of the plugin
 * (`rules/lib/sentences/readability-core.ts`: same formula packages, same
 * scores, `Set` lookups instead of array scans).
 *
 * News prose is dense: ordinary wire copy scores "age 18+" on most formulas
 * (the plugin's age 18 flags about half the sentences of the seeds). The
 * defaults therefore flag only convoluted sentences: at least 5 of the 7
 * formulas must put the sentence above reader age 22 (graduate level). On
 * single sentences SMOG and Spache almost never pass 20, so 5/7 means every
 * other formula agrees; on the seeds this flags 2 sentences out of 115.
 * Residue lines (short lines, lines without sentence punctuation: bylines,
 * menus, captions) are skipped; the residue rules deal with them.
 *
 * @example Invalid
 *   The implementation of comprehensive infrastructural rehabilitation necessitates extraordinarily sophisticated intergovernmental coordination mechanisms.
 * @example Valid
 *   The talks will resume on Monday.
 *
 * Options: `age` (reader age the text should suit, default 22), `threshold`
 * (share of the 7 formulas that must agree, default 5/7), `minWords` (shorter
 * sentences are not scored, default 8), `skipResidue` (skip sentences on lines
 * that do not look like prose, default true).
 */
import type { Rule } from '../src/rule-kit/index.js';
import { paragraphs, proseLines, quote, WORD } from './lib/sentences/analysis.js';
import { FORMULAS, formulasAbove, readabilityAges, readabilityCounts, surelyNotAbove } from './lib/sentences/readability-core.js';

export interface ReadabilityOptions {
  age: number;
  threshold: number;
  minWords: number;
  skipResidue: boolean;
}

const rule: Rule<ReadabilityOptions> = {
  meta: {
    id: 'readability',
    description: 'Warn about sentences that are too hard to read.',
    category: 'style',
    severity: 'warn',
    recommended: true,
    messages: { hardSentence: 'Hard to read sentence, according to {{agreeing}} formulas (reader age {{age}}): "{{sentence}}"' },
    docs: 'rules/readability.ts',
    defaultOptions: { age: 22, threshold: 5 / 7, minWords: 8, skipResidue: true },
    schema: {
      type: 'object',
      properties: {
        age: { type: 'number', minimum: 1, maximum: 100 },
        threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
        minWords: { type: 'integer', minimum: 1 },
        skipResidue: { type: 'boolean' },
      },
      additionalProperties: false,
    },
  },
  check({ doc, options, report }) {
    const { age, threshold, minWords, skipResidue } = options;
    const prose = skipResidue ? proseLines(doc) : undefined;
    const words: string[] = [];
    for (const para of paragraphs(doc)) {
      const tokens = para.tokens;
      for (const s of para.sentences) {
        if (s.words < minWords) continue;
        if (prose && !prose[doc.lineAt(s.start)]) continue;
        // Most sentences fail enough formulas that read only letters and words: skip the word lists and syllables.
        let letters = 0;
        for (let i = s.from; i < s.to; i++) if (tokens[i]!.kind === WORD) letters += tokens[i]!.end - tokens[i]!.start;
        if ((FORMULAS - surelyNotAbove(letters, s.words, age)) / FORMULAS < threshold) continue;
        words.length = 0;
        for (let i = s.from; i < s.to; i++) if (tokens[i]!.kind === WORD) words.push(tokens[i]!.text);
        const ages = readabilityAges(readabilityCounts(words));
        const nok = formulasAbove(ages, age);
        if (nok / ages.length < threshold) continue;
        const agreeing = nok < ages.length ? `${nok} out of ${ages.length}` : `all ${ages.length}`;
        report({
          messageId: 'hardSentence',
          data: { agreeing, age, sentence: quote(doc.text.slice(s.start, s.end), 40) },
          start: s.start,
          end: s.end,
        });
      }
    }
  },
};

export default rule;
