/**
 * @module no-markup-line
 * Forbids lines that are HTML markup rather than text: embed codes
 * (`<iframe …>`), editor bookmarks and widgets left in the text, raw or
 * escaped (`&lt;span …&gt;`), and lists of allowed tags under comment forms.
 * A line is flagged when it begins with a tag and most of its characters are
 * tags and entities; a sentence that mentions `<code>` is left alone, and so
 * is Markdown, where HTML is part of the syntax.
 *
 * @example Invalid
 *   <iframe width="476" height="267" src="https://example.com/embed/1" frameborder="0"></iframe>
 * @example Invalid
 *   &lt;span data-type="bookmark" style="display: inline-block;"&gt;&lt;/span&gt;
 * @example Valid
 *   Use the <code>alt</code> attribute to describe every image, the guide says.
 *
 * Fix (suggestion): removes the line and the blank line it leaves. A page about
 * HTML may quote a tag on a line of its own, so nothing is removed by default.
 */
import { lineSpan, removeLineFix, type Rule } from '../src/rule-kit/index.js';
import { residueData } from './lib/residue-lines.js';

/** A tag at the start of the line, raw or escaped: `<div `, `</p>`, `&lt;span&gt;`. */
const LEADING_TAG = /^(?:<|&lt;)\/?[a-z][a-z0-9-]*(?:[\s/>]|&gt;)/i;
/** Tags (raw or escaped) and character references. */
const MARKUP = /<\/?[a-z][^<>]*>|&lt;\/?[a-z][\s\S]*?&gt;|&#?[a-z0-9]+;/gi;
/** Share of the line's non-space characters inside markup for a line to be markup. */
const MIN_MARKUP_SHARE = 0.6;
const MIN_LENGTH = 12;

const rule: Rule = {
  meta: {
    id: 'no-markup-line',
    description: 'Disallow lines of HTML markup (embed codes, editor widgets, tag lists), raw or escaped.',
    category: 'residue',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    hasSuggestions: true,
    docs: 'rules/no-markup-line.ts',
    messages: { markup: '"{{line}}" is HTML markup, not article text.' },
  },
  check({ doc, report }) {
    if (doc.isMarkdown) return;
    for (const line of doc.lines) {
      const text = line.text.trim();
      if (text.length < MIN_LENGTH || !LEADING_TAG.test(text)) continue;
      let markup = 0;
      for (const m of text.matchAll(MARKUP)) markup += m[0].replace(/\s+/g, '').length;
      const share = markup / text.replace(/\s+/g, '').length;
      if (share < MIN_MARKUP_SHARE) continue;
      report({
        messageId: 'markup',
        data: residueData(text, Math.min(0.99, 0.5 + share / 2), ['begins with a tag', `${Math.round(share * 100)}% of its characters are markup`]),
        ...lineSpan(line),
        suggestions: [{ desc: 'Remove the line', fix: removeLineFix(doc, line.index) }],
      });
    }
  },
};

export default rule;
