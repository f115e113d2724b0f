/**
 * @module no-stray-token
 * Forbids stray tokens left in the text by scraping and editing:
 *
 * - a lone lower-case letter or letter pair that is not a word
 *   (`which resulted in n 7 murdered Jews`);
 * - leftover markup and footnote marks: `[1]`, `[citation needed]`, HTML tags
 *   (`<p>`, `</div>`), a stray asterisk (`Hamas*`, ` * `), Markdown heading
 *   marks in a plain-text article (`## Background`);
 * - doubled punctuation: `,,`, `;;`, `..` (an ellipsis `...` is fine), `,.`.
 *
 * Not flagged: real short words (a, I, of, to, de, al, km, vs, pm), the short
 * function words of the document's own language (`es` in a German article,
 * by the `stopword` package's lists) and two-letter words it uses three times
 * or more, a token
 * inside an English multi-word expression of WordNet (`café au lait`,
 * `au pair`, `vitamin b`; see rules/lib/short-token-phrases.ts), `Roe v Wade`,
 * `3 x 4`, list markers (`a)`, `* item`), censored words (`f***`), scene
 * breaks (`***`), ellipses and `etc.,`.
 * Lone letters are only looked for on prose lines (residue lines are the
 * residue rules' business).
 *
 * @example Invalid
 *   The attack resulted in n 7 murdered Jews,, the army said.[1]
 * @example Valid
 *   The attack killed 7 people, the army said... The case of Roe v Wade was cited.
 *   She ordered a café au lait and hired an au pair.
 *
 * Fix (safe): removes footnote marks and HTML tags and collapses `,,` and `;;`;
 * a suggestion for `..` (a full stop or an ellipsis) and `,.`.
 */
import * as stopword from 'stopword';
import type { DocumentView, ReportDescriptor, Rule } from '../src/rule-kit/index.js';
import { proseLines } from './lib/sentences/analysis.js';
import { SHORT_WORDS } from './lib/sentences/lexicon.js';
import { SHORT_TOKEN_PHRASES } from './lib/short-token-phrases.js';

/**
 * SHORT_WORDS of one or two letters as alternatives of a regular expression, one per first letter
 * (`a[dhmn…]?|b[ey]|…`), so that a token is compared with the words of its own first letter only.
 */
const LISTED_SHORT = (() => {
  const seconds = new Map<string, string>();
  for (const w of SHORT_WORDS) if (w.length <= 2) seconds.set(w[0]!, (seconds.get(w[0]!) ?? '') + (w[1] ?? ''));
  const escape = (c: string) => c.replace(/[\\\]^[-]/g, '\\$&');
  return [...seconds]
    .map(([first, second]) => (second ? `${escape(first)}[${[...second].map(escape).join('')}]${SHORT_WORDS.has(first) ? '?' : ''}` : escape(first)))
    .join('|');
})();

/**
 * A lower-case token of one or two letters with white space (or the line's ends) on both sides,
 * not one of SHORT_WORDS: the expression passes over those itself, so the common "a", "of" and
 * "to" make no match object. (A token that is not a match leaves the white space after it free
 * for the next one, so the matches are those of the plain expression less the listed words.)
 */
export const LONE = new RegExp(
  `(?:^|\\s)(?=[a-z\\u00df-\\u024f]{1,2}(?:\\s|$))(?!(?:${LISTED_SHORT})(?:\\s|$))([a-z\\u00df-\\u024f]{1,2})(?=\\s|$)`,
  'g',
);
const FOOTNOTE = /\[(?:\d{1,3}|citation needed|clarification needed|edit|dubious(?: – discuss)?|who\?|when\?|by whom\?)\]/gi;
const HTML_TAG = /<\/?(?:p|div|span|br|a|b|i|em|strong|ul|ol|li|h[1-6]|img|figure|figcaption|blockquote|section|article|iframe|script|style|table|tr|td|th|tbody|thead|sup|sub|u|small|hr)(?:\s[^<>\n]{0,200})?\/?>/gi;
const DOUBLED = /,,+|;;+|(?<![.\d])\.\.(?![.\d/])|,\.(?!\.)/g;

/** A word as the phrase list spells it: lower case, no accents, no surrounding punctuation. */
function phraseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The `stopword` package's function-word lists, by language code. */
const FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(stopword as unknown as Record<string, unknown>)
    .filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[0] !== '_123')
    .map(([lang, words]) => [lang, new Set(words.map((w) => w.toLowerCase()))]),
);

/**
 * The short words of the document's own language(s): the one- and two-letter
 * function words of the languages whose function words make up the largest
 * share of its words ("es" in German, "wa" in Swahili). Lists that hold most
 * single letters say nothing about letters, so their single letters are left out.
 */
