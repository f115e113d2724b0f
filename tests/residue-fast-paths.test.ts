/**
 * The shortcuts of the line classifier held to what they stand for, on
 * generated input: the function-word table, a line read in place from a
 * joined copy, the language sample, the headline's copies and the lines that
 * stand twice (shared with no-related-links).
 */
import { describe, expect, it } from 'vitest';
import { franc } from 'franc-min';
import { analyse, lineShape, titleKey } from '../rules/lib/boilerplate.js';
import { detectLanguage, ENGLISH, FNV_START, fnv, plainlyEnglishByDefinition, Vocabulary } from '../rules/lib/language.js';
import { FEATURES, lineFeatures } from '../rules/lib/line-features.js';
import { lineInfos, normalizeLine, repeatedLines } from '../rules/lib/residue-lines.js';
import { Document } from '../src/engine/document.js';

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const pieces = [
  'the', 'The', 'THE', 'of', 'and', 'council', 'Council', 'don’t', "don't", 'it’s', '“quoted”', 'ProgramsCloud', 'well-known',
  'a–b', '2024', '9:41', '|', '/', '—', '…', 'café', 'Straße', '(AP)', 'Budget', 'approves', 'debate', 'mIxEd', 'x’', '’s',
];

function randomLines(next: () => number, count: number, maxWords: number): string[] {
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * (maxWords + 1)) }, () => pieces[Math.floor(next() * pieces.length)]).join(' '));
}

const infoOf = (t: string) => ({ line: { index: 0, text: t, start: 0, end: t.length }, ...normalizeLine(t) });

describe('the function-word table', () => {
  it('finds an ASCII slice exactly when the set has it lower-cased', () => {
    const next = random(11);
    const letters = "abcdefghijklmnopqrstuvwxyzAZ'’";
    const word = () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => letters[Math.floor(next() * letters.length)]).join('');
    // Many short words: slots collide and probe past each other.
    const vocabulary = new Vocabulary(Array.from({ length: 3000 }, () => word().toLowerCase().replace(/’/g, "'")));
    for (let k = 0; k < 5000; k++) {
      const w = word();
      const s = `x ${w} y`;
      let h = FNV_START;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        h = fnv(h, c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c);
      }
      expect(vocabulary.hasAscii(s, 2, 2 + w.length, h), w).toBe(vocabulary.has(w.toLowerCase().replace(/’/g, "'")));
    }
  });
});

describe('line shapes read in place', () => {
  it('are the shapes of the lines themselves', () => {
    const lines = randomLines(random(7), 1500, 12);
    const infos = lines.map(infoOf);
    const joined = `lead-in ${infos.map((x) => x.core).join('\n')}`;
    let at = 'lead-in '.length;
    for (const info of infos) {
      expect(lineShape(info, ENGLISH, joined, at), info.text).toEqual(lineShape(info, ENGLISH));
      at += info.core.length + 1;
    }
  });

  it('count runs of letters in any case as the general path does', () => {
    const next = random(3);
    const letters = 'aaaaeeeiiouAEIObcdfgBCDGhkl';
    // "─" in front of a word sends it through the general path.
    for (let k = 0; k < 1500; k++) {
      const words = Array.from({ length: 1 + Math.floor(next() * 8) }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => letters[Math.floor(next() * letters.length)]).join(''));
      const { digits: _, ...fast } = lineShape({ ...infoOf(words.join(' ')) });
      const { digits: __, ...general } = lineShape({ ...infoOf(words.join(' ')), core: words.map((w) => `─${w}`).join(' ') });
      expect(fast, words.join(' ')).toEqual(general);
    }
  });
});

describe('the language sample', () => {
  /** `detectLanguage` as first written: the sample concatenated line by line, its head cut off. */
  function byDefinition(lines: readonly string[]): string {
    const longest = lines.filter((l) => l.length >= 40).sort((a, b) => b.length - a.length);
    let sample = '';
    for (const l of longest) {
      if (sample.length >= 4000) break;
      sample += `${l}\n`;
    }
    if (sample.length < 40) return 'und';
    return plainlyEnglishByDefinition(sample.slice(0, 2048)) ? 'eng' : franc(sample.slice(0, 4000), { minLength: 40 });
  }

  it('gives the language its definition gives', () => {
    const next = random(5);
    const functionWords = ['the', 'of', 'and', 'to', 'in', 'The', 'it’s', "don't"];
    const ascii = ['council', 'Budget', 'debate', '“quoted”', '2024', 'well-known', 'a–b', '…'];
    const german = [...ascii, 'der', 'und', 'Straße', 'über', 'Bürger', 'nicht'];
    const pick = (words: readonly string[]) => words[Math.floor(next() * words.length)]!;
    for (let k = 0; k < 400; k++) {
      const others = next() < 0.3 ? german : ascii;
      // The longest lines rich in function words, the shorter ones without: where the sample's head ends decides.
      const rich = Math.floor(next() * 8);
      const lines = Array.from({ length: Math.floor(next() * 40) }, (_, i) => {
        const share = i < rich ? 0.5 : 0;
        return Array.from({ length: 45 - i + Math.floor(next() * 3) }, () => pick(next() < share ? functionWords : others)).join(' ');
      });
      expect(detectLanguage(lines), lines.join('\n')).toBe(byDefinition(lines));
    }
  });
});

