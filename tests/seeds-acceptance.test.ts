/**
 * The seeds' acceptance lists of the residue, encoding, sentence and name
 * issues, checked on the real seed articles through the public API.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFiles, rules } from '../src/api.js';
import type { LintResult } from '../src/types.js';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const seed = (n: string) => path.join(root, 'seeds', n);
const S = {
  s000: seed('000_6ed966ed02e41ff3.txt'),
  s001: seed('001_8ee1bc03666afbd8.txt'),
  s002: seed('002_295dfdbd1ff399b8.txt'),
  s003: seed('003_52e97fdea4135e2b.txt'),
  s004: seed('004_b098d514eaf49ddf.txt'),
};
/** Residue lines per seed, as listed in the residue issue. */
const RESIDUE: Record<string, number[]> = {
  [S.s000]: [3, 5, 27],
  [S.s001]: [3, 4, 28, 30, 31],
  [S.s002]: [19, 21],
  [S.s003]: [5, 25, 28, 30, 33, 34, 35],
  [S.s004]: [1, 5, 73, 75, 77, 79, 81, 83],
};
const category = new Map(rules.map((r) => [r.meta.id, r.meta.category]));

let results: LintResult[];
let fixed: LintResult[];
/** Fixed by the residue rules alone: their removals must leave every article paragraph intact. */
let fixedResidue: LintResult[];
const byFile = (list: LintResult[], f: string) => list.find((r) => r.filePath === f)!;
const linesFlagged = (r: LintResult, cat: string) => {
  const out = new Set<number>();
  for (const m of r.messages) {
    if (!m.ruleId || category.get(m.ruleId) !== cat) continue;
    const end = m.place && 'end' in m.place ? m.place.end.line : m.line!;
    for (let l = m.line!; l <= end; l++) out.add(l);
  }
  return out;
};

beforeAll(async () => {
  results = await lintFiles(['seeds'], { cwd: root });
  fixed = await lintFiles(['seeds'], { cwd: root, fix: true });
  const nonResidueOff = Object.fromEntries(rules.filter((r) => r.meta.category !== 'residue').map((r) => [r.meta.id, 'off' as const]));
  fixedResidue = await lintFiles(['seeds'], { cwd: root, fix: true, rules: nonResidueOff });
});

describe('seeds: residue', () => {
  for (const [file, lines] of Object.entries(RESIDUE)) {
    const name = path.basename(file);
    it(`${name}: every residue line is flagged`, () => {
      const flagged = linesFlagged(byFile(results, file), 'residue');
      expect(lines.filter((l) => !flagged.has(l))).toEqual([]);
    });
    it(`${name}: no residue error on article paragraphs or headlines`, () => {
      const text = readFileSync(file, 'utf8').split('\n');
      const errors = byFile(results, file).messages.filter((m) => m.severity === 2 && category.get(m.ruleId!) === 'residue' && !lines.includes(m.line!));
      expect(errors.map((m) => `${m.line}: ${m.ruleId} ${m.reason} | ${text[m.line! - 1]!.slice(0, 60)}`)).toEqual([]);
    });
    it(`${name}: --fix output drops the residue and keeps every article paragraph word for word`, () => {
      const text = readFileSync(file, 'utf8');
      const output = byFile(fixedResidue, file).output ?? text;
      const words = (s: string) => s.replace(/[^A-Za-z0-9]+/g, ' ').trim();
      const outWords = ` ${words(output)} `;
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (!line.trim() || RESIDUE[file]!.includes(i + 1)) return;
        expect(outWords, `line ${i + 1} lost`).toContain(` ${words(line)} `);
      });
      const outLines = output.split('\n').map((l) => l.trim());
      for (const l of RESIDUE[file]!) {
        const residue = lines[l - 1]!.trim();
        // A repeated headline keeps its first occurrence.
        const occurrences = lines.filter((x) => x.trim() === residue).length;
        const firstIsResidue = RESIDUE[file]!.includes(lines.findIndex((x) => x.trim() === residue) + 1);
        expect(outLines.filter((x) => x === residue).length, `line ${l} "${residue.slice(0, 40)}" still in output`).toBe(occurrences > 1 && !firstIsResidue ? 1 : 0);
      }
    });
  }
});

describe('seeds: encoding', () => {
  it('002 line 17 is flagged and its mojibake repaired; its trailing NBSPs are flagged and fixed', () => {
    const r = byFile(results, S.s002);
    expect(linesFlagged(r, 'encoding').has(17)).toBe(true);
    const output = byFile(fixed, S.s002).output!;
    expect(output).toContain('“The American plan');
    expect(output).not.toContain('β€œ');
    expect(output).not.toMatch(/\u00a0\n/);
  });
});

describe('seeds: sentences', () => {
  const expected: [string, number][] = [[S.s001, 12], [S.s001, 20], [S.s002, 11], [S.s004, 15], [S.s004, 45], [S.s004, 65], [S.s004, 83]];
  for (const [file, line] of expected) {
    it(`${path.basename(file)} line ${line} is flagged by a sentence rule`, () => {
      expect(linesFlagged(byFile(results, file), 'sentences').has(line)).toBe(true);
    });
  }
  it('004 line 83: "expression.With" is flagged', () => {
    const text = readFileSync(S.s004, 'utf8');
    const at = text.indexOf('expression.With');
    expect(at).toBeGreaterThan(0);
    const hit = byFile(results, S.s004).messages.some((m) => {
      const p = m.place && 'start' in m.place ? m.place : undefined;
      return p && category.get(m.ruleId!) === 'sentences' && p.start.offset! <= at + 11 && p.end.offset! >= at + 11;
    });
    expect(hit).toBe(true);
  });
});

describe('seeds: names', () => {
  it('004 line 9 (Byrne vs Burns) and 002 line 15 (Al Aqsa mosque vs Al-Aqsa Mosque) are flagged', () => {
    expect(linesFlagged(byFile(results, S.s004), 'names').has(9)).toBe(true);
    expect(linesFlagged(byFile(results, S.s002), 'names').has(15)).toBe(true);
  });
});
