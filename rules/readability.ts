/**
 * @module readability
 * Warns about sentences that are too hard to read, by the seven formulas of
 * retext-readability. News prose targets readers of about 18 years by default.
 *
 * @example Invalid (with the default age 18)
 *   The implementation of comprehensive infrastructural rehabilitation necessitates
 *   extraordinarily sophisticated intergovernmental coordination mechanisms.
 * @example Valid
 *   The talks will resume on Monday.
 *
 * Options: `age` (reader age the text should suit, default 18), `threshold`
 * (share of formulas that must agree, default 4/7), `minWords` (default 5).
 */
import retextReadability from 'retext-readability';
import { messageOffsets, runRetextPlugin, type Rule } from '../src/rule-kit/index.js';

interface Options {
  age: number;
  threshold: number;
  minWords: number;
}

const rule: Rule<Options> = {
  meta: {
    id: 'readability',
    description: 'Warn about sentences that are too hard to read.',
    category: 'style',
    severity: 'warn',
    recommended: true,
    docs: 'rules/readability.ts',
    defaultOptions: { age: 18, threshold: 4 / 7, minWords: 5 },
    schema: {
      type: 'object',
      properties: {
        age: { type: 'number', minimum: 1, maximum: 100 },
        threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
        minWords: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
  },
  check({ doc, options, report }) {
    const transformer = retextReadability(options) as unknown as Parameters<typeof runRetextPlugin>[1];
    for (const m of runRetextPlugin(doc, transformer)) {
      const at = messageOffsets(m);
      if (!at) continue;
      report({ message: `${m.reason.replace(/^Unexpected hard/, 'Hard')} (reader age ${options.age}).`, ...at });
    }
  },
};

export default rule;
