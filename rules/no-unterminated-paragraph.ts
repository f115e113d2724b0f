/**
 * @module no-unterminated-paragraph
 * Forbids a prose paragraph that ends without sentence punctuation after
 * earlier sentences: a missing full stop, or text cut off by a scraper at a
 * word boundary. Which of the two it is cannot be told from the text, so the
 * rule is a warning by default and offers no fix; a paragraph that is surely
 * cut (after a comma, "the", "of"; at a "Read more") is `no-truncated-paragraph`.
 * The two were one rule, which lowered these findings to warnings; as two
 * rules, each has one severity that a config can raise or lower.
 *
 * Headlines, subheadings, bylines and other one-line furniture (no sentence
 * punctuation anywhere), short paragraphs (under 12 words) and paragraphs that
 * end with a link are left alone.
 *
 * @example Invalid
 *   In turn, Egypt thanked Hamas. Both sides agreed to meet again in the coming weeks to review progress
 * @example Valid
 *   In turn, Egypt thanked Hamas. Both sides agreed to meet again in the coming weeks to review progress.
 */
import type { Rule } from '../src/rule-kit/index.js';
import { paragraphEndings } from './lib/paragraph-ends.js';

const rule: Rule = {
  meta: {
    id: 'no-unterminated-paragraph',
    description: 'Disallow prose paragraphs that end without sentence punctuation.',
    category: 'sentences',
    severity: 'warn',
    recommended: true,
    messages: { unterminated: 'Paragraph ends without sentence punctuation ("…{{tail}}").' },
    docs: 'rules/no-unterminated-paragraph.ts',
  },
  check({ doc, report }) {
    for (const e of paragraphEndings(doc)) {
      if (e.kind === 'unterminated') report({ messageId: 'unterminated', data: { tail: e.tail }, start: e.start, end: e.end });
    }
  },
};

export default rule;
