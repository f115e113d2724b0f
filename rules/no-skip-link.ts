/**
 * @module no-skip-link
 * Forbids accessibility skip links copied from the page ("Skip to content",
 * "Jump to main content", "Skip navigation"): they are page furniture, never
 * article text. Only a line that is nothing but the link is flagged.
 *
 * @example Invalid
 *   Skip to content
 * @example Valid
 *   Fans were told to skip to the main event after the delay.
 *
 * Fix (safe): removes the line and the blank line it leaves.
 */
import { lineSpan, removeLineFix, type Rule } from '../src/rule-kit/index.js';

const SKIP_LINK =
  /^\s*[[(]?\s*(?:skip|jump|go)\s+(?:directly\s+)?to\s+(?:the\s+)?(?:main\s+|primary\s+|page\s+)?(?:content|navigation|menu|search|footer|article|main)(?:\s+area)?\s*[\])]?\s*[.!]?\s*$|^\s*skip\s+(?:navigation|nav|links?)\s*$/i;

const rule: Rule = {
  meta: {
    id: 'no-skip-link',
    description: 'Disallow "Skip to content" and similar skip-link lines.',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    docs: 'rules/no-skip-link.ts',
  },
  check({ doc, report }) {
    for (const line of doc.lines) {
      if (line.text.length > 60 || !SKIP_LINK.test(line.text)) continue;
      report({
        message: `Skip link "${line.text.trim()}" is page navigation, not article text.`,
        ...lineSpan(line),
        fix: removeLineFix(doc, line.index),
      });
    }
  },
};

export default rule;
