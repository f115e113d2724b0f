/**
 * @module no-boilerplate-block
 * Flags page furniture that no single-line pattern knows, by context: the
 * article body is located as the densest run of sentence-like lines (long,
 * stopword-rich, ending a sentence), the headline as the title-like line just
 * above it, and the lines around them are judged by their zone and shape —
 * site menus and teaser lists above the headline, standfirst-less bylines and
 * share rows between headline and body, link lists, comments and footers after
 * the body's end. Short lines inside the body (subheadings) are left alone.
 * This is jusText's context-sensitive classification, done on text lines.
 *
 * @example Invalid
 *   Rising Star
 *   Weather
 *   Two Minute Drill
 *   Council approves new budget after long debate
 *   The city council approved a new budget on Monday after a debate that lasted more than six hours, officials said.
 *   Members voted seven to two in favour of the plan, which raises spending on schools and roads by a tenth.
 *   The mayor said the vote was a victory for residents who had waited years for the new library to open.
 *   Records fall as Heights wins swimming title
 *   Moscow wins Wild West Bowl for 6-man crown
 * @example Valid
 *   Council approves new budget after long debate
 *   The city council approved a new budget on Monday after a debate that lasted more than six hours, officials said.
 *   Main requirements
 *   Members voted seven to two in favour of the plan, which raises spending on schools and roads by a tenth.
 *
 * Findings are warnings with a suggestion (never a safe fix): the evidence is
 * statistical.
 */
import { excerpt, type Rule } from '../src/rule-kit/index.js';
import { analyse, explicitResidue } from './lib/boilerplate.js';
import { lineInfos, removeLinesFix, nextNonBlank } from './lib/residue-lines.js';

/** The residue rules that recognise furniture by its own words and shape: their findings are known furniture. */
const PATTERN_RULES = [
  'no-skip-link',
  'no-nav-menu',
  'no-ui-text',
  'no-share-widget',
  'no-ad-label',
  'no-newsletter-prompt',
  'no-related-links',
  'no-byline',
  'no-timestamp',
  'no-image-caption',
  'no-legal-footer',
];

const rule: Rule = {
  meta: {
    id: 'no-boilerplate-block',
    description: 'Disallow page furniture found by context: menus, teaser lists and other non-article lines around the article body.',
    category: 'residue',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    docs: 'rules/no-boilerplate-block.ts',
    dependsOn: PATTERN_RULES,
  },
  check({ doc, report, findings }) {
    const pinned = explicitResidue(doc, PATTERN_RULES.flatMap((id) => findings(id)));
    const { residue, reason } = analyse(doc, pinned);
    const infos = lineInfos(doc);
    for (let i = 0; i < infos.length; i++) {
      if (!residue[i]) continue;
      // A group: flagged lines with only blank lines between them, of one reason.
      let j = i;
      for (let k = nextNonBlank(infos, j); k !== -1 && residue[k] && reason[k] === reason[i]; k = nextNonBlank(infos, k)) j = k;
      const count = infos.slice(i, j + 1).filter((x) => x.words > 0).length;
      const first = infos[i]!.text;
      report({
        message: `${count === 1 ? `"${excerpt(first)}" looks like` : `${count} lines look like`} ${reason[i]}, not article text.`,
        start: infos[i]!.line.start,
        end: infos[j]!.line.end,
        suggestions: [{ desc: count === 1 ? 'Remove the line' : 'Remove these lines', fix: removeLinesFix(doc, i, j) }],
      });
      i = j;
    }
  },
};

export default rule;
