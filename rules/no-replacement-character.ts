/**
 * @module no-replacement-character
 * Forbids U+FFFD REPLACEMENT CHARACTER (�), which marks bytes a decoder could
 * not read, and question marks that recognisably stand in for lost non-ASCII
 * letters: inside a word ("Caf? ?lite", "na?ve", "S?o Paulo") or whole words
 * of question marks ("??????"). A question mark ending a sentence or in a URL
 * is left alone.
 *
 * @example Invalid
 *   The caf� opened. Caf? ?lite is na?ve.
 * @example Valid
 *   Why? Nobody knew?! See https://example.com/?q=1
 *
 * No fix: what was lost cannot be known. When the damage is `â€` followed by
 * U+FFFD (a right double quotation mark whose last byte was lost) the rule
 * suggests "”".
 */
import type { Rule } from '../src/rule-kit/index.js';

const FFFD = /\uFFFD+/g;
// ? between letters with a lowercase letter after; ? opening a lowercase word; words of 2+ '?'.
const LOST = /(?<=\p{L})\?+(?=\p{Ll})|(?<=\p{L})\?(?=\s\?\p{Ll}{2})|(?<=^|\s)\?(?=\p{Ll}{2})|(?<=^|\s)\?{2,}(?=\s|$|[.,;:])/gmu;
// Anchored at token starts so a long token is not rescanned from every position (linear).
const URLISH = /(?<!\S)\S*(?:https?:\/\/|www\.)\S*|(?<!\S)\S+\.\w{2,}\/\S*/g;

const rule: Rule = {
  meta: {
    id: 'no-replacement-character',
    description: 'Disallow U+FFFD replacement characters and "?" that replaced non-ASCII letters.',
    category: 'encoding',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    docs: 'rules/no-replacement-character.ts',
  },
  check({ doc, report }) {
    const text = doc.text;
    if (text.includes('\uFFFD')) {
      // Bytes that were not UTF-8 in the file are reported by file-encoding.
      const fromBytes = new Set((doc.decoding?.invalid ?? []).map((b) => b.offset));
      for (const m of text.matchAll(FFFD)) {
        const start = m.index;
        const end = start + m[0].length;
        if (fromBytes.has(start)) continue;
        if (text.slice(start - 2, start) === 'â€' && m[0].length === 1) {
          report({
            message: 'Replacement character after "â€": a right double quotation mark (E2 80 9D) read as windows-1252 whose last byte was lost.',
            start: start - 2,
            end,
            suggestions: [{ desc: 'Replace with "”"', fix: { range: [start - 2, end], text: '”' } }],
          });
          continue;
        }
        report({
          message: `${m[0].length === 1 ? 'Replacement character' : `${m[0].length} replacement characters`} (U+FFFD): bytes that could not be decoded; the original text is lost here.`,
          start,
          end,
        });
      }
    }
    if (!text.includes('?')) return;
    for (const line of doc.lines) {
      const lt = line.text;
      if (!lt.includes('?')) continue;
      const urls: [number, number][] = [];
      for (const u of lt.matchAll(URLISH)) urls.push([u.index, u.index + u[0].length]);
      for (const m of lt.matchAll(LOST)) {
        if (urls.some(([a, b]) => m.index >= a && m.index < b)) continue;
        report({
          message: `"${wordAround(lt, m.index)}": "?" seems to stand for lost non-ASCII ${m[0].length > 1 ? 'characters' : 'letter'}.`,
          start: line.start + m.index,
          end: line.start + m.index + m[0].length,
        });
      }
    }
  },
};

function wordAround(text: string, i: number): string {
  let a = i;
  let b = i;
  while (a > 0 && /\S/.test(text[a - 1]!)) a--;
  while (b < text.length && /\S/.test(text[b]!)) b++;
  return text.slice(a, b);
}

export default rule;
