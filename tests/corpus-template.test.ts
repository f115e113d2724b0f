/**
 * End to end: the template rule through `lintFiles` on a folder, with the
 * corpus first pass run by the engine, run in reverse order, and with shard
 * summaries merged by the caller.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptySummary, lintFiles, mergeSummaries, rules, summarize, type LintResult } from '../src/api.js';

const TEMPLATE = 'Read more from the Valley Gazette: local news you can trust';
const ONCE = 'Proudly serving the Ridgeview valley since 1962';

const stories = [
  ['council', 'Council approves new budget', 'The council voted 5-2 on Tuesday to approve a $48 million budget.'],
  ['ferry', 'Ferry service resumes', 'The ferry returned to its schedule on Monday after two weeks of repairs.'],
  ['school', 'School board delays vote', 'The board postponed a vote on later start times until May.'],
  ['market', 'Night market opens on the pier', 'Forty vendors will sell food and crafts every Friday this summer.'],
  ['bridge', 'Bridge closed for inspection', 'Engineers will inspect the Elm Street bridge for three days next week.'],
  ['water', 'Water main break repaired', 'Crews repaired a 12-inch pipe that left 1,200 homes without water.'],
] as const;

let dir: string;
let files: string[];
const config = { rules: { 'no-template-lines': 'warn' as const } };
const registry = new Map(rules.map((r) => [r.meta.id, r]));

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'articlelint-template-'));
  files = [];
  for (const [i, [name, head, body]] of stories.entries()) {
    const lines = [head, '', body, ''];
    if (i < 4) lines.push(TEMPLATE); // planted in 4 of 6 files
    if (i === 5) lines.push(ONCE);
    const file = path.join(dir, `${name}.txt`);
    await fs.writeFile(file, `${lines.join('\n')}\n`);
    files.push(file);
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** `file:line message` for every message of the rule, sorted. */
function findings(results: LintResult[]): string[] {
  return results
    .flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-template-lines').map((m) => `${path.basename(r.filePath)}:${m.line} ${m.reason}`))
    .sort();
}

describe('no-template-lines end to end', () => {
  it('finds the planted line in the 4 files and nothing else', async () => {
    const results = await lintFiles([dir], { cwd: dir, config });
    const found = findings(results);
    expect(found).toHaveLength(4);
    expect(found.map((f) => f.split(' ')[0])).toEqual(['council.txt:5', 'ferry.txt:5', 'market.txt:5', 'school.txt:5']);
    expect(found.every((f) => f.includes('occurs in 4 of 6 articles'))).toBe(true);
    expect(found.some((f) => f.includes('Ridgeview'))).toBe(false);
  });

  it('gives the same result with the files in reverse order', async () => {
    const forward = findings(await lintFiles(files, { cwd: dir, config }));
    const reverse = findings(await lintFiles([...files].reverse(), { cwd: dir, config }));
    expect(reverse).toEqual(forward);
    expect(forward).toHaveLength(4);
  });

  it('gives the same result from shard summaries merged in any order', async () => {
    const whole = await summarize(files, { cwd: dir, config });
    const shardA = await summarize(files.slice(0, 2), { cwd: dir, config });
    const shardB = await summarize(files.slice(2, 5), { cwd: dir, config });
    const shardC = await summarize(files.slice(5), { cwd: dir, config });
    const ab_c = mergeSummaries(mergeSummaries(shardA, shardB, registry), shardC, registry);
    const c_ba = mergeSummaries(shardC, mergeSummaries(shardB, shardA, registry), registry);
    const withEmpty = mergeSummaries(emptySummary(), mergeSummaries(shardB, mergeSummaries(shardC, shardA, registry), registry), registry);
    expect(JSON.stringify(ab_c)).toBe(JSON.stringify(whole));
    expect(JSON.stringify(c_ba)).toBe(JSON.stringify(whole));
    expect(JSON.stringify(withEmpty)).toBe(JSON.stringify(whole));

    const expected = findings(await lintFiles([dir], { cwd: dir, config }));
    for (const corpus of [ab_c, c_ba, JSON.parse(JSON.stringify(withEmpty))]) {
      // Each file linted on its own (no first pass possible) against the merged summary.
      const perFile = await Promise.all(files.map((f) => lintFiles([f], { cwd: dir, config, corpus })));
      expect(findings(perFile.flat())).toEqual(expected);
    }
  });

  it('is silent for a single file without a summary', async () => {
    expect(findings(await lintFiles([files[0]!], { cwd: dir, config }))).toEqual([]);
  });
});
