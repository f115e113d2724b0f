/**
 * @module no-html-entities
 * Forbids HTML character references left in text by a scraper: `&amp;`,
 * `&nbsp;`, `&#8217;`, `&#x2019;`, `&quot;`. Only references that HTML
 * defines are flagged (`&foo;` is left alone). Markdown files are skipped:
 * there, character references are legitimate syntax.
 *
 * @example Invalid
 *   Tom &amp; Jerry&#8217;s &quot;show&quot;
 * @example Valid
 *   Tom & Jerry’s "show" (AT&T; R&D)
 *
 * Fix (safe): decodes the reference with the `entities` library (HTML5 rules).
 * Double-escaped references (`&amp;#8217;`) are decoded one level per pass.
 */
import { decodeHTMLStrict } from 'entities';
import type { Rule } from '../src/rule-kit/index.js';

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

const rule: Rule = {
  meta: {
    id: 'no-html-entities',
    description: 'Disallow HTML character references (&amp;, &nbsp;, &#8217;) left in text.',
    category: 'encoding',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    docs: 'rules/no-html-entities.ts',
  },
  check({ doc, report }) {
    if (doc.isMarkdown || !doc.text.includes('&')) return;
    for (const m of doc.text.matchAll(ENTITY)) {
      const decoded = decodeHTMLStrict(m[0]);
      if (decoded === m[0] || decoded === '') continue;
      if (decoded === '\uFFFD' && !/^&#(?:65533|[xX]0*[fF]{3}[dD]);$/.test(m[0])) {
        report({ message: `Invalid numeric character reference "${m[0]}" left in text.`, start: m.index, end: m.index + m[0].length });
        continue;
      }
      const shown = decoded === '\u00a0' ? 'a no-break space' : `"${decoded}"`;
      report({
        message: `HTML entity "${m[0]}" left in text: should be ${shown}.`,
        start: m.index,
        end: m.index + m[0].length,
        fix: { range: [m.index, m.index + m[0].length], text: decoded },
      });
    }
  },
};

export default rule;
