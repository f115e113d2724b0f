/**
 * The sentence rules on their fixture set (tests/fixtures/sentences/cases.txt)
 * and on the seeds' acceptance lines (issue 5).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document } from '../src/engine/document.js';
import { runRules } from '../src/engine/runner.js';
import { rules } from '../rules/index.js';
// @ts-expect-error -- plain ESM script without types
import { parseCases, scoreCases, SENTENCE_RULES } from '../scripts/score-sentences.mjs';

const ids: string[] = [...SENTENCE_RULES, 'readability'];
const active = ids.map((id) => {
  const rule = rules.find((r) => r.meta.id === id)!;
  return { rule, severity: (rule.meta.severity === 'error' ? 2 : 1) as 1 | 2, options: rule.meta.defaultOptions ?? {} };
});
const lintText = (text: string, path = 'case.txt') => runRules(new Document(text, path), active);

describe('sentence fixtures', () => {
  const cases = parseCases();
  const score = scoreCases(cases, (text: string) => lintText(text).map((m) => m.ruleId));

  it('has at least 100 cases with broken and legitimate ones of every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    for (const r of score.rows) {
      expect(r.broken, r.kind).toBeGreaterThan(0);
      expect(r.legit, r.kind).toBeGreaterThan(0);
    }
    expect(score.rows.map((r: { kind: string }) => r.kind).sort()).toEqual([...SENTENCE_RULES].sort());
  });

  it('precision and recall of every kind stay at least 0.9', () => {
    for (const r of score.rows) {
      expect(r.precision, `${r.kind} precision`).toBeGreaterThanOrEqual(0.9);
      expect(r.recall, `${r.kind} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('no legitimate case is flagged by another sentence rule', () => {
    expect(score.failures.filter((f: { why: string }) => f.why.startsWith('flagged by'))).toEqual([]);
  });
});

describe('seeds (issue 5 acceptance)', () => {
  const seed = (name: string) => {
    const path = join(__dirname, '..', 'seeds', name);
    return lintText(readFileSync(path, 'utf8'), path);
  };
  const lines = (ms: ReturnType<typeof lintText>, severity?: 1 | 2) =>
    [...new Set(ms.filter((m) => severity === undefined || m.severity === severity).map((m) => m.line))].sort((a, b) => a - b);

  it('flags the broken sentences of 001, 002 and 004', () => {
    expect(lines(seed('001_8ee1bc03666afbd8.txt'))).toEqual(expect.arrayContaining([12, 20]));
    expect(lines(seed('002_295dfdbd1ff399b8.txt'))).toEqual(expect.arrayContaining([11]));
    const s4 = seed('004_b098d514eaf49ddf.txt');
    expect(lines(s4)).toEqual(expect.arrayContaining([15, 45, 65, 83]));
    expect(s4.some((m) => m.line === 83 && m.ruleId === 'sentence-spacing' && /expression\.With/.test(m.reason))).toBe(true);
  });

  it('raises errors only on the broken lines (the clean article paragraphs get none)', () => {
    expect(lines(seed('000_6ed966ed02e41ff3.txt'), 2)).toEqual([]);
    expect(lines(seed('001_8ee1bc03666afbd8.txt'), 2)).toEqual([12, 20]);
    // 17 is the mojibake line: its opening quote is garbled, so the closing one stands alone.
    expect(lines(seed('002_295dfdbd1ff399b8.txt'), 2)).toEqual([11, 17]);
    // 21 ends without sentence punctuation: no-truncated-paragraph's configured severity (error) now applies to it.
    expect(lines(seed('003_52e97fdea4135e2b.txt'), 2)).toEqual([21]);
    // 81 is the "Follow us on Google news ,Twitter ," residue line (space before commas).
    expect(lines(seed('004_b098d514eaf49ddf.txt'), 2)).toEqual([15, 45, 65, 81, 83]);
  });

  it('readability warns only on truly convoluted sentences', () => {
    const all = ['000_6ed966ed02e41ff3.txt', '001_8ee1bc03666afbd8.txt', '002_295dfdbd1ff399b8.txt', '003_52e97fdea4135e2b.txt', '004_b098d514eaf49ddf.txt']
      .flatMap((f) => seed(f))
      .filter((m) => m.ruleId === 'readability');
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(5);
  });
});

describe('colleagues’ legitimate news prose (tests/helpers/news-prose.ts)', () => {
  it('raises no error from the sentence rules', async () => {
    const { NEWS_PROSE } = await import('./helpers/news-prose.js');
    const errors = NEWS_PROSE.flatMap((text: string) =>
      lintText(text)
        .filter((m) => m.severity === 2)
        .map((m) => `${m.ruleId}: ${m.reason} in ${JSON.stringify(text)}`),
    );
    expect(errors).toEqual([]);
  });
});
