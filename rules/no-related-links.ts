/**
 * @module no-related-links
 * Forbids "related content" boxes scraped with the article: list headings
 * ("Most Popular", "Related Articles", "You may also like", "Latest Posts",
 * "More From The Times") together with the teaser headlines listed under them,
 * inline pointers ("Related: ...", "READ MORE: ...", "PREV ...", "NEXT ...") and
 * tag lists ("Tags: ...", "This article is related to: ...").
 * The teasers after a heading run until the first line that reads like prose.
 *
 * @example Invalid
 *   Most Popular
 *   Storm leaves thousands without power
 *   City council approves new budget
 * @example Valid
 *   The most popular dish at the festival was a lentil stew, organisers said.
 *
 * Fix: a lone heading or pointer line, or a box that closes the page, is removed
 * (safe); a heading with its teasers mid-page is offered as a suggestion.
 */
import { excerpt, lineSpan, removeLineFix, type Rule } from '../src/rule-kit/index.js';
import { isProseLine, lineInfos, nextNonBlank, removeLinesFix, type LineInfo } from './lib/residue-lines.js';

const HEADING = new RegExp(
  '^(?:' +
    [
      'related(?: (?:articles?|stories|posts?|content|coverage|news|reading|links|videos?|galleries|items|reads))?',
      'read (?:more|next|also|this next)|see also|also (?:read|see|on \\S+)|what to read next|further reading|recommended reading',
      'more (?:from|on|in|about|stories|news|articles|headlines|videos|coverage|to (?:read|explore)|like this|for you|top stories)(?: .{1,40})?|more (?:\\S+ ){1,3}(?:stories|news|articles|headlines|videos)',
      "you (?:may|might|will|could) (?:also )?(?:like|love|enjoy|be interested in|have missed)(?: (?:these|this|the following) (?:posts?|stories|articles|videos))?|featured(?: (?:video|videos|stories|articles|posts|content))?|recent(?: (?:posts|stories|articles|news|comments))?|don't miss|in case you missed it|(?:we )?recommended(?: for you| stories| articles| videos)?|(?:our )?picks?(?: for you)?|editor'?s'? (?:picks?|choice)|staff picks",
      'most (?:popular|read|viewed|shared|commented|emailed|watched|recent|discussed)(?: .{1,30})?|top (?:stories|news|headlines|articles|picks|reads|videos)(?: .{1,30})?|trending(?: now| stories| news| topics| articles| videos| on \\S+)?|popular(?: now| posts| stories| articles| videos| on \\S+)?|hot (?:topics|stories)',
      'latest(?: (?:news|posts|stories|articles|headlines|videos|tweets|updates|from \\S.{0,30}))?|latest (?:\\S+ ){1,2}news|(?:our )?latest stories|(?:just|recently) (?:in|published|posted)',
      'more stories like this(?: one)?|around the web|from (?:the )?(?:web|our partners|around the web)|promoted stories|sponsored stories|partner stories|(?:more )?must reads?(?: .{1,30})?|next up in .{1,40}|related topics|related tags|explore more|you might also like',
    ].join('|') +
    ')\\s*(?:[:»›>…]|\\.{3})*$',
);
/** A pointer line: "Related: ...", "READ MORE: ...", "See also – ...". */
const POINTER =
  /^(?:related(?: [\w-]+)?|read (?:more|also|next|this)|(?:previous|next|prev) (?:post|article|story|entry)|also read|see also|must read|more|watch|listen|recommended|also on \S+|more on this(?: story)?|more from \S+(?: \S+)?|editor'?s'? pick|trending|top story|don't miss|in case you missed it)\s*(?::|\||»|›|>|–|—|-)\s*\S/;
/** "PREV More than 70% ...", "NEXT The director of ...": pager captions (upper case only). */
/** A ticker headline ending in its link: "... - Read More »»". */
const TRAILING_MORE = /(?:[-–—|…]|\.{3})\s*(?:read|see|view|full story|continue)(?: more| story| article)?\s*[»›>]*$/;
const PAGER = /^(?:PREV|NEXT|PREVIOUS|NEXT ARTICLE|PREVIOUS ARTICLE|NEXT STORY|PREVIOUS STORY)\b\s*[:»›>|-]?\s*\S/;
const PAGER_LABEL = /^(?:(?:previous|next|prev)(?: \S+){0,2} (?:article|story|post|news|item|page|gallery)|(?:previous|next|prev)(?: article| story| post)?)\s*[:»›>-]*$/;
/** Tag lists. */
const TAGS =
  /^(?:tags?|topics?|filed under|categories|category|related tags|related topics|keywords|more on|tagged(?: with)?|posted in|labels?)\s*:?\s+\S|^this (?:article|story|entry|post|page) (?:is |was )?(?:related to|filed under|tagged|posted in|categorized)\b|^(?:tags?|topics|filed under|categories|keywords|tagged)\s*:$/;

/** A line that can sit in a list of teasers: a headline, a number, a short blurb. */
function isTeaser(info: LineInfo): boolean {
  // Headlines may ask a question; a line that ends a sentence with a stop is prose.
  // A headline may also end in a quoted exclamation ('...: "We got her!"').
  return info.words > 0 && info.words <= 25 && !(isProseLine(info) && !/[?!]["”’']?$/.test(info.core));
}

const MAX_BLOCK_LINES = 40;

const rule: Rule = {
  meta: {
    id: 'no-related-links',
    description: 'Disallow "related content" boxes: list headings with their teaser headlines, "Read more:" pointers, pagers and tag lists.',
    category: 'residue',
    severity: 'warn',
    recommended: true,
    fixable: 'both',
    docs: 'rules/no-related-links.ts',
  },
  check({ doc, report }) {
    const infos = lineInfos(doc);
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      if (info.words === 0 || info.words > 40) continue;
      const { lower, core } = info;
      if (info.words <= 8 && HEADING.test(lower)) {
        // The heading and the teasers under it, up to the first prose line.
        let last = i;
        let teasers = 0;
        for (let j = i + 1; j < infos.length && j - i <= MAX_BLOCK_LINES; j++) {
          const next = infos[j]!;
          if (next.words === 0) continue;
          if (!isTeaser(next)) break;
          last = j;
          teasers++;
        }
        const { start } = lineSpan(info.line);
        const end = infos[last]!.line.end;
        report({
          message: teasers
            ? `"${info.text}" heads a list of other articles (${teasers} line${teasers === 1 ? '' : 's'}): related-content boxes are not article text.`
            : `"${info.text}" is the heading of a related-content box, not article text.`,
          start,
          end,
          // A box that closes the page leaves no story after it to lose: safe. Mid-page, the
          // last "teaser" might be a subheading of the story: suggestion only.
          ...(!teasers
            ? { fix: removeLineFix(doc, i) }
            : nextNonBlank(infos, last) === -1
              ? { fix: removeLinesFix(doc, i, last) }
              : { suggestions: [{ desc: 'Remove the heading and its teasers', fix: removeLinesFix(doc, i, last) }] }),
        });
        i = last;
        continue;
      }
      const pointer = POINTER.test(lower) || PAGER.test(core) || (info.words <= 30 && TRAILING_MORE.test(lower)) || (info.words <= 6 && PAGER_LABEL.test(lower));
      const tags = !pointer && info.words <= 30 && TAGS.test(lower) && !/[.!?]$/.test(core);
      if (!pointer && !tags) continue;
      report({
        message: pointer
          ? `"${excerpt(info.text)}" points to another article: read-more links are not article text.`
          : `"${excerpt(info.text)}" is a tag list, not article text.`,
        ...lineSpan(info.line),
        fix: removeLineFix(doc, i),
      });
    }
  },
};

export default rule;
