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
 * Fix (safe): removes the heading, the pointer or the tag line, or the heading
 * with its teasers. A teaser that also stands elsewhere on the page, or that
 * the page's first line (its title, "Headline – Site") starts with, may be the
 * story's own headline listed in the box: that line stays (its removal is only
 * suggested), and the lines of the box around it go. A line that opens with
 * a singular tag word and no colon (`tagWord`: "Tag der offenen Tür im
 * Rathaus", "Topic of the week") is a heading or a sentence as often as a tag
 * list: only a suggestion.
 */
import { lineSpan, removeLineFix, type Rule } from '../src/rule-kit/index.js';
import { isProseLine, lineInfos, nextNonBlank, pageTitleBeginsWith, prevNonBlank, removeLinesFix, repeatedLines, residueData, type LineInfo } from './lib/residue-lines.js';
import { alternation, RELATED } from './lib/residue-vocabulary.js';

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
      alternation(RELATED),
    ].join('|') +
    ')\\s*(?:[:»›>…]|\\.{3})*$',
  'u',
);
/** A pointer line: "Related: ...", "READ MORE: ...", "See also – ...". */
const POINTER =
  /^(?:related(?: [\w-]+)?|read (?:more|also|next|this)|(?:previous|next|prev) (?:post|article|story|entry)|also read|see also|must read|more|watch|listen|recommended|also on \S+|more on this(?: story)?|more from \S+(?: \S+)?|editor'?s'? pick|trending|top story|don't miss|in case you missed it)\s*(?::|\||»|›|>|–|—|-)\s*\S/;
/** "PREV More than 70% ...", "NEXT The director of ...": pager captions (upper case only). */
/** A ticker headline ending in its link: "... - Read More »»". */
const TRAILING_MORE = /(?:[-–—|…]|\.{3})\s*(?:read|see|view|full story|continue)(?: more| story| article)?\s*[»›>]*$/;
const PAGER = /^(?:PREV|NEXT|PREVIOUS|NEXT ARTICLE|PREVIOUS ARTICLE|NEXT STORY|PREVIOUS STORY)\b\s*[:»›>|-]?\s*\S/;
const PAGER_LABEL = /^(?:(?:previous|next|prev)(?: \S+){0,2} (?:article|story|post|news|item|page|gallery)|(?:previous|next|prev)(?: article| story| post)?)\s*[:»›>-]*$/;
/** A singular label word and no colon after it: "Tag der Arbeit", "Category 4 storm", "More on this below". */
const SINGULAR_LABEL_NO_COLON = /^(?:tag|topic|label|category|more on)\s+[^\s:]/;

/** Tag lists. */
const TAGS =
  /^(?:tags?|topics?|filed under|categories|category|related tags|related topics|keywords|more on|tagged(?: with)?|posted in|labels?)\s*:?\s+\S|^this (?:article|story|entry|post|page) (?:is |was )?(?:related to|filed under|tagged|posted in|categorized)\b|^(?:tags?|topics|filed under|categories|keywords|tagged)\s*:$/;

/** A line that can sit in a list of teasers: a headline, a number, a short blurb. */
function isTeaser(info: LineInfo): boolean {
  // Headlines may ask a question; a line that ends a sentence with a stop is prose.
  // A headline may also end in a quoted exclamation ('...: "We got her!"').
  if (info.words === 0 || info.words > 25) return false;
  // A long line that leads into what follows ("... finden Sie hier:") is the story's own text.
  if (info.words >= 8 && /[:;,]$/.test(info.core)) return false;
  return !(isProseLine(info) && !/[?!]["”’']?$/.test(info.core));
}

const MAX_BLOCK_LINES = 40;

const rule: Rule = {
  meta: {
    id: 'no-related-links',
    description: 'Disallow "related content" boxes: list headings with their teaser headlines, "Read more:" pointers, pagers and tag lists.',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'both',
    docs: 'rules/no-related-links.ts',
    messages: {
      box: '"{{line}}" heads a related-content box ({{teasers}} teaser lines under it): related-content boxes are not article text.',
      teasers: '"{{line}}" begins {{teasers}} teaser lines of the related-content box at line {{heading}}: related-content boxes are not article text.',
      repeatedTeaser: '"{{line}}" is listed in a related-content box and also stands elsewhere on the page (or begins its title): maybe the story\'s own headline.',
      pointer: '"{{line}}" points to another article: read-more links are not article text.',
      tags: '"{{line}}" is a tag list, not article text.',
      tagWord: '"{{line}}" begins with a tag word but no colon: a tag list, or a heading or sentence of the article.',
    },
  },
  check({ doc, report }) {
    const infos = lineInfos(doc);
    /** A headline-like line (four or more words) listed twice on the page; asked only of a box's teasers, so a page without a box counts no lines. */
    const standsTwice = (info: LineInfo) => info.words >= 4 && repeatedLines(doc)[info.line.index] === 1;
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
        // A teaser that stands twice on the page may be the story's own headline (sites list the
        // article in its own "latest" box): it stays, and is only suggested; the rest of the box goes.
        const kept: number[] = [];
        for (let k = i + 1; k <= last; k++) if (infos[k]!.words > 0 && (standsTwice(infos[k]!) || pageTitleBeginsWith(infos, infos[k]!))) kept.push(k);
        let from = i;
        for (const k of [...kept, last + 1]) {
          const to = prevNonBlank(infos, k);
          if (to >= from) {
            const lines = infos.slice(from + 1, to + 1).filter((l) => l.words > 0).length;
            const heading = from === i;
            const evidence = heading
              ? ['related-content heading', ...(teasers ? [`${teasers} teaser lines under it`] : [])]
              : [`teasers under the related-content heading of line ${i + 1}`];
            report({
              messageId: heading ? 'box' : 'teasers',
              data: residueData(infos[from]!.text, 0.99, evidence, heading ? { teasers } : { heading: i + 1, teasers: lines + 1 }),
              start: infos[from]!.line.start,
              end: infos[to]!.line.end,
              fix: from === to ? removeLineFix(doc, from) : removeLinesFix(doc, from, to),
            });
          }
          if (k > last) break;
          report({
            messageId: 'repeatedTeaser',
            data: residueData(infos[k]!.text, 0.85, ['listed under a related-content heading', standsTwice(infos[k]!) ? 'also stands elsewhere on the page' : "begins the page's title"]),
            ...lineSpan(infos[k]!.line),
            suggestions: [{ desc: 'Remove the teaser', fix: removeLineFix(doc, k) }],
          });
          from = nextNonBlank(infos, k);
          if (from === -1 || from > last) break;
        }
        i = last;
        continue;
      }
      const pointer = POINTER.test(lower) || PAGER.test(core) || (info.words <= 30 && TRAILING_MORE.test(lower)) || (info.words <= 6 && PAGER_LABEL.test(lower));
      const tags = !pointer && info.words <= 30 && TAGS.test(lower) && !/[.!?]$/.test(core);
      if (!pointer && !tags) continue;
      // "Tag der offenen Tür im Rathaus", "Topic of the week": a singular label word with no colon opens a heading
      // or a sentence as often as a tag list ("Tags Kristi Noem", "Topics Audi" are plural).
      if (tags && SINGULAR_LABEL_NO_COLON.test(lower)) {
        report({
          messageId: 'tagWord',
          data: residueData(info.text, 0.8, ['a singular tag word opens the line', 'no colon after it']),
          ...lineSpan(info.line),
          suggestions: [{ desc: 'Remove the line', fix: removeLineFix(doc, i) }],
        });
        continue;
      }
      report({
        messageId: pointer ? 'pointer' : 'tags',
        data: residueData(info.text, 0.99, [pointer ? 'read-more/pager wording' : 'tag-list label']),
        ...lineSpan(info.line),
        fix: removeLineFix(doc, i),
      });
    }
  },
};

export default rule;
