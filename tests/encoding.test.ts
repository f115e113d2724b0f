/**
 * The encoding rules together: the fixture set (tests/fixtures/encoding,
 * made by scripts/gen-encoding-cases.mjs), property tests, and the API path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document } from '../src/engine/document.js';
import { runRules, type ActiveRule } from '../src/engine/runner.js';
import { fixUntilStable } from '../src/fix/apply.js';
import { fixText, rules as allRules } from '../src/api.js';
import { hasMojibakePair } from '../rules/lib/encoding/codepages.js';
import { findMojibake } from '../rules/lib/encoding/mojibake.js';
import fileEncoding from '../rules/file-encoding.js';
import noMojibake from '../rules/no-mojibake.js';
import noReplacementCharacter from '../rules/no-replacement-character.js';
import noControlCharacters from '../rules/no-control-characters.js';
import noHtmlEntities from '../rules/no-html-entities.js';
import noInvisibleCharacters from '../rules/no-invisible-characters.js';
import whitespace from '../rules/whitespace.js';
import type { FixKind, Rule } from '../src/types.js';

const ENCODING_RULES: Rule[] = [fileEncoding, noMojibake, noReplacementCharacter, noControlCharacters, noHtmlEntities, noInvisibleCharacters, whitespace];
const active = (rules: Rule[]): ActiveRule[] => rules.map((rule) => ({ rule, severity: 2, options: { ...(rule.meta.defaultOptions ?? {}) } }));

async function fix(text: string, rules: Rule[] = ENCODING_RULES, kinds: FixKind[] = ['safe']): Promise<string> {
  const lint = (t: string) => runRules(new Document(t, 'case.txt'), active(rules));
  return (await fixUntilStable(text, lint, kinds)).output;
}

interface Case {
  kind: string;
  input: string;
  expected: string;
}
const cases: Case[] = JSON.parse(readFileSync(new URL('./fixtures/encoding/cases.json', import.meta.url), 'utf8'));

const negatives = cases.filter((c) => c.kind.startsWith('negative'));

describe('encoding fixture set', () => {
  it('covers every class of damage, with a must-not-change set larger than the damaged one', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(cases.length - negatives.length);
    const kinds = new Set(cases.map((c) => c.kind));
    const classes = ['single', 'double', 'partial', 'c1', 'entity', 'invisible', 'whitespace', 'lost-a0', 'astral', 'layers', 'codepage', 'replacement', 'negative'];
    for (const k of classes) expect([...kinds].some((kind) => kind.split(':')[0] === k), k).toBe(true);
    const pages = ['windows-1250', 'ISO-8859-2', 'windows-1251', 'KOI8-R', 'windows-1253', 'windows-1257', 'windows-874', 'windows-1256', 'mixed'];
    for (const p of pages) expect(kinds, p).toContain(`codepage:${p}`);
    for (const k of ['cesu-8', 'cesu-8+lost-a0', 'double']) expect(kinds).toContain(`astral:${k}`);
    for (const k of ['triple', 'truncated', 'double+truncated']) expect(kinds).toContain(`layers:${k}`);
    for (const k of ['nordic', 'trademark', 'units', 'romanian', 'caps', 'symbols', 'prose', 'seed']) expect(kinds).toContain(`negative:${k}`);
  });
  for (const [i, c] of cases.entries()) {
    it(`${c.kind} #${i}: ${JSON.stringify(c.input).slice(0, 60)}`, async () => {
      expect(await fix(c.input)).toBe(c.expected);
    });
  }
  it('the must-not-change set is untouched by suggestions too (--fix-type suggestion)', async () => {
    const changed: string[] = [];
    for (const c of negatives) if ((await fix(c.input, ENCODING_RULES, ['safe', 'suggestion'])) !== c.input) changed.push(c.input);
    expect(changed).toEqual([]);
  });
});

// Letters, marks and punctuation of many scripts, single spaces and newlines:
// text with no mojibake signature and no hygiene problem.
const CLEAN_CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'.,;:!?()-\'"',
  ...'éèêëàâäçôöûüùïîñáíóúãõßøåæœÉÀÇÑ',
  ...'αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕΖΗΘ',
  ...'абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙ',
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  ...'אבגדהוזחטיכלמנסעפצקרשת',
  ...'日本語中文한국어ひらがなカタカナ',
  ...'“”‘’«»—–…•€£¥°±×÷©®™§¶',
  '😀', '👍', '🎉',
];
const cleanText = fc
  .array(fc.oneof(fc.constantFrom(...CLEAN_CHARS), fc.constant(' '), fc.constant('\n')), { maxLength: 80 })
  .map((a) => a.join('').replace(/ {2,}/g, ' ').replace(/ +\n|\n{3,}/g, '\n').replace(/ +$/, '').replace(/^ +/gm, ''));

describe('properties', () => {
  it('no-mojibake changes nothing in random Unicode text without a mojibake signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), async (t) => {
        fc.pre(!hasMojibakePair(t));
        expect(await fix(t, [noMojibake])).toBe(t);
      }),
      { numRuns: 300 },
    );
  });

  it('the encoding rules change nothing in clean multilingual text', async () => {
    await fc.assert(
      fc.asyncProperty(cleanText, async (t) => {
        fc.pre(!hasMojibakePair(t));
        expect(await fix(t)).toBe(t);
      }),
      { numRuns: 300 },
    );
  });

  it('fix(fix(t)) == fix(t) for any text', async () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.array(fc.constantFrom('Ã', '©', 'â', '€', '™', 'β', 'œ', 'в', 'Ђ', 'њ', '\u00a0', ' ', '\t', '\n', '\r', '&amp;', '&#8217;', '\u200b', '\u00ad', '\u0093', 'a', 'é', '?', '\uFFFD'), { maxLength: 40 }).map((a) => a.join('')),
    );
    await fc.assert(
      fc.asyncProperty(anyText, async (t) => {
        const once = await fix(t);
        expect(await fix(once)).toBe(once);
      }),
      { numRuns: 400 },
    );
  });
});

describe('through the API', () => {
  it('fixes seed-like damage with the encoding rules switched on by config', async () => {
    const config = { rules: Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.category === 'encoding' ? 'error' : 'off'])) };
    const { output } = await fixText('Palestinians. β€œThe American plan\u00a0\n', { config, configLookup: false });
    expect(output).toBe('Palestinians. “The American plan\n');
  });
});

describe('precheck', () => {
  it('a line the precheck skips holds no repair the full scan would find', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('Ã©', 'â€', 'β€œ', 'вЂ', '√©', '├⌐', 'Ã ', 'í ½í¸\u008d', 'ï¿½', 'เธช', ''), (t, inject) => {
        const s = t.slice(0, 10) + inject + t.slice(10);
        if (!hasMojibakePair(s)) expect(findMojibake(s)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
