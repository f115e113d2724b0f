/**
 * no-template-lines' story key and summary are computed from the document's
 * shared normalised lines, each shingle hashed in place: they must equal the
 * definition (MinHash of the word 5-shingles of prose lines that are not
 * template candidates, by 53-bit cyrb53), transcribed here the plain way.
 */
import { describe, expect, it } from 'vitest';
import { Document } from '../src/engine/document.js';
import { normalizeUnicode } from '../rules/lib/line-key.js';
import rule, { storyKey, templateCandidate, type TemplateLinesOptions } from '../rules/no-template-lines.js';
// @ts-expect-error -- plain ESM script without types
import { corpus } from '../bench/corpus.mjs';
import { NEWS_PROSE } from './helpers/news-prose.js';

const defaults = rule.meta.defaultOptions as TemplateLinesOptions;

function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

function referenceCandidate(text: string, o: TemplateLinesOptions): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length < o.minLength || trimmed.length > o.maxLength * 2) return undefined;
  const norm = normalizeUnicode(trimmed).replace(/\d+/g, '0');
  if (norm.length < o.minLength || norm.length > o.maxLength) return undefined;
  const words = norm.split(' ').length;
  if (words < o.minWords || words > o.maxWords) return undefined;
  if ((norm.match(/\p{L}/gu)?.length ?? 0) < 5) return undefined;
  if (!o.sentences && words >= o.sentenceWords && /[.!?]["')\]]?$/.test(norm)) return undefined;
  if (/["“”„«»][^"“”„«»]*\S\s+\S+\s+\S[^"“”„«»]*["“”„«»]/.test(trimmed) || /\b(?:said|says|told|according to|quoted|stated)\b/i.test(norm)) return undefined;
  return norm;
}

function referenceStoryKey(text: string, o: TemplateLinesOptions): number {
  const lines = new Document(text, 'a.txt').lines;
  let min = -1;
  for (const line of lines) {
    const words = normalizeUnicode(line.text).split(' ');
    if (words.length < Math.max(o.sentenceWords, 5) || referenceCandidate(line.text, o) !== undefined) continue;
    for (let i = 0; i + 5 <= words.length; i++) {
      const h = cyrb53(words.slice(i, i + 5).join(' '));
      if (min < 0 || h < min) min = h;
    }
  }
  if (min >= 0) return min;
  return cyrb53([...new Set(lines.map((l) => normalizeUnicode(l.text)).filter(Boolean))].sort().join('\n'));
}

/** Articles, prose with odd white space and typography, template-only pages and an empty one. */
const TEXTS: string[] = [
  ...(corpus(60, 5) as string[]),
  NEWS_PROSE.join('\n\n'),
  NEWS_PROSE.map((t, i) => (i % 3 ? `  • ${t.toUpperCase()}\t` : `— ${t.replace(/ /g, '  ')}`)).join('\r\n'),
  'Follow us on Google News\nShare this article\n\nSubscribe to our newsletter today',
  '',
  'Ｆｕｌｌ ｗｉｄｔｈ ｔｅｘｔ ａｎｄ ﬁne ligatures in a sentence that runs on for more than ten words here.',
  // Shingles are hashed two at a time: odd and even counts of them, words of very different lengths,
  // and a line of more words than the reused buffer of word offsets first holds.
  [10, 11, 12, 13].map((n) => Array.from({ length: n }, (_, i) => 'w'.repeat(1 + ((i * 7) % 23))).join(' ') + '.').join('\n'),
  Array.from({ length: 700 }, (_, i) => ['a', 'extraordinarily', 'of', 'newsroom', 'x'][i % 5] + String(i % 11)).join(' '),
];

describe('no-template-lines story key', () => {
  it('equals the plain MinHash definition on varied articles', () => {
    for (const text of TEXTS) expect(storyKey(new Document(text, 'a.txt'), defaults), text.slice(0, 60)).toBe(referenceStoryKey(text, defaults));
  });

  it('counts the same candidate lines as the plain definition, under other options too', () => {
    const options: TemplateLinesOptions[] = [defaults, { ...defaults, sentences: true, minWords: 1, minLength: 1, sentenceWords: 5 }];
    for (const o of options) {
      for (const text of TEXTS) {
        const doc = new Document(text, 'a.txt');
        for (const line of doc.lines) expect(templateCandidate(line.text, o), line.text).toBe(referenceCandidate(line.text, o));
        expect(storyKey(doc, o)).toBe(referenceStoryKey(text, o));
        const summary = rule.corpus!.collect(doc, o);
        const expectedPrints = new Set(doc.lines.map((l) => referenceCandidate(l.text, o)).filter((c) => c !== undefined));
        const entries = Object.values(summary.buckets).flatMap((mid) => Object.values(mid).flat());
        expect(entries.length).toBe(expectedPrints.size);
        for (const entry of entries) expect(entry.slice(1)).toEqual([1, referenceStoryKey(text, o)]);
      }
    }
  });
});
