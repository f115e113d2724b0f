/**
 * @module no-skip-link
 * Forbids accessibility skip links copied from the page ("Skip to content",
 * "Jump to main content", "Skip navigation"): they are page furniture, never
 * article text. Only a line that is nothing but the link is flagged.
 *
 * @example Invalid
 *   Skip to content
 * @example Invalid
 *   Zum Inhalt springen
 * @example Valid
 *   Fans were told to skip to the main event after the delay.
 *
 * Fix (safe): removes the line and the blank line it leaves.
 */
import { lineSpan, removeLineFix, type Rule } from '../src/rule-kit/index.js';
import { residueData } from './lib/residue-lines.js';
import { alternation, SKIP_LINKS } from './lib/residue-vocabulary.js';

const SKIP_LINK =
  /^\s*[[(]?\s*(?:skip|jump|go)\s+(?:directly\s+)?to\s+(?:the\s+)?(?:main\s+|primary\s+|page\s+)?(?:content|navigation|menu|search|footer|article|main)(?:\s+area)?\s*[\])]?\s*[.!]?\s*$|^\s*skip\s+(?:navigation|nav|links?)\s*$/i;

/** The same links in the other languages of the residue vocabulary. */
const SKIP_LINK_OTHER = new RegExp(`^\\s*[[(]?\\s*(?:${alternation(SKIP_LINKS)})\\s*[\\])]?\\s*[.!»›>]?\\s*$`, 'iu');

const rule: Rule = {
  meta: {
    id: 'no-skip-link',
    description: 'Disallow "Skip to content" and similar skip-link lines.',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    docs: 'rules/no-skip-link.ts',
    messages: { skipLink: 'Skip link "{{line}}" is page navigation, not article text.' },
  },
  check({ doc, report }) {
    for (const line of doc.lines) {
      if (line.text.length > 60 || !(SKIP_LINK.test(line.text) || SKIP_LINK_OTHER.test(line.text))) continue;
      report({
        messageId: 'skipLink',
        data: residueData(line.text, 1, ['whole line is a skip link']),
        ...lineSpan(line),
        fix: removeLineFix(doc, line.index),
      });
    }
  },
};

export default rule;
