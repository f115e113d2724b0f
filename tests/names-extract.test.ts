/**
 * The shortcuts of the names extraction held to their slow definitions on
 * generated text: the lowercase set (filled by comparing plain words in place)
 * and numbers (kept out of the materialised words).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document } from '../src/engine/document.js';
import { paragraphs, WORD } from '../rules/lib/sentences/analysis.js';
import { analyze } from '../rules/lib/names/cluster.js';
import { extractWithTable, FLAG_BLOCKED } from '../rules/lib/names/extract.js';

// Words that share length, first and last letter ("the", "tie", "The"), particles, names, numbers,
// a number beside a name, words that are blocked for other reasons.
const VOCABULARY = [
  'the', 'tie', 'toe', 'The', 'Tie', 'Toe', 'a', 'A', 'an', 'An', 'and', 'said', 'Said', 'mosque', 'Mosque', 'camp', 'Camp',
  'al', 'Al', 'bin', 'de', 'De', 'von', 'Aqsa', 'Al-Aqsa', 'al-Sadr', 'Sadr', 'Osama', 'Laden', 'Gaulle', 'Charles',
  'Ismail', 'Haniyeh', 'Haniya', 'William', 'Burns', 'Byrne', 'Byrne’s', 'Kühn', 'Kuhn', 'kühn', 'Israeli', 'army', 'Army',
  'Gaza', 'Strip', 'strip', 'NATO', 'UN', 'Mr', 'Dr.', 'don’t', 'it’s', '2025', '4.5', '12:30', '1,200', '1990s', '1990’s',
  '10-year', 'G7', '3rd', 'x2', 'www.example.com', '@handle', '#tag',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '.\n', '\n\n', ' “', '” ', ' - ', ': ', ' (', ') '];

const texts = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 60 })
  .map((items) => items.map(([w, s]) => w + s).join(''));

describe('names extraction shortcuts', () => {
  it('the lowercase set answers for the folds it is asked about as the set of every lowercase word would', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const doc = new Document(text, 'a.txt');
        const { extraction, table } = extractWithTable(doc);
        // Slow definition: the fold of every word not blocked that starts with a lowercase letter.
        const every = new Set<string>();
        for (let i = 0; i < table.count; i++) {
          if ((table.flags[i]! & FLAG_BLOCKED) !== 0) continue;
          const ri = table.rich[i]!;
          if (ri === -1) every.add(text.slice(table.start[i]!, table.end[i]!));
          else if (/^\p{Ll}/u.test(extraction.words[ri]!.parts[0]!.text)) every.add(extraction.words[ri]!.parts[0]!.fold);
        }
        for (const w of extraction.words) for (const p of w.parts) expect(extraction.lowercase.has(p.fold)).toBe(every.has(p.fold));
      }),
      { numRuns: 300 },
    );
  });

  it('a number gives the analysis a word blocked and without a capital would', () => {
    // "2025" -> "x025", "4.5" -> "x.5": the same token, now a materialised word (lowercase, with a digit or a dot: blocked).
    const asWord = (text: string) => text.replace(/(?<![\p{L}\p{N}])\d(?=[\d.,:]*(?![\p{L}\p{N}]))/gu, 'x');
    const wordSpans = (doc: Document) => paragraphs(doc).flatMap((p) => p.tokens.filter((t) => t.kind === WORD).map((t) => `${t.start}-${t.end}`));
    const summary = (doc: Document) => {
      const a = analyze(doc);
      const mention = (m: (typeof a.mentions)[number]) => [m.start, m.end, m.display, m.key, m.initial, m.excluded, m.line];
      return {
        mentions: a.mentions.map(mention),
        eligible: a.eligible.map(mention),
        clusters: a.clusters.map((c) => [c.kind, c.forms.map((f) => [f.compare, f.text, f.key, f.occurrences])]),
        variedKeys: [...a.variedKeys],
      };
    };
    fc.assert(
      fc.property(texts, (text) => {
        const other = asWord(text);
        fc.pre(other !== text);
        const doc = new Document(text, 'a.txt');
        const otherDoc = new Document(other, 'a.txt');
        fc.pre(wordSpans(doc).join() === wordSpans(otherDoc).join());
        expect(summary(doc)).toEqual(summary(otherDoc));
      }),
      { numRuns: 300 },
    );
  });
});
