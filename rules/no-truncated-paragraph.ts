/**
 * @module no-truncated-paragraph
 * Forbids paragraphs cut off by a paywall, a teaser or a scraper:
 *
 * - a paragraph that ends with a teaser marker after its text: "Read more",
 *   "Continue reading", "Read the full story", "[…]", "[...]" (`teaser`);
 * - a prose paragraph that ends in mid-sentence: after a comma or a word like
 *   "the", "of", "and" (`midSentence`).
 *
 * A prose paragraph that simply ends without sentence punctuation is a guess
 * (a missing full stop, or a cut): that is `no-unterminated-paragraph`, a
 * rule of its own with its own severity, so that every finding of this one is
 * as sure as the others and `--rule no-truncated-paragraph:error` means what
 * it says.
 *
 * Headlines, subheadings, bylines and other one-line furniture (no sentence
 * punctuation anywhere) are not paragraphs of prose and are left alone; a line
 * that is nothing but "Read more" is residue for the residue rules.
 *
 * @example Invalid
 *   The minister said the talks would resume on Monday, and that the
 * @example Valid
 *   The minister said the talks would resume on Monday.
 *
 * Suggestion: remove a teaser marker.
 */
import type { Rule } from '../src/rule-kit/index.js';
import { paragraphEndings } from './lib/paragraph-ends.js';

const rule: Rule = {
  meta: {
    id: 'no-truncated-paragraph',
    description: 'Disallow paragraphs that end in mid-sentence or with "Read more" / "[…]".',
    category: 'sentences',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    messages: {
      teaser: 'Paragraph ends with the teaser "{{teaser}}".',
      midSentence: 'Paragraph ends in mid-sentence ("…{{tail}}").',
    },
    docs: 'rules/no-truncated-paragraph.ts',
  },
  check({ doc, report }) {
    for (const e of paragraphEndings(doc)) {
      if (e.kind === 'teaser') {
        report({
          messageId: 'teaser',
          data: { teaser: e.teaser },
          start: e.start,
          end: e.end,
          suggestions: [{ desc: `Remove "${e.teaser}"`, fix: { range: [e.from, e.end], text: '' } }],
        });
      } else if (e.kind === 'midSentence') {
        report({ messageId: 'midSentence', data: { tail: e.tail }, start: e.start, end: e.end });
      }
    }
  },
};

export default rule;
