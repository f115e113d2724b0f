/**
 * Issue 15, items 4 and 6–10: ESLint's conventions where its users expect
 * them, through the built CLI in real processes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { requireBuiltCli, setupOnce } from '../workflow/helpers.js';
import { expectOneLine, json, project, REPEAT, run, SKIP_LINK, TWO_RULES } from './helpers.js';

const ready = setupOnce(() => requireBuiltCli());

describe('--stdin and fixing (item 4)', { timeout: 120_000 }, () => {
  it('--fix with --stdin is a one-line error (exit 2) that points at --fix-dry-run', async () => {
    ready();
    const res = await run(project(), ['--stdin', '--fix'], SKIP_LINK);
    expect(res.code).toBe(2);
    expectOneLine(res.stderr);
    expect(res.stderr).toContain('--fix-dry-run');
    expect(res.stdout).toBe('');
  });
  it('--fix-dry-run with --stdin gives the fixed text as "output"', async () => {
    ready();
    const res = await run(project(), ['--stdin', '--fix-dry-run', '-f', 'json'], SKIP_LINK);
    const [result] = json(res.stdout);
    expect(result!.output).toBe(SKIP_LINK.replace('Skip to content\n\n', ''));
    expect(result!.messages).toEqual([]);
  });
});

describe('--rule in levn syntax (item 6)', { timeout: 120_000 }, () => {
  it('takes `id: [severity, {option: value}]`, a JSON object, several flags and the old id:severity form', async () => {
    ready();
    const cwd = project();
    const levn = await run(cwd, ['--rule', 'readability: [warn, {age: 30}]', '--print-config', 'warn.txt']);
    expect(levn.code).toBe(0);
    expect(JSON.parse(levn.stdout).rules.readability).toEqual(['warn', expect.objectContaining({ age: 30 })]);
    // A JSON object turns the error off; the old form and a second flag still apply.
    expect((await run(cwd, ['err.txt', '--rule', '{"no-skip-link": "off"}'])).code).toBe(0);
    expect((await run(cwd, ['err.txt', '--rule', 'no-skip-link:off'])).code).toBe(0);
    const merged = await run(cwd, ['warn.txt', '--rule', 'no-skip-link: off', '--rule', 'repeated-words: error, readability: off', '--print-config', 'warn.txt']);
    const severity = (entry: unknown) => (Array.isArray(entry) ? entry[0] : entry);
    const { rules: set } = JSON.parse(merged.stdout);
    expect([set['no-skip-link'], set['repeated-words'], set.readability].map(severity)).toEqual(['off', 'error', 'off']);
    expect((await run(cwd, ['warn.txt', '--rule', 'repeated-words: 2'])).code).toBe(1);
  });
});

describe('formatter packages (item 7)', { timeout: 120_000 }, () => {
  const countFormatter = (label: string) => `module.exports = (results) => "${label} " + results.reduce((n, r) => n + r.messages.length, 0) + " problems";\n`;
  it('-f name loads articlelint-formatter-<name>, then <name> as a package, then a file', async () => {
    ready();
    const cwd = project({
      'node_modules/articlelint-formatter-count/package.json': JSON.stringify({ name: 'articlelint-formatter-count', main: 'index.js' }),
      'node_modules/articlelint-formatter-count/index.js': countFormatter('prefixed'),
      'node_modules/@team/articlelint-formatter-count/package.json': JSON.stringify({ name: '@team/articlelint-formatter-count', main: 'index.js' }),
      'node_modules/@team/articlelint-formatter-count/index.js': countFormatter('scoped'),
      'node_modules/plain-report/package.json': JSON.stringify({ name: 'plain-report', main: 'main.js' }),
      'node_modules/plain-report/main.js': countFormatter('plain'),
      'local-report.cjs': countFormatter('local'),
    });
    expect((await run(cwd, ['err.txt', 'warn.txt', '-f', 'count'])).stdout.trim()).toBe('prefixed 2 problems');
    expect((await run(cwd, ['err.txt', '-f', 'articlelint-formatter-count'])).stdout.trim()).toBe('prefixed 1 problems');
    expect((await run(cwd, ['err.txt', '-f', '@team/count'])).stdout.trim()).toBe('scoped 1 problems');
    expect((await run(cwd, ['err.txt', '-f', 'plain-report'])).stdout.trim()).toBe('plain 1 problems');
    expect((await run(cwd, ['err.txt', '-f', 'local-report.cjs'])).stdout.trim()).toBe('local 1 problems');
    const missing = await run(cwd, ['err.txt', '-f', 'nowhere']);
    expect(missing.code).toBe(2);
    expectOneLine(missing.stderr);
    expect(missing.stderr).toContain('articlelint-formatter-nowhere');
  });
});

describe('what gets linted (item 8)', { timeout: 120_000 }, () => {
  const IGNORED = 'File ignored because of a matching ignore pattern. Use "--no-ignore" to override.';
  it('no path lints the current folder', async () => {
    ready();
    const res = await run(project(), ['-f', 'json']);
    expect(res.code).toBe(1);
    expect(json(res.stdout).map((r) => path.basename(r.filePath))).toEqual(['err.txt', 'warn.txt']);
  });
  it('an ignored file named explicitly gets a warning and exits 0; --no-warn-ignored silences it', async () => {
    ready();
    const cwd = project({ '.articlelintignore': 'err.txt\n' });
    const res = await run(cwd, ['err.txt', '-f', 'json']);
    expect(res.code).toBe(0);
    const [result] = json(res.stdout);
    expect(result!.filePath).toBe(path.join(cwd, 'err.txt'));
    expect(result!.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 1, message: IGNORED })]);
    expect((await run(cwd, ['err.txt'])).stdout).toContain(IGNORED);
    expect(await run(cwd, ['err.txt', '--no-warn-ignored'])).toMatchObject({ code: 0, stdout: '' });
    // --no-ignore lints it after all.
    expect((await run(cwd, ['err.txt', '--no-ignore'])).code).toBe(1);
  });
  it('--stdin-filename honours ignore patterns (config ignorePatterns too)', async () => {
    ready();
    const cwd = project({ '.articlelintrc.json': JSON.stringify({ ...TWO_RULES, ignorePatterns: ['drafts/**'] }) });
    const res = await run(cwd, ['--stdin', '--stdin-filename', 'drafts/piece.txt', '-f', 'json'], SKIP_LINK);
    expect(res.code).toBe(0);
    expect(json(res.stdout)[0]!.messages.map((m) => m.message)).toEqual([IGNORED]);
    expect((await run(cwd, ['--stdin', '--stdin-filename', 'piece.txt'], SKIP_LINK)).code).toBe(1);
  });
  it('--jsonl honours -f (one report for all records), and streams JSON lines without it', async () => {
    ready();
    const cwd = project({ 'data.jsonl': [SKIP_LINK, REPEAT].map((text) => JSON.stringify({ text })).join('\n') + '\n' });
    const lines = await run(cwd, ['--jsonl', 'data.jsonl']);
    expect(lines.stdout.trim().split('\n').map((l) => JSON.parse(l).filePath)).toEqual(['data.jsonl:1', 'data.jsonl:2']);
    const array = await run(cwd, ['--jsonl', 'data.jsonl', '-f', 'json']);
    expect(json(array.stdout).map((r) => r.messages.length)).toEqual([1, 1]);
    const compact = await run(cwd, ['--jsonl', 'data.jsonl', '-f', 'compact']);
    expect(compact.stdout).toMatch(/^data\.jsonl:1: line 1, col 1, Error - .*\(no-skip-link\)$/m);
    expect(compact.code).toBe(1);
  });
});

describe('--print-config (item 9)', { timeout: 120_000 }, () => {
  it("shows each rule's effective options with the rule's defaults filled in", async () => {
    ready();
    const cwd = project({ '.articlelintrc.json': JSON.stringify({ rules: { readability: ['warn', { age: 30 }], 'no-skip-link': 'error' } }) });
    const config = JSON.parse((await run(cwd, ['--print-config', 'err.txt'])).stdout);
    const readability = rules.find((r) => r.meta.id === 'readability')!.meta;
    expect(Object.keys(readability.defaultOptions ?? {}).length).toBeGreaterThan(1);
    expect(config.rules.readability).toEqual(['warn', { ...readability.defaultOptions, age: 30 }]);
    const skip = rules.find((r) => r.meta.id === 'no-skip-link')!.meta;
    expect(config.rules['no-skip-link']).toEqual(skip.defaultOptions ? ['error', skip.defaultOptions] : 'error');
  });
});

describe('counting what is reported (item 10)', { timeout: 120_000 }, () => {
  it('--quiet --max-warnings 0 does not fail on the warnings it hid', async () => {
    ready();
    const cwd = project();
    expect((await run(cwd, ['warn.txt', '--max-warnings', '0'])).code).toBe(1);
    expect(await run(cwd, ['warn.txt', '--quiet', '--max-warnings', '0'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const dataset = project({ 'data.jsonl': `${JSON.stringify({ text: REPEAT })}\n` });
    expect((await run(dataset, ['--jsonl', 'data.jsonl', '--max-warnings', '0'])).code).toBe(1);
    expect((await run(dataset, ['--jsonl', 'data.jsonl', '--quiet', '--max-warnings', '0'])).code).toBe(0);
  });
  it('--suppress-all says how many findings it recorded; stale suppressions are pointed out until pruned', async () => {
    ready();
    const cwd = project();
    const record = await run(cwd, ['err.txt', 'warn.txt', '--suppress-all']);
    expect(record.code).toBe(0);
    expect(record.stderr).toMatch(/recorded 2 findings in articlelint-suppressions\.json/);
    expect(await run(cwd, ['err.txt', 'warn.txt'])).toMatchObject({ code: 0, stderr: '' });
    // The skip link is removed from the article: its suppression now matches nothing.
    writeFileSync(path.join(cwd, 'err.txt'), SKIP_LINK.replace('Skip to content\n\n', ''));
    const stale = await run(cwd, ['err.txt', 'warn.txt']);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toMatch(/1 suppression .*no longer matches.*--prune-suppressions/);
    const prune = await run(cwd, ['err.txt', 'warn.txt', '--prune-suppressions']);
    expect(prune.stderr).toMatch(/removed 1 stale suppression/);
    expect(Object.keys(JSON.parse(readFileSync(path.join(cwd, 'articlelint-suppressions.json'), 'utf8')))).toEqual(['warn.txt']);
    expect((await run(cwd, ['err.txt', 'warn.txt'])).stderr).toBe('');
  });
});