describe('the headline and the lines that stand twice', () => {
  const body = [
    'The city council approved a new budget on Monday after a debate that lasted more than six hours, officials said.',
    'Members voted seven to two in favour of the plan, which raises spending on schools and roads by a tenth of the total.',
    'The mayor said the vote was a victory for residents who had waited years for the new library to open its doors.',
  ];
  const headlines = ['Council approves new budget after long debate', 'Council approves budget', 'Rates rise – again', '“Budget” approved by council in late vote'];
  const copies = (h: string) => [h, `${h} | Daily Courier`, h.toUpperCase(), `Home > ${h}`, `“${h}”`, h.split(' ').reverse().join(' '), `${h.split(' ')[0]} news`];

  it('finds the copies of the headline its definition finds', () => {
    const next = random(9);
    for (let k = 0; k < 300; k++) {
      const h = headlines[Math.floor(next() * headlines.length)]!;
      const around = () => Array.from({ length: Math.floor(next() * 4) }, () => (next() < 0.6 ? copies(h)[Math.floor(next() * 7)]! : randomLines(next, 1, 8)[0]!));
      const lines = [...around(), h, ...body, ...around(), ...body, ...around()];
      const doc = new Document(lines.join('\n'), 'a.txt');
      const a = analyse(doc, new Uint8Array(lines.length));
      if (a.headline < 0) continue;
      const infos = lineInfos(doc);
      const key = titleKey(infos[a.headline]!.text);
      const expected = infos.map((x, i) => +(i === a.headline || (key !== '' && x.words >= infos[a.headline]!.words && x.text.length >= key.length && titleKey(x.text).includes(key))));
      expect([...a.headlineCopy], lines.join('\n')).toEqual(expected);
    }
  });

  it('marks a line repeated exactly when another line lower-cases to it', () => {
    const next = random(13);
    const repeated = FEATURES.indexOf('repeated on the page');
    for (let k = 0; k < 300; k++) {
      const lines = [...randomLines(next, Math.floor(next() * 8), 6), ...body, ...randomLines(next, Math.floor(next() * 8), 6), ...body.slice(0, Math.floor(next() * 3))];
      const doc = new Document(lines.join('\n'), 'a.txt');
      const pinned = new Uint8Array(lines.length);
      const infos = lineInfos(doc);
      const features = lineFeatures(doc, analyse(doc, pinned), pinned);
      features.forEach((f, i) => {
        if (f) expect(f[repeated], infos[i]!.text).toBe(+(infos.filter((x) => x.words > 0 && x.lower === infos[i]!.lower).length > 1));
      });
    }
  });
});

describe('the lines that stand twice, one analysis for the line classifier and no-related-links', () => {
  /** Copies of a line that read the same lower-cased: other case, bullets, spacing, apostrophes; and one that does not. */
  const variants = (t: string) => [t, t.toUpperCase(), `• ${t}`, `  ${t.replace(/ /g, '   ')} `, t.replace(/'/g, '’'), `${t} x`, t.replace(/i/g, 'İ')];

  it('marks the lines a plain lower-case-and-count over all lines (the classifier) and over lines of four or more words (no-related-links) find twice', () => {
    const next = random(17);
    for (let k = 0; k < 300; k++) {
      const lines = randomLines(next, 1 + Math.floor(next() * 30), 7);
      for (let c = Math.floor(next() * 8); c > 0; c--) lines.splice(Math.floor(next() * lines.length), 0, variants(lines[Math.floor(next() * lines.length)]!)[Math.floor(next() * 7)]!);
      const doc = new Document(lines.join('\n'), 'a.txt');
      const infos = lineInfos(doc);
      const plain = doc.lines.map((line) => normalizeLine(line.text));
      const count = (minWords: number) => {
        const seen = new Map<string, number>();
        for (const x of plain) if (x.words >= minWords) seen.set(x.lower, (seen.get(x.lower) ?? 0) + 1);
        return seen;
      };
      const all = count(1);
      const long = count(4);
      const repeated = repeatedLines(doc);
      expect(repeatedLines(doc), 'computed once per document').toBe(repeated);
      plain.forEach((x, i) => {
        expect(repeated[i], doc.lines[i]!.text).toBe(+(x.words > 0 && all.get(x.lower)! > 1));
        expect(x.words >= 4 && repeated[i] === 1, doc.lines[i]!.text).toBe(x.words >= 4 && long.get(x.lower)! > 1);
      });
    }
  });
});
