/**
 * @module no-truncated-paragraph
 * Forbids paragraphs cut off by a paywall, a teaser or a scraper:
 *
 * - a paragraph that ends with a teaser marker after its text: "Read more",
 *   "Continue reading", "Read the full story", "[…]", "[...]";
 * - a prose paragraph that ends in mid-sentence: after a comma or a word like
 *   "the", "of", "and" (error), or simply without sentence punctuation after
 *   earlier sentences (warning: a missing full stop or a cut).
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
import { isSpace, type Rule } from '../src/rule-kit/index.js';
import { blocks, quote } from './lib/sentences/analysis.js';

/** A teaser marker at the end of a paragraph, after sentence punctuation or an ellipsis, or bracketed. */
const TEASER =
  /(?:(?<=[.!?…"”’]\s*)(?:read more|continue reading|read the full (?:story|article)|read full (?:story|article)|full story)(?:\s*(?:\.\.\.|[»›>…→.:]))*|\[\s*(?:…|\.{3})\s*\]|\(\s*(?:…|\.{3})\s*\))\s*$/i;
const FUNCTION_END =
  /(?:^|\s)(?:the|a|an|of|to|and|or|nor|in|on|at|for|with|by|from|into|that|which|who|whose|as|but|is|are|was|were|has|have|had|its|their|his|her|our|this|these|those|than|because|while|if|when)\s*$/i;
const SENTENCE_BREAK = /[.!?]["”’)]*\s+["“‘(]?\p{Lu}/u;
/** What `terminated` tests (kept as its specification). */
const TERMINATED = /[.!?…:;]["'”’»)\]]*\s*$|["”’»)]\s*$/u;

/** `text.split(/\s+/).length`, without the array: runs of white space plus one. */
export function pieceCount(text: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (!inSpace) n++;
      inSpace = true;
    } else inSpace = false;
  }
  return n;
}

/** Characters TEASER's tail may consist of: white space and `.`, `»`, `›`, `>`, `…`, `→`, `:`. */
function isTeaserTail(c: number): boolean {
  return isSpace(c) || c === 46 || c === 0xbb || c === 0x203a || c === 62 || c === 0x2026 || c === 0x2192 || c === 58;
}

/**
 * A necessary condition for TEASER to match `text`: before its tail, the text
 * ends with the last letter of a marker ("more", "reading", "story",
 * "article") or with a closing bracket.
 */
export function mayEndWithTeaser(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isTeaserTail(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 101 || c === 69 || c === 103 || c === 71 || c === 121 || c === 89 || c === 93 || c === 41;
}

/** `TERMINATED.test(text)`, read from the end instead of scanning the whole paragraph. */
export function terminated(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  let c = text.charCodeAt(i);
  // ["”’»)]\s*$
  if (c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41) return true;
  // [.!?…:;]["'”’»)\]]*\s*$
  while (c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93) {
    if (--i < 0) return false;
    c = text.charCodeAt(i);
  }
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59;
}

const rule: Rule = {
  meta: {
    id: 'no-truncated-paragraph',
    description: 'Disallow paragraphs that end in mid-sentence or with "Read more" / "[…]".',
    category: 'sentences',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    docs: 'rules/no-truncated-paragraph.ts',
  },
  check({ doc, report }) {
    for (const b of blocks(doc)) {
      const text = doc.text.slice(b.start, b.end);
      const trimmed = text.trimEnd();
      const end = b.start + trimmed.length;
      if (!doc.isProse(end - 1, end)) continue;
      const teaser = mayEndWithTeaser(trimmed) ? TEASER.exec(trimmed.length > 200 ? trimmed.slice(-200) : trimmed) : null;
      if (teaser) {
        const start = end - teaser[0].length;
        const before = doc.text.slice(b.start, start).trim();
        if (before.split(/\s+/).length < 4) continue; // the whole line is a label: residue
        let from = start;
        while (from > b.start && /[ \t]/.test(doc.text[from - 1]!)) from--;
        report({
          message: `Paragraph ends with "${teaser[0].trim()}": the text was cut off at a teaser.`,
          start,
          end,
          suggestions: [{ desc: `Remove "${teaser[0].trim()}"`, fix: { range: [from, end], text: '' } }],
        });
        continue;
      }
      if (terminated(trimmed)) continue;
      const words = pieceCount(trimmed);
      if (words < 8) continue;
      // A paragraph may end with a link: "It is available at https://example.com/report".
      const lastToken = /\S+$/.exec(trimmed)![0];
      if (/[./@]\p{L}/u.test(lastToken)) continue;
      const lastLine = doc.lines[b.last]!;
      const tail = quote(trimmed.slice(-40), 40);
      const lastWordStart = end - lastToken.length;
      const span = { start: Math.max(lastLine.start, lastWordStart), end };
      if (trimmed.endsWith(',') || (words >= 10 && FUNCTION_END.test(trimmed))) {
        report({ message: `Paragraph ends in mid-sentence ("…${tail}"): the text was cut off.`, ...span });
      } else if (words >= 12 && SENTENCE_BREAK.test(text)) {
        report({
          message: `Paragraph ends without sentence punctuation ("…${tail}"): a missing full stop, or the text was cut off.`,
          ...span,
        });
      }
    }
  },
};

export default rule;