function documentShortWords(doc: DocumentView): ReadonlySet<string> {
  return doc.memo('no-stray-token:document-short-words', () => {
    const words = doc.text.toLowerCase().match(/\p{L}+/gu) ?? [];
    const shares: [string, number][] = [];
    for (const [lang, list] of FUNCTION_WORDS) {
      let n = 0;
      for (const w of words) if (list.has(w)) n++;
      shares.push([lang, words.length ? n / words.length : 0]);
    }
    const best = Math.max(0, ...shares.map(([, share]) => share));
    const short = new Set<string>();
    // Too few words to tell a language apart: nothing is excused.
    if (words.length < 30 || best < 0.15) return short;
    for (const [lang, share] of shares) {
      if (share < best * 0.8) continue;
      const list = [...FUNCTION_WORDS.get(lang)!];
      const letters = list.filter((w) => w.length === 1).length;
      for (const w of list) if (w.length === 2 || (w.length === 1 && letters <= 6)) short.add(w);
    }
    return short;
  });
}

/** How often each word of one or two letters occurs in the document, whatever its case. */
function shortWordCounts(doc: DocumentView): ReadonlyMap<string, number> {
  return doc.memo('no-stray-token:short-word-counts', () => {
    const counts = new Map<string, number>();
    for (const m of doc.text.matchAll(/(?<!\p{L})\p{L}{1,2}(?!\p{L})/gu)) {
      const w = m[0].toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    return counts;
  });
}

/** Whether the token at `index` of `words` is part of a known multi-word expression (2 to 4 words). */
function inKnownPhrase(words: readonly string[], index: number): boolean {
  for (let n = 2; n <= 4; n++) {
    for (let from = Math.max(0, index - n + 1); from <= index && from + n <= words.length; from++) {
      if (SHORT_TOKEN_PHRASES.has(words.slice(from, from + n).join(' '))) return true;
    }
  }
  return false;
}

const rule: Rule = {
  meta: {
    id: 'no-stray-token',
    description: 'Disallow stray letters, leftover markup and footnote marks, and doubled punctuation.',
    category: 'sentences',
    severity: 'error',
    recommended: true,
    fixable: 'both',
    docs: 'rules/no-stray-token.ts',
    messages: {
      strayLetter: 'Stray letter "{{token}}" ("{{context}}"): not a word in this place.',
      strayLetters: 'Stray letters "{{token}}" ("{{context}}"): not a word in this place.',
      footnote: 'Leftover footnote mark "{{mark}}".',
      htmlTag: 'Leftover HTML tag "{{tag}}".',
      asterisk: 'Stray "{{run}}": leftover markup or a footnote mark.',
      headingMark: 'Leftover Markdown heading mark "{{marks}}" in a plain-text article.',
      doubledComma: 'Doubled comma "{{run}}".',
      doubledSemicolon: 'Doubled semicolon "{{run}}".',
      twoFullStops: 'Two full stops "..": a full stop or an ellipsis was meant.',
      commaFullStop: 'Comma before a full stop ",.".',
    },
  },
  check({ doc, report }) {
    const prose = proseLines(doc);
    const found: ReportDescriptor[] = [];
    for (const line of doc.lines) {
      const t = line.text;
      if (t.length === 0) continue;
      const at = (i: number) => line.start + i;

      if (prose[line.index]) {
        LONE.lastIndex = 0;
        for (let m = LONE.exec(t); m; m = LONE.exec(t)) {
          const w = m[1]!;
          if (w !== w.toLowerCase() || documentShortWords(doc).has(w)) continue;
          // A stray token is a one-off; a two-letter word the article uses again and again is its language's.
          if (w.length === 2 && (shortWordCounts(doc).get(w) ?? 0) >= 3) continue;
          const index = m.index + m[0].length - w.length;
          const before = /(\S+)\s+$/.exec(t.slice(Math.max(0, index - 40), index))?.[1] ?? '';
          const after = /^\s+(\S+)/.exec(t.slice(index + w.length, index + w.length + 40))?.[1] ?? '';
          // Units after a number: "a 2 m wall", "40 g".
          if (w.length === 1 && /\d$/.test(before)) continue;
          // 3 x 4, Roe v Wade, Liverpool v Everton.
          if ((w === 'x' || w === 'by') && /\d$/.test(before) && /^\d/.test(after)) continue;
          if (w === 'v' && /^\P{L}*\p{Lu}/u.test(before) && /^\P{L}*\p{Lu}/u.test(after)) continue;
          // "the letter n", "plan b", "variable x"
          if (/^(?:letter|letters|plan|variable|grade|type|class|vitamin|formula|section|option|the)$/i.test(before) && w.length === 1) continue;
          if (!doc.isProse(at(index), at(index + w.length))) continue;
          // Café au lait, au pair: a token of a multi-word expression, up to three words either side.
          const left = t.slice(Math.max(0, index - 60), index).split(/\s+/).filter(Boolean).slice(-3);
          const right = t.slice(index + w.length, index + w.length + 60).split(/\s+/).filter(Boolean).slice(0, 3);
          if (inKnownPhrase([...left, w, ...right].map(phraseWord), left.length)) continue;
          found.push({
            messageId: w.length === 1 ? 'strayLetter' : 'strayLetters',
            data: { token: w, context: `${before} ${w} ${after}` },
            start: at(index),
            end: at(index + w.length),
          });
        }
      }

      if (t.includes('[')) {
        FOOTNOTE.lastIndex = 0;
        for (let m = FOOTNOTE.exec(t); m; m = FOOTNOTE.exec(t)) {
          const a = at(m.index);
          const b = a + m[0].length;
          if (!doc.isProse(a, b)) continue;
          // Take one space with it when the mark stands between words ("said [1] that").
          const spaced = /\s/.test(t.charAt(m.index - 1) || '\n') && t.charAt(m.index + m[0].length) === ' ' ? 1 : 0;
          found.push({
            messageId: 'footnote',
            data: { mark: m[0] },
            start: a,
            end: b,
            fix: { range: [a, b + spaced], text: '' },
          });
        }
      }

      if (t.includes('<')) {
        HTML_TAG.lastIndex = 0;
        for (let m = HTML_TAG.exec(t); m; m = HTML_TAG.exec(t)) {
          const a = at(m.index);
          const b = a + m[0].length;
          if (!doc.isProse(a, b)) continue;
          found.push({ messageId: 'htmlTag', data: { tag: m[0] }, start: a, end: b, fix: { range: [a, b], text: '' } });
        }
      }

      if (t.includes('*')) {
        const trimmed = t.trim();
        // Scene breaks ("***", "* * *") and bullet markers ("* item") are fine.
        if (!/^[*\s]+$/.test(trimmed)) {
          const re = /\*+/g;
          for (let m = re.exec(t); m; m = re.exec(t)) {
            const i = m.index;
            const run = m[0];
            const prev = t.charAt(i - 1);
            const next = t.charAt(i + run.length);
            if (/^\s*$/.test(t.slice(0, i)) && next === ' ') continue; // bullet
            if (run.length >= 2 && /\p{L}/u.test(prev)) continue; // f***, s**t
            if (/\p{L}/u.test(prev) && /\p{L}/u.test(next)) continue; // f*ck, in-word
            if (/\d/.test(prev) && /\d/.test(next)) continue; // 3*4
            const a = at(i);
            if (!doc.isProse(a, a + run.length)) continue;
            found.push({
              messageId: 'asterisk',
              data: { run },
              start: a,
              end: a + run.length,
              suggestions: [{ desc: `Remove "${run}"`, fix: { range: [a, a + run.length], text: '' } }],
            });
          }
        }
      }

      if (!doc.isMarkdown && /^#{1,6} \S/.test(t)) {
        const marks = /^#{1,6} /.exec(t)![0];
        found.push({
          messageId: 'headingMark',
          data: { marks: marks.trim() },
          start: line.start,
          end: line.start + marks.length,
          fix: { range: [line.start, line.start + marks.length], text: '' },
        });
      }

      if (/[,;.]/.test(t)) {
        DOUBLED.lastIndex = 0;
        for (let m = DOUBLED.exec(t); m; m = DOUBLED.exec(t)) {
          const a = at(m.index);
          const b = a + m[0].length;
          if (!doc.isProse(a, b)) continue;
          const p = m[0];
          let d: ReportDescriptor;
          if (p[0] === ',' && p[1] === ',') d = { messageId: 'doubledComma', data: { run: p }, start: a, end: b, fix: { range: [a, b], text: ',' } };
          else if (p[0] === ';') d = { messageId: 'doubledSemicolon', data: { run: p }, start: a, end: b, fix: { range: [a, b], text: ';' } };
          else if (p === '..') {
            // Not in URLs or paths ("../"), nor between a word and a file extension.
            if (/\S/.test(t.charAt(m.index + 2)) && !/["”’')\s]/.test(t.charAt(m.index + 2))) continue;
            d = {
              messageId: 'twoFullStops',
              start: a,
              end: b,
              suggestions: [
                { desc: 'Use one full stop', fix: { range: [a, b], text: '.' } },
                { desc: 'Use an ellipsis', fix: { range: [a, b], text: '...' } },
              ],
            };
          } else {
            d = { messageId: 'commaFullStop', start: a, end: b, suggestions: [{ desc: 'Remove the comma', fix: { range: [a, b], text: '.' } }] };
          }
          found.push(d);
        }
      }
    }
    for (const d of found) report(d);
  },
};

export default rule;
