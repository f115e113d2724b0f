import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';

const config = JSON.stringify({ rules: { 'no-skip-link': 'error', 'repeated-words': 'error' } });
const article = 'Skip to content\n\nThe the delegation arrived.\n';

describe('suppressions file', () => {
  it('--suppress-all records current findings; they are then counted as suppressed and do not fail the run', async () => {
    const cwd = tempTree({ '.articlelintrc.json': config, 'a.txt': article });
    const record = await runCli(['a.txt', '--suppress-all', '-f', 'json'], { cwd });
    expect(record.code).toBe(0);
    const saved = JSON.parse(readFileSync(path.join(cwd, 'articlelint-suppressions.json'), 'utf8'));
    expect(Object.keys(saved)).toEqual(['a.txt']);
    expect(Object.keys(saved['a.txt']).sort()).toEqual(['no-skip-link', 'repeated-words']);
    const again = await runCli(['a.txt', '-f', 'json'], { cwd });
    const [r] = JSON.parse(again.stdout);
    expect(again.code).toBe(0);
    expect(r.messages).toEqual([]);
    expect(r.suppressedMessages.map((m: { ruleId: string }) => m.ruleId).sort()).toEqual(['no-skip-link', 'repeated-words']);
    expect(r.suppressedMessages[0].suppressions).toEqual([{ kind: 'file', justification: '' }]);
  });
  it('matches by fingerprint of the flagged text, not by line: edits elsewhere keep it, a new finding is reported', async () => {
    const cwd = tempTree({ '.articlelintrc.json': config, 'a.txt': article });
    await runCli(['a.txt', '--suppress-all'], { cwd });
    writeFileSync(path.join(cwd, 'a.txt'), `New first paragraph.\n\n${article}\nIt was was late.\n`);
    const run = await runCli(['a.txt', '-f', 'json'], { cwd });
    const [r] = JSON.parse(run.stdout);
    expect(r.messages.map((m: { line: number; ruleId: string }) => `${m.line} ${m.ruleId}`)).toEqual(['7 repeated-words']);
    expect(r.suppressedMessages).toHaveLength(2);
    expect(run.code).toBe(1);
  });
  it('--suppress-rule records one rule only', async () => {
    const cwd = tempTree({ '.articlelintrc.json': config, 'a.txt': article });
    const run = await runCli(['a.txt', '--suppress-rule', 'no-skip-link', '-f', 'json'], { cwd });
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['repeated-words']);
    expect(Object.keys(JSON.parse(readFileSync(path.join(cwd, 'articlelint-suppressions.json'), 'utf8'))['a.txt'])).toEqual(['no-skip-link']);
    expect((await runCli(['a.txt', '--suppress-rule', 'nope'], { cwd })).code).toBe(2);
  });
  it('--prune-suppressions drops entries that no longer match', async () => {
    const cwd = tempTree({ '.articlelintrc.json': config, 'a.txt': article, 'b.txt': 'Skip to content\n\nBody.\n' });
    await runCli(['.', '--suppress-all', '--suppressions-location', 'sup.json'], { cwd });
    writeFileSync(path.join(cwd, 'b.txt'), 'Body.\n');
    await runCli(['.', '--prune-suppressions', '--suppressions-location', 'sup.json'], { cwd });
    expect(Object.keys(JSON.parse(readFileSync(path.join(cwd, 'sup.json'), 'utf8')))).toEqual(['a.txt']);
  });
  it('a malformed suppressions file is a one-line error', async () => {
    const cwd = tempTree({ '.articlelintrc.json': config, 'a.txt': article, 'articlelint-suppressions.json': '{oops' });
    const run = await runCli(['a.txt'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/articlelint-suppressions\.json: malformed suppressions file/);
  });
});
