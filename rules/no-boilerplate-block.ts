/**
 * @module no-boilerplate-block
 * Flags page furniture that no single-line pattern knows, by evidence that
 * holds across sites and languages. The article body is located as the
 * densest run of prose (lines long enough, rich in the function words of the
 * document's language, ending a sentence); every other line is weighed by a
 * small logistic model over its shape (length, function words, sentence
 * punctuation, capitals, digits, separators), its position relative to the
 * body and the headline, the text density of its neighbours, whether it
 * stands in a run of short lines or a run of sentences (recipe steps,
 * live-blog entries) and whether it recurs on the page (see
 * `lib/line-features.ts`). The headline is the title-like line above the body
 * whose words the article takes up; it, a line holding a copy of it (the page
 * title with the site's name), the items of an announced list and the
 * attribution of an embedded post are never furniture. Each finding carries the
 * model's confidence and the signals that fired.
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
 * Findings are suggestions: the evidence is statistical. A confident line of
 * words without glue gets its own kind (`menuRunTogether`), so that its
 * precision is measured apart; it is not yet high enough on every development
 * set (docs/residue-precision.md: a line of two dates, the period a story is
 * about, reads as such a line) for a safe fix.
 */
import { excerpt, type Rule } from '../src/rule-kit/index.js';
import { analyse, announcedList, explicitResidue, isAttribution, isHeadlineCopy, zoneOf, type Analysis } from './lib/boilerplate.js';
import { lineFeatures } from './lib/line-features.js';
import { assertModelMatchesFeatures, evidenceOf, MODEL, residueProbability } from './lib/line-model.js';
import { PATTERN_RESIDUE_RULES as PATTERN_RULES } from './lib/pattern-residue-rules.js';
import { lineInfos, removeLinesFix, nextNonBlank } from './lib/residue-lines.js';

/**
 * A finding's message by where its first line sits. The body's bounds are a
 * guess: a line the model flags inside them is furniture at the article's
 * edge, before or after its text by the side of the body it is on.
 */
function messageIdOf(analysis: Analysis, i: number): string {
  const zone = zoneOf(analysis, i);
  if (zone === 'inside') return i > (analysis.body![0] + analysis.body![1]) / 2 ? 'afterBody' : 'betweenHeadlineAndBody';
  return zone === 'above' ? 'aboveHeadline' : zone === 'between' ? 'betweenHeadlineAndBody' : 'afterBody';
}
const tail = 'like page furniture {{where}}, not article text (confidence {{confidence}}).';

/**
 * From this probability a line of words without glue (menu items run
 * together, a list joined by separators) is a menu wherever it sits, a kind
 * of its own whose precision docs/residue-precision.md measures apart. 0.85
 * with the model whose two sign-changing position signals were dropped keeps
 * the kind's lines on the development sets what they were at 0.9 before (one
 * content line, the same, on crop15 and page; a few more furniture lines).
 */
const MENU_CONFIDENCE = 0.85;

const rule: Rule = {
  meta: {
    id: 'no-boilerplate-block',
    description: 'Disallow page furniture found by context: menus, teaser lists and other non-article lines around the article body.',
    category: 'residue',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    hasSuggestions: true,
    docs: 'rules/no-boilerplate-block.ts',
    dependsOn: [...PATTERN_RULES],
    messages: {
      aboveHeadline: `{{what}} ${tail.replace('{{where}}', 'above the headline')}`,
      betweenHeadlineAndBody: `{{what}} ${tail.replace('{{where}}', 'between the headline and the article')}`,
      afterBody: `{{what}} ${tail.replace('{{where}}', 'after the article')}`,
      menuRunTogether: '{{what}} like a menu run together (words without glue), not article text (confidence {{confidence}}).',
    },
  },
  check({ doc, report, findings }) {
    assertModelMatchesFeatures();
    const pinned = explicitResidue(doc, PATTERN_RULES.flatMap((id) => findings(id)));
    const analysis = analyse(doc, pinned);
    // No article text at all (a list, a one-liner, a menu page): nothing to tell furniture from.
    if (!analysis.body) return;
    const infos = lineInfos(doc);
    const features = lineFeatures(doc, analysis, pinned);
    // A list the article announces is the article's, whatever its items look like.
    const list = announcedList(infos, analysis.shapes);
    // The headline (and a line that holds a copy of it) is the article's title, whatever the model makes of its shape.
    const isHeadline = (i: number) => isHeadlineCopy(analysis, i);
    // Inside the body, the items of an announced list and the attribution under an embedded post are the article's.
    const articlePart = (i: number) => zoneOf(analysis, i) === 'inside' && (list[i] === 1 || isAttribution(infos[i]!.text));
    const probability = features.map((f, i) => (f && !pinned[i] && !isHeadline(i) && !articlePart(i) ? residueProbability(f) : 0));
    const flagged = (i: number) => probability[i]! >= MODEL.threshold;
    const menu = (i: number) => analysis.shapes[i]!.cls === 'bad' && probability[i]! >= MENU_CONFIDENCE;
    for (let i = 0; i < infos.length; i++) {
      if (!flagged(i)) continue;
      // A group: flagged lines of one kind with only blank lines between them, in one zone.
      const zone = zoneOf(analysis, i);
      const isMenu = menu(i);
      let j = i;
      for (let k = nextNonBlank(infos, j); k !== -1 && flagged(k) && zoneOf(analysis, k) === zone && menu(k) === isMenu; k = nextNonBlank(infos, k)) j = k;
      const members = infos.slice(i, j + 1).filter((x) => x.words > 0).map((x) => x.line.index);
      const confidence = Math.min(...members.map((m) => probability[m]!));
      const evidence = [...new Set(members.flatMap((m) => evidenceOf(features[m]!)))];
      const first = infos[i]!.text;
      const remove = removeLinesFix(doc, i, j);
      report({
        messageId: isMenu ? 'menuRunTogether' : messageIdOf(analysis, i),
        data: {
          what: members.length === 1 ? `"${excerpt(first)}" looks` : `${members.length} lines look`,
          lines: members.length,
          confidence: Number(confidence.toFixed(2)),
          evidence,
        },
        start: infos[i]!.line.start,
        end: infos[j]!.line.end,
        suggestions: [{ desc: members.length === 1 ? 'Remove the line' : 'Remove these lines', fix: remove }],
      });
      i = j;
    }
  },
};

export default rule;
