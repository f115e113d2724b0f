/** Corpus summaries name files relative to the run's root, so shards merge the same on any machine. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarize } from '../src/api.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'articlelint-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus summaries', () => {
  it('hold paths relative to the run root, with / separators', async () => {
    mkdirSync(path.join(dir, 'wire'));
    writeFileSync(path.join(dir, 'wire/a.txt'), 'The Lebanese daily Al Akhbar reported the talks on Monday.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'The Lebanese newspaper Al-Akhbar reported the talks on Tuesday.\n');
    const summary = await summarize(['.'], { cwd: dir, configLookup: false, rules: { 'consistent-names-corpus': 'warn' } });
    const text = JSON.stringify(summary);
    expect(summary.documents).toBe(2);
    expect(text).not.toContain(dir);
    expect(text).toMatch(/"wire\/a\.txt"/);
    expect(text).toMatch(/"b\.txt"/);
  });
});
