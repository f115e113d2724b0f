/**
 * @module no-timestamp
 * Forbids publication stamps left on their own line: dates and times
 * ("Nov. 19, 2019 8:03 am ET", "Tuesday, February 5, 2019"), "Updated ..." /
 * "Published ..." / "Posted ..." lines, relative stamps ("10h ago", "1 day ago"),
 * reading times ("2 min read") and a source or author name glued to such a
 * stamp ("Reuters November 18, 2019 11:03 PM"). They are page metadata; keep
 * them in your metadata, not in the body. Dates inside sentences are prose.
 *
 * @example Invalid
 *   Updated: 19 November 2019, 09:01 AM IST
 * @example Valid
 *   The summit opened on 19 November 2019 and ended two days later.
 *
 * Fix (safe): removes the line; a line with two dates and no publishing word
 * ("29 November 2018 | 20 January 2019", maybe the period the story is about)
 * is only offered as a suggestion.
 */
import { dateTokens, hasDateAnchor, isDateToken, lineRule, type LineInfo } from './lib/residue-lines.js';

/** "Published on:", "Last updated:" — a stamp label whose value sits on the next line. */
const LABEL_ONLY = /^(?:(?:first |last |originally )?(?:published|updated|posted|modified|created)(?: on| at)?|date(?: published)?|publication date|release date)\s*:$/;
/** A capitalised name token that may precede/follow a stamp ("Reuters", "Chris Davies", "De Guzman"). */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|@\w+|\p{Lu}[\p{L}]*@\w+|de|da|van|von|der|del|la|le|al|bin|ibn|el)$/u;

const STAMP_WORD = /\b(?:published|updated|posted|modified|created|ago|read)\b/;
const DAY_MONTH = /\b(?:\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)/g;

function isStamp({ core, lower, text }: LineInfo): boolean {
  if (/^[—–]/.test(text) || /^by\b/.test(lower) || /@\w+\)/.test(text)) return false; // quote attributions; bylines have their own rule
  if (LABEL_ONLY.test(lower)) return true;
  if (!hasDateAnchor(lower)) return false;
  const lowerTokens = dateTokens(lower);
  const rawTokens = dateTokens(core);
  if (lowerTokens.length !== rawTokens.length) return false;
  let foreign = 0;
  for (let i = 0; i < lowerTokens.length; i++) {
    if (isDateToken(lowerTokens[i]!)) continue;
    // A few capitalised words: a source, place or author glued to the stamp.
    if (!NAME_TOKEN.test(rawTokens[i]!)) return false;
    foreign++;
  }
  return foreign <= 5 && foreign < lowerTokens.length;
}

export default lineRule(
  {
    id: 'no-timestamp',
    description: 'Disallow publication date/time stamps, "Updated ..." lines and reading times on lines of their own.',
    category: 'residue',
    severity: 'warn',
    recommended: true,
    fixable: 'both',
    docs: 'rules/no-timestamp.ts',
  },
  24,
  (info) => {
    if (!isStamp(info)) return undefined;
    // Two dates without a "published/updated" word may be a period the story names
    // ("29 November 2018 | 20 January 2019"): suggest, do not remove.
    const range = !STAMP_WORD.test(info.lower) && (info.lower.match(DAY_MONTH) ?? []).length >= 2;
    return { what: 'a date/time stamp', safe: !range };
  },
  'publication stamps are page metadata, not article text.',
);
