/**
 * @module no-mismatched-quotes
 * Forbids a quotation closed by a mark of another style within a paragraph:
 * `“The American plan … territories,"`, `«…”`. Typical of text pieced
 * together from sources with different conventions, or of a closing mark lost
 * and another one taken for it. German „…“ quotes, a "quote" nested in a
 * “quote” and straight single quotes (they double as apostrophes) are fine.
 *
 * A mismatch is sure where an unclosed quote is a guess, so this is a rule of
 * its own, an error by default; quotes and brackets left open or never opened
 * are `no-unbalanced-quotes`, a warning by default.
 *
 * @example Invalid
 *   “The American plan is designed to damage resistance in the West Bank," the statement said.
 * @example Valid
 *   “The American plan is designed to damage resistance,” the statement said, and „Germans quote like this“.
 *
 * Suggestion: make the closing mark match the opening one.
 */
import type { Rule } from '../src/rule-kit/index.js';
import { quoteBalance } from './lib/quote-balance.js';

const rule: Rule = {
  meta: {
    id: 'no-mismatched-quotes',
    description: 'Disallow a quotation closed by a mark of another style.',
    category: 'sentences',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    messages: { mismatch: 'Quotation opened with {{mark}} is closed with {{close}}.' },
    docs: 'rules/no-mismatched-quotes.ts',
  },
  check({ doc, report }) {
    for (const f of quoteBalance(doc)) {
      if (f.kind !== 'mismatch') continue;
      report({
        messageId: 'mismatch',
        data: { mark: f.mark, close: f.close },
        start: f.start,
        end: f.end,
        suggestions: [{ desc: `Close with ${f.want}`, fix: { range: [f.closeAt, f.closeAt + 1], text: f.want } }],
      });
    }
  },
};

export default rule;
