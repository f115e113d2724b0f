/**
 * @module no-unbalanced-quotes
 * Forbids quotation marks and brackets left out of balance within a
 * paragraph:
 *
 * - an opening quote never closed (`quoteUnclosed`), or not closed before the
 *   next one opens (`quoteOpenAtNext`); a closing quote never opened
 *   (`closingQuoteUnopened`);
 * - `(` or `[` never closed (`bracketUnclosed`), `)` or `]` never opened
 *   (`closingBracketUnopened`), `(` closed by `]` (`bracketMismatch`).
 *
 * These are guesses: a quote may open in a caption the scraper dropped, a
 * bracket may close a list item. So the rule is a warning by default. A
 * quotation closed by a mark of another style (`“The American plan …
 * territories,"`) is sure, and is `no-mismatched-quotes`, an error by default:
 * the two were one rule that lowered its unsure findings to warnings; as two
 * rules, each has one severity that a config can raise or lower.
 *
 * The news convention for quotations that run over several paragraphs (the
 * paragraph leaves the quote open and the next one starts with an opening
 * quote) is respected. Apostrophes (`don’t`, `the players’ union`), inches
 * (`55"`), list markers (`a)`, `1)`) and emoticons are not quotes or brackets.
 * Straight single quotes are not checked (they double as apostrophes).
 *
 * @example Invalid
 *   The official said “there is no progress yet, and the minister (who spoke on condition of anonymity left.
 * @example Valid
 *   “The American plan is designed to damage resistance,” the statement said (in Arabic).
 *
 * Suggestion: close a quote left open at the end of a paragraph that ends a
 * sentence.
 */
import type { Rule } from '../src/rule-kit/index.js';
import { quoteBalance } from './lib/quote-balance.js';

const rule: Rule = {
  meta: {
    id: 'no-unbalanced-quotes',
    description: 'Disallow quotation marks and brackets left open or never opened in a paragraph.',
    category: 'sentences',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    messages: {
      quoteUnclosed: 'Quotation opened with {{mark}} is not closed in this paragraph.',
      quoteOpenAtNext: 'Quotation opened with {{mark}} is not closed before the next one opens.',
      closingQuoteUnopened: 'Closing {{mark}} without an opening quotation mark.',
      bracketUnclosed: 'Bracket {{mark}} is not closed in this paragraph.',
      closingBracketUnopened: 'Closing {{mark}} without an opening bracket.',
      bracketMismatch: 'Bracket {{mark}} is closed by {{close}}.',
    },
    docs: 'rules/no-unbalanced-quotes.ts',
  },
  check({ doc, report }) {
    for (const f of quoteBalance(doc)) {
      if (f.kind === 'mismatch') continue;
      const { kind: messageId, start, end } = f;
      if (f.kind === 'quoteUnclosed') {
        const { mark, close, closeAt } = f;
        const suggestions = closeAt === undefined ? undefined : [{ desc: `Close the quotation with ${close}`, fix: { range: [closeAt, closeAt] as [number, number], text: close } }];
        report({ messageId, data: { mark }, start, end, ...(suggestions ? { suggestions } : {}) });
      } else if (f.kind === 'bracketMismatch') {
        report({ messageId, data: { mark: f.mark, close: f.close }, start, end });
      } else {
        report({ messageId, data: { mark: f.mark }, start, end });
      }
    }
  },
};

export default rule;
