/**
 * @module sentence-spacing
 * Forbids broken spacing around sentence punctuation, typical of scraped and
 * machine-joined text:
 *
 * - no space after a full stop, question or exclamation mark before the next
 *   sentence (`creative expression.With a solid foundation`);
 * - a space before a comma, full stop or semicolon (`Google news ,Twitter ,`);
 * - no space after a comma or semicolon between words (`Gaza,Rafah`).
 *
 * Not flagged: abbreviations and initials (`U.S.`, `B.Tech`, `Ph.D`), decimals
 * and times (`2.3`, `8.30`), numbers (`1,200`), domains, URLs, e-mail
 * addresses and handles (`thelocalreport.in`, `example.com/a,b`), ellipses
 * (`. . .`), `.NET`.
 *
 * @example Invalid
 *   Pooja combines expertise with creative expression.With a solid foundation, she writes.
 * @example Valid
 *   Most of the enclave’s 2.3 million people are homeless, the U.S. said at 8.30 p.m.
 *
 * Fix (safe): inserts or removes the space.
 */
import type { Rule } from '../src/rule-kit/index.js';

/** Tokens (runs of non-space) in which dots and commas are not sentence punctuation: URLs, domains, e-mails, handles. */
const URLISH = /www\.|@|\.(?:com|org|net|gov|edu|io|in|co|uk|de|fr|info|ly|me|tv|html?|php|pdf)(?:\b|$)/;

// The scans start with a plain character class (fast in V8); the context
// around each candidate is then checked by hand.
/** `.`/`?`/`!` directly followed by a capitalised word: `expression.With`. */
const STOP_THEN_WORD = /[.!?](?=\p{Lu}\p{Ll})/gu;
/** `,`/`;` directly followed by a letter: `Gaza,Rafah` (numbers like 1,200 keep their commas). */
const COMMA_THEN_LETTER = /[,;](?=\p{L})/gu;
/** Spaces before `,` `;` `.`: `news ,Twitter`. */
// The lookbehind anchors each match at the start of a blank run: linear on long runs of spaces.
const SPACE_THEN_PUNCT = /(?<![ \t])[ \t]+[,;.]/g;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const BEFORE_SPACE = /[\p{L}\p{N})\]”"’]/u;

/** True when offset `i` of `t` lies in a whitespace-delimited token that is a URL, domain, e-mail or handle. */
function inUrl(t: string, i: number): boolean {
  let a = i;
  while (a > 0 && !/\s/.test(t[a - 1]!)) a--;
  let b = i;
  while (b < t.length && !/\s/.test(t[b]!)) b++;
  const tok = t.slice(a, b);
  return tok.includes('://') || URLISH.test(tok);
}

const rule: Rule = {
  meta: {
    id: 'sentence-spacing',
    description: 'Disallow a missing space after sentence punctuation and a space before a comma or full stop.',
    category: 'sentences',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    messages: {
      missingSpaceAfterStop: 'Missing space after "{{mark}}" between sentences ("{{text}}").',
      spaceBefore: 'Unexpected space before "{{mark}}".',
      missingSpaceAfterComma: 'Missing space after "{{mark}}" ("{{text}}").',
    },
    docs: 'rules/sentence-spacing.ts',
  },
  check({ doc, report }) {
    for (const line of doc.lines) {
      const t = line.text;
      if (t.length < 3) continue;

      STOP_THEN_WORD.lastIndex = 0;
      for (let m = STOP_THEN_WORD.exec(t); m; m = STOP_THEN_WORD.exec(t)) {
        const at = m.index; // the punctuation
        let a = at;
        while (a > 0 && LETTER.test(t[a - 1]!)) a--;
        const word = t.slice(a, at);
        // The left word: 2+ letters with a lower-case one, not after a dot or digit (U.S, B.Tech, 3.With).
        if (word.length < 2 || !LOWER.test(word) || (a > 0 && /[\p{N}.'’]/u.test(t[a - 1]!))) continue;
        if (inUrl(t, at)) continue;
        const abs = line.start + at;
        if (!doc.isProse(abs, abs + 2)) continue;
        let b = at + 1;
        while (b < t.length && LETTER.test(t[b]!)) b++;
        const next = t.slice(at + 1, b);
        report({
          messageId: 'missingSpaceAfterStop',
          data: { mark: m[0], text: `${word}${m[0]}${next}` },
          start: line.start + a,
          end: line.start + b,
          fix: { range: [abs + 1, abs + 1], text: ' ' },
        });
      }

      SPACE_THEN_PUNCT.lastIndex = 0;
      for (let m = SPACE_THEN_PUNCT.exec(t); m; m = SPACE_THEN_PUNCT.exec(t)) {
        const at = m.index;
        if (at === 0 || !BEFORE_SPACE.test(t[at - 1]!)) continue;
        const punct = m[0][m[0].length - 1]!;
        const afterAt = at + m[0].length;
        const after = t.charAt(afterAt);
        if (punct === '.') {
          // ". . ." ellipsis, ".NET", ".5", "..." are not a space before a full stop.
          if (after !== '' && !/[\s"”’')]/.test(after)) continue;
          if (/^\s*\./.test(t.slice(afterAt, afterAt + 3))) continue;
        } else if (/\p{N}/u.test(after)) continue;
        if (inUrl(t, afterAt - 1)) continue;
        const abs = line.start + at;
        if (!doc.isProse(abs, abs + m[0].length)) continue;
        const needsSpace = LETTER.test(after);
        report({
          messageId: 'spaceBefore',
          data: { mark: punct },
          start: abs,
          end: abs + m[0].length,
          fix: { range: [abs, abs + m[0].length], text: needsSpace ? `${punct} ` : punct },
        });
      }

      COMMA_THEN_LETTER.lastIndex = 0;
      for (let m = COMMA_THEN_LETTER.exec(t); m; m = COMMA_THEN_LETTER.exec(t)) {
        const at = m.index;
        if (at === 0 || !LETTER.test(t[at - 1]!) || inUrl(t, at)) continue;
        const abs = line.start + at;
        if (!doc.isProse(abs, abs + 2)) continue;
        let a = at;
        while (a > 0 && LETTER.test(t[a - 1]!)) a--;
        let b = at + 1;
        while (b < t.length && LETTER.test(t[b]!)) b++;
        report({
          messageId: 'missingSpaceAfterComma',
          data: { mark: m[0], text: t.slice(a, b) },
          start: line.start + a,
          end: line.start + b,
          fix: { range: [abs + 1, abs + 1], text: ' ' },
        });
      }
    }
  },
};

export default rule;
