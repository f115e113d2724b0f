/**
 * @module no-hard-wrap
 * Forbids a sentence broken across two lines in mid-phrase: the line ends
 * without sentence punctuation and the next line of the same paragraph goes
 * on in lower case. Scraped text that was wrapped at a fixed width (e-mail,
 * PDF, `html2text`) reads as broken lines in every tool that shows it.
 *
 * Not flagged: lines ending with `:` (a list follows), list items, lines that
 * go on with a capital, a number or a URL, and —
 * unless `markdown: true` — Markdown files, where a single line break inside a
 * paragraph is ordinary source formatting.
 *
 * @example Invalid
 *   The minister said that the talks
 *   would resume on Monday.
 * @example Valid
 *   The minister said that the talks would resume on Monday.
 *   Negotiators arrived in Cairo on Sunday.
 *
 * Fix (safe): joins the two lines with one space. A line ending with a hyphen
 * (`well-` / `known`) is only reported, with a suggestion to join it without
 * a space.
 */
import type { Rule } from '../src/rule-kit/index.js';
import { quote } from './lib/sentences/analysis.js';

interface Options {
  markdown: boolean;
  minLength: number;
}

/** The next line goes on with a word that starts with a Latin lower-case letter. */
const CONTINUES = /^\s*([a-zß-öø-ÿ][\p{L}’'-]*)(\S?)/u;
/** The last character of a line that ends without sentence punctuation: letter, digit, comma, semicolon, bracket, dash. */
const OPEN_END = /[\p{L}\p{N},;)\]\-–—]/u;

const rule: Rule<Options> = {
  meta: {
    id: 'no-hard-wrap',
    description: 'Disallow a sentence broken across lines in mid-phrase.',
    category: 'sentences',
    severity: 'error',
    recommended: true,
    fixable: 'both',
    messages: { brokenLine: 'Sentence broken across lines ("{{text}}").' },
    docs: 'rules/no-hard-wrap.ts',
    defaultOptions: { markdown: false, minLength: 20 },
    schema: {
      type: 'object',
      properties: { markdown: { type: 'boolean' }, minLength: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
  },
  check({ doc, options, report }) {
    if (doc.isMarkdown && !options.markdown) return;
    const lines = doc.lines;
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      const next = lines[i + 1]!;
      const body = line.text.trimEnd();
      if (body.length < options.minLength || !OPEN_END.test(body.charAt(body.length - 1)) || body.trim().length < options.minLength) continue;
      const m = CONTINUES.exec(next.text);
      if (!m) continue;
      const word = m[1]!;
      if (m[2] === ':' || /^(?:www|https?)$/.test(word)) continue;
      // List items ("- item", "• item") are separate lines on purpose.
      if (/^\s*(?:[-–—•*·▪]|\d+[.)])\s/.test(line.text)) continue;
      const joinAt = line.start + body.length;
      const nextStart = next.start + (next.text.length - next.text.trimStart().length);
      if (!doc.isProse(joinAt - 1, joinAt) || !doc.isProse(nextStart, nextStart + 1)) continue;
      const tail = body.slice(-30);
      const message = { messageId: 'brokenLine', data: { text: `${quote(tail, 30)}⏎${word}` } };
      if (/\p{L}-$/u.test(body)) {
        report({
          ...message,
          start: joinAt - 1,
          end: nextStart + word.length,
          suggestions: [{ desc: 'Join the lines without a space', fix: { range: [joinAt, nextStart], text: '' } }],
        });
      } else {
        report({ ...message, start: joinAt, end: nextStart + word.length, fix: { range: [joinAt, nextStart], text: ' ' } });
      }
    }
  },
};

export default rule;
