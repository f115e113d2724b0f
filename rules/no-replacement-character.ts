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
 *   The cafï¿½ opened.   (U+FFFD read as windows-1252)
 * @example Valid
 *   Why? Nobody knew?! See https://example.com/?q=1
 *
 * U+FFFD itself mis-decoded (`ï¿½` is its UTF-8 read as windows-1252, `Ã¯Â¿Â½`
 * twice) is restored to `�` by a safe fix (`misdecoded`, with the decode
 * plan in `data.plan`) and then reported as what it is.
 *
 * No other fix: what was lost cannot be known. A U+FFFD that marks the lost
 * last byte of mojibake (`â€�`, a right double quotation mark) is left to
 * no-mojibake, which restores the character.
 */
import type { Rule } from '../src/rule-kit/index.js';
import { describeCause } from './lib/encoding/mojibake.js';
import { documentMojibake, insideMojibake, restoresReplacement } from './lib/encoding/shared.js';

const FFFD = /\uFFFD+/g;
// ? between letters with a lowercase letter after; ? opening a lowercase word; words of 2+ '?'.
const LOST = /(?<=\p{L})\?+(?=\p{Ll})|(?<=\p{L})\?(?=\s\?\p{Ll}{2})|(?<=^|\s)\?(?=\p{Ll}{2})|(?<=^|\s)\?{2,}(?=\s|$|[.,;:])/gmu;
// Anchored at token starts so a long token is not rescanned from every position (linear).
const URLISH = /(?<!\S)\S*(?:https?:\/\/|www\.)\S*|(?<!\S)\S+\.\w{2,}\/\S*/g;

const rule: Rule = {
  meta: {
    id: 'no-replacement-character',
    description: 'Disallow U+FFFD replacement characters (also mis-decoded as ï¿½) and "?" that replaced non-ASCII letters.',
    category: 'encoding',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    docs: 'rules/no-replacement-character.ts',
    messages: {
      replacement: 'Replacement character (U+FFFD) ×{{count}}: bytes that could not be decoded; the original text is lost here.',
      misdecoded: 'Mis-decoded replacement character "{{original}}" ({{cause}}): restore "{{repaired}}"; the original text is lost here.',
      lostLetter: '"{{word}}": "?" seems to stand for lost non-ASCII {{what}}.',
    },
  },
  check({ doc, report }) {
    const text = doc.text;
    for (const r of documentMojibake(doc)) {
      if (!restoresReplacement(r)) continue;
      const data = { original: r.original, repaired: r.repaired, cause: describeCause(r.via), encoding: r.via[r.via.length - 1]!, plan: r.plan };
      report({ messageId: 'misdecoded', data, start: r.start, end: r.end, fix: { range: [r.start, r.end], text: r.repaired } });
    }
    if (text.includes('\uFFFD')) {
      // Bytes that were not UTF-8 in the file are reported by file-encoding.
      const fromBytes = new Set((doc.decoding?.invalid ?? []).map((b) => b.offset));
      for (const m of text.matchAll(FFFD)) {
        const start = m.index;
        const end = start + m[0].length;
        if (fromBytes.has(start)) continue;
        if (insideMojibake(doc, start)) continue; // `â€�`: no-mojibake restores the ” whose last byte this marks
        report({ messageId: 'replacement', data: { count: m[0].length }, start, end });
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
          messageId: 'lostLetter',
          data: { word: wordAround(lt, m.index), what: m[0].length > 1 ? 'characters' : 'letter' },
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
