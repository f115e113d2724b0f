/**
 * Fixes that cannot lose data, as properties over generated articles (every
 * rule on, `articlelint:all`): idempotent fixing, non-overlapping fixes, only
 * reported spans ever change, clean paragraphs survive, message positions
 * point at what they describe, line endings and final newline are kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../src/api.js';
import { applyFixes, chosenFix } from '../../src/fix/apply.js';
import type { Fix, LintMessage } from '../../src/types.js';
import { articleArb, changesWithinFixes, CLEAN_PARAGRAPHS, lineColumn, placeOf } from './articles.js';

const ALL = { config: { extends: 'articlelint:all' } } as const;
const RECOMMENDED = { config: { extends: 'articlelint:recommended' } } as const;
const RUNS = Number(process.env.ARTICLELINT_PROPERTY_RUNS ?? 100);
const params = (seed: number) => ({ numRuns: RUNS, seed, endOnFailure: true });

const safeFixes = (messages: readonly LintMessage[]): Fix[] => messages.map((m) => chosenFix(m, ['safe'])).filter((f): f is Fix => !!f);

describe('preconditions', () => {
  it('the clean paragraphs are clean: no rule offers to change them', async () => {
    for (const p of CLEAN_PARAGRAPHS) {
      for (const filePath of ['a.txt', 'a.md']) {
        const r = await lintText(`${p}\n`, { ...ALL, filePath });
        expect(safeFixes(r.messages), `${filePath}: ${p} → ${r.messages.map((m) => m.ruleId).join(',')}`).toEqual([]);
      }
    }
  });
  it('the generator does produce articles that get fixed', async () => {
    const samples = fc.sample(articleArb, { numRuns: 30, seed: 7 });
    let fixed = 0;
    for (const a of samples) if ((await fixText(a.text, ALL)).fixed) fixed++;
    expect(fixed).toBeGreaterThan(10);
  });
});

describe('fix safety over generated articles', () => {
  for (const [name, preset] of [['all rules', ALL], ['recommended', RECOMMENDED]] as const) {
    it(`${name}: fixing is idempotent, keeps clean paragraphs, line endings and the final newline`, async () => {
      await fc.assert(
        fc.asyncProperty(articleArb, fc.constantFrom('story.txt', 'story.md'), async (article, filePath) => {
          const once = await fixText(article.text, { ...preset, filePath });
          const twice = await fixText(once.output, { ...preset, filePath });
          expect(twice.output).toBe(once.output);
          for (const p of article.clean) expect(once.output).toContain(p);
          const out = once.output;
          if (article.eol === '\r\n') expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
          if (article.eol === '\n') expect(out).not.toContain('\r');
          // A last line with text keeps its (absent or single) final newline; trailing blank lines are the rules' business.
          if (out.trim() && /\S$/.test(article.text)) expect(out).toMatch(/\S$/);
          if (out.trim() && /\S\r?\n$/.test(article.text)) expect(out).toMatch(/\n$/);
        }),
        params(name === 'all rules' ? 1 : 2),
      );
    });
  }

  it('each fix pass changes only spans that a message reported as its fix range', async () => {
    await fc.assert(
      fc.asyncProperty(articleArb, fc.constantFrom('story.txt', 'story.md'), async (article, filePath) => {
        let text = article.text;
        for (let pass = 0; pass < 10; pass++) {
          const { messages } = await lintText(text, { ...ALL, filePath });
          const fixes = safeFixes(messages);
          const { output, applied } = applyFixes(text, messages, ['safe']);
          if (!applied) break;
          expect(changesWithinFixes(text, output, fixes), `pass ${pass}:\n${JSON.stringify(text)}\n→\n${JSON.stringify(output)}`).toBe(true);
          text = output;
        }
      }),
      params(3),
    );
  });

  it('message offsets, line and column point at the text they describe', async () => {
    await fc.assert(
      fc.asyncProperty(articleArb, fc.constantFrom('story.txt', 'story.md'), async (article, filePath) => {
        const { messages } = await lintText(article.text, { ...ALL, filePath });
        for (const m of messages) {
          const place = placeOf(m);
          if (!place) continue;
          const { start, end } = place;
          const where = `${m.ruleId} ${JSON.stringify(article.text)}`;
          expect(start.offset, where).toBeLessThanOrEqual(end.offset);
          expect(end.offset, where).toBeLessThanOrEqual(article.text.length);
          expect(m.actual, where).toBe(article.text.slice(start.offset, end.offset));
          expect({ line: start.line, column: start.column }, where).toEqual(lineColumn(article.text, start.offset));
          expect({ line: end.line, column: end.column }, where).toEqual(lineColumn(article.text, end.offset));
        }
      }),
      params(4),
    );
  });
});

describe('applyFixes never applies overlapping fixes', () => {
  it('applied fixes are pairwise disjoint and the output is exactly those fixes spliced in', () => {
    const fixArb = (len: number) =>
      fc.array(
        fc.tuple(fc.nat(len), fc.nat(len)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
        { maxLength: 12 },
      );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), minLength: 0, maxLength: 40 }).chain((text) => fc.tuple(fc.constant(text), fixArb(text.length))),
        ([text, ranges]) => {
          // Unique markers reveal which fixes were applied.
          const messages = ranges.map((range, i) => ({ fix: { range, text: `<${i}>` } }) as unknown as LintMessage);
          const { output, applied } = applyFixes(text, messages, ['safe']);
          const used = [...output.matchAll(/<(\d+)>/g)].map((m) => Number(m[1]));
          expect(used).toHaveLength(applied);
          const chosen = used.map((i) => ranges[i]!);
          for (let i = 1; i < chosen.length; i++) {
            const [, prevEnd] = chosen[i - 1]!;
            const [start, end] = chosen[i]!;
            expect(start).toBeGreaterThanOrEqual(prevEnd);
            // Two insertions at one point would make their order arbitrary.
            if (start === end) expect(chosen[i - 1]).not.toEqual([start, end]);
          }
          let expected = '';
          let cursor = 0;
          used.forEach((i) => {
            expected += text.slice(cursor, ranges[i]![0]) + `<${i}>`;
            cursor = ranges[i]![1];
          });
          expect(output).toBe(applied ? expected + text.slice(cursor) : text);
        },
      ),
      { numRuns: 500, seed: 5 },
    );
  });
  it('fixes out of range or reversed are ignored, never applied', () => {
    const text = 'abc';
    const messages = [
      { fix: { range: [-1, 2], text: 'x' } },
      { fix: { range: [2, 9], text: 'y' } },
      { fix: { range: [2, 1], text: 'z' } },
    ] as unknown as LintMessage[];
    expect(applyFixes(text, messages, ['safe'])).toEqual({ output: 'abc', applied: 0 });
  });
});
