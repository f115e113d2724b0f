import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { applyFixes, fixUntilStable, MAX_FIX_PASSES } from '../src/fix/apply.js';
import { StaleFileError, writeFileAtomic } from '../src/fix/write.js';
import type { Fix, LintMessage } from '../src/types.js';
import { tempTree } from './helpers/cli.js';

function msg(fix?: Fix, suggestion?: Fix): LintMessage {
  const m = new VFileMessage('m') as LintMessage;
  m.severity = 2;
  if (fix) m.fix = fix;
  if (suggestion) m.suggestions = [{ desc: 'd', fix: suggestion }];
  return m;
}

describe('applyFixes', () => {
  it('applies fixes in offset order whatever order the messages come in', () => {
    const text = 'aaa bbb ccc';
    const out = applyFixes(text, [msg({ range: [8, 11], text: 'C' }), msg({ range: [0, 3], text: 'A' })], ['safe']);
    expect(out).toEqual({ output: 'A bbb C', applied: 2 });
  });
  it('skips a fix that overlaps an earlier one (it gets the next pass)', () => {
    const text = 'abcdef';
    const out = applyFixes(text, [msg({ range: [0, 4], text: 'X' }), msg({ range: [2, 6], text: 'Y' })], ['safe']);
    expect(out).toEqual({ output: 'Xef', applied: 1 });
  });
  it('two insertions at one point are not both applied in one pass', () => {
    const out = applyFixes('ab', [msg({ range: [1, 1], text: 'X' }), msg({ range: [1, 1], text: 'Y' })], ['safe']);
    expect(out.applied).toBe(1);
  });
  it('a fix touching the previous one waits for the next pass (ESLint semantics)', () => {
    expect(applyFixes('abcd', [msg({ range: [0, 2], text: '' }), msg({ range: [2, 4], text: 'Z' })], ['safe'])).toEqual({ output: 'cd', applied: 1 });
  });
  it('neighbouring line removals by different rules leave one blank line', async () => {
    const text = 'A\n\nR1\nR2\n\nB\n';
    // Each removal is computed as removeLineFix does: a line after a blank one takes the blank lines after it too.
    const lint = (t: string) => {
      const out: LintMessage[] = [];
      const lines = t.split('\n');
      let offset = 0;
      lines.forEach((line, i) => {
        if (/^R\d$/.test(line)) {
          const prevBlank = i === 0 || lines[i - 1] === '';
          let end = offset + line.length + 1;
          if (prevBlank) while (t[end] === '\n') end++;
          out.push(msg({ range: [offset, end], text: '' }));
        }
        offset += line.length + 1;
      });
      return out;
    };
    expect((await fixUntilStable(text, lint, ['safe'])).output).toBe('A\n\nB\n');
  });
  it('applies suggestions only when asked', () => {
    const m = msg(undefined, { range: [0, 1], text: 'S' });
    expect(applyFixes('xy', [m], ['safe']).output).toBe('xy');
    expect(applyFixes('xy', [m], ['suggestion']).output).toBe('Sy');
  });
  it('ignores out-of-range and no-op fixes', () => {
    expect(applyFixes('xy', [msg({ range: [1, 9], text: '' }), msg({ range: [0, 1], text: 'x' })], ['safe']).applied).toBe(0);
  });
});

describe('fixUntilStable', () => {
  // A toy rule: every "aa" should become "a".
  const lint = (t: string) => {
    const out: LintMessage[] = [];
    for (let i = t.indexOf('aa'); i !== -1; i = t.indexOf('aa', i + 1)) out.push(msg({ range: [i, i + 2], text: 'a' }));
    return out;
  };
  it('repeats passes until nothing changes, and is idempotent', async () => {
    const first = await fixUntilStable('aaaa b aaa', lint, ['safe']);
    expect(first.output).toBe('a b a');
    expect(first.fixed).toBe(true);
    expect(first.messages).toEqual([]);
    const second = await fixUntilStable(first.output, lint, ['safe']);
    expect(second).toMatchObject({ output: first.output, fixed: false, passes: 0 });
  });
  it('stops after the pass limit even if a rule never settles', async () => {
    let calls = 0;
    const restless = (t: string) => {
      calls++;
      return [msg({ range: [0, 0], text: 'x' })].filter(() => t.length < 1000);
    };
    const out = await fixUntilStable('', restless, ['safe']);
    expect(out.passes).toBe(MAX_FIX_PASSES);
    expect(calls).toBe(MAX_FIX_PASSES + 1);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file, keeps its mode and leaves no temp file', async () => {
    const dir = tempTree({ 'a.txt': 'old' });
    const file = path.join(dir, 'a.txt');
    const { chmodSync } = await import('node:fs');
    chmodSync(file, 0o600);
    await writeFileAtomic(file, Buffer.from('new'), Buffer.from('old'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
  it('refuses to overwrite a file that changed since it was read', async () => {
    const dir = tempTree({ 'a.txt': 'old' });
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'edited by someone else');
    await expect(writeFileAtomic(file, Buffer.from('new'), Buffer.from('old'))).rejects.toBeInstanceOf(StaleFileError);
    expect(readFileSync(file, 'utf8')).toBe('edited by someone else');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});
