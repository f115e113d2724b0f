import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { REPEAT_ARTICLE, runCli, SKIP_LINK_ARTICLE, tempTree, TWO_RULES } from './helpers/cli.js';

/** A project with the two-rule config, one file with an error and one with a warning. */
function project(extra: Record<string, string> = {}) {
  return tempTree({ '.articlelintrc.json': TWO_RULES, 'err.txt': SKIP_LINK_ARTICLE, 'warn.txt': REPEAT_ARTICLE, ...extra });
}

describe('exit codes', () => {
  it('0 when there are no errors', async () => {
    const cwd = tempTree({ '.articlelintrc.json': TWO_RULES, 'clean.txt': 'A clean line.\n' });
    const run = await runCli(['clean.txt'], { cwd });
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
  it('0 with warnings only, 1 when warnings exceed --max-warnings', async () => {
    const cwd = project();
    expect((await runCli(['warn.txt'], { cwd })).code).toBe(0);
    expect((await runCli(['warn.txt', '--max-warnings', '1'], { cwd })).code).toBe(0);
    const over = await runCli(['warn.txt', '--max-warnings', '0'], { cwd });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/too many warnings \(maximum: 0\)/);
  });
  it('1 when there are errors', async () => {
    expect((await runCli(['err.txt'], { cwd: project() })).code).toBe(1);
  });
  it('2 for an unknown flag, with a one-line message', async () => {
    const run = await runCli(['--frobnicate', '.'], { cwd: project() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^articlelint: .*frobnicate.*\n$/);
  });
  it('no path lints the current folder; 2 when nothing matches', async () => {
    const cwd = project();
    const dot = await runCli(['-f', 'json'], { cwd });
    expect(dot.code).toBe(1);
    expect(JSON.parse(dot.stdout).map((r: { filePath: string }) => path.basename(r.filePath))).toEqual(['err.txt', 'warn.txt']);
    const none = await runCli(['nothing-here/*.txt'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No files matching the pattern "nothing-here/*.txt"');
    // Asking for leniency (as the pre-commit hook does) makes "nothing to lint" a clean exit.
    expect((await runCli(['missing.txt', '--no-error-on-unmatched-pattern'], { cwd })).code).toBe(0);
  });
  it('2 for a bad --rule, --max-warnings, --fix-type or --format', async () => {
    const cwd = project();
    for (const args of [['--rule', 'no-such-rule:error'], ['--rule', 'no-skip-link'], ['--max-warnings', 'many'], ['--fix-type', 'layout'], ['--format', 'xml']]) {
      const run = await runCli([...args, 'err.txt'], { cwd });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});

describe('folders and globs', () => {
  it('a folder means its .txt and .md files, recursively, sorted, honouring ignorePatterns', async () => {
    const cwd = tempTree({
      '.articlelintrc.json': JSON.stringify({ rules: { 'no-skip-link': 'error' }, ignorePatterns: ['corpus/skip/**'] }),
      'corpus/b.txt': SKIP_LINK_ARTICLE,
      'corpus/a/x.md': SKIP_LINK_ARTICLE,
      'corpus/a/y.html': SKIP_LINK_ARTICLE,
      'corpus/skip/z.txt': SKIP_LINK_ARTICLE,
      'corpus/node_modules/q.txt': SKIP_LINK_ARTICLE,
    });
    const run = await runCli(['corpus', '--format', 'json'], { cwd });
    const files = JSON.parse(run.stdout).map((r: { filePath: string }) => path.relative(cwd, r.filePath));
    expect(files).toEqual(['corpus/a/x.md', 'corpus/b.txt']);
  });
  it('globs select files', async () => {
    const run = await runCli(['*.txt', '--format', 'json'], { cwd: project() });
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => path.basename(r.filePath))).toEqual(['err.txt', 'warn.txt']);
  });
  it('.articlelintignore and --no-ignore', async () => {
    const cwd = project({ '.articlelintignore': 'err.txt\n' });
    const ignored = await runCli(['.', '--format', 'json'], { cwd });
    expect(JSON.parse(ignored.stdout).map((r: { filePath: string }) => path.basename(r.filePath))).toEqual(['warn.txt']);
    const all = await runCli(['.', '--format', 'json', '--no-ignore'], { cwd });
    expect(JSON.parse(all.stdout)).toHaveLength(2);
  });
});

describe('formats', () => {
  it('stylish groups by file with line:column, severity, message, rule and a summary', async () => {
    const run = await runCli(['.'], { cwd: project() });
    expect(run.stdout).toMatch(/err\.txt\n\s+1:1\s+error\s+Skip link "Skip to content".*no-skip-link/);
    expect(run.stdout).toMatch(/warn\.txt\n\s+3:1\s+warning\s+"the" is repeated.*repeated-words/);
    expect(run.stdout).toContain('✖ 2 problems (1 error, 1 warning)');
    expect(run.stdout).toContain('1 error and 1 warning potentially fixable with the `--fix` option.');
  });
  it('json is ESLint-shaped', async () => {
    const cwd = project();
    const run = await runCli(['err.txt', '--format', 'json'], { cwd });
    const [result] = JSON.parse(run.stdout);
    expect(result).toEqual({
      filePath: path.join(cwd, 'err.txt'),
      messages: [
        {
          ruleId: 'no-skip-link',
          severity: 2,
          message: expect.stringContaining('Skip to content'),
          messageId: 'skipLink',
          data: expect.objectContaining({ confidence: expect.any(Number), evidence: expect.any(Array) }),
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 16,
          fix: { range: [0, 17], text: '' },
        },
      ],
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 1,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
  });
  it('compact prints one line per message', async () => {
    const cwd = project();
    const run = await runCli(['.', '--format', 'compact'], { cwd });
    expect(run.stdout.split('\n')).toContain(`${path.join(cwd, 'err.txt')}: line 1, col 1, Error - ${run.stdout.match(/Error - (.*) \(no-skip-link\)/)![1]} (no-skip-link)`);
    expect(run.stdout).toMatch(/warn\.txt: line 3, col 1, Warning - .* \(repeated-words\)/);
  });
  it('-o writes the report to a file and prints nothing', async () => {
    const cwd = project();
    const run = await runCli(['.', '-f', 'json', '-o', 'out/report.json'], { cwd });
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(cwd, 'out/report.json'), 'utf8'))).toHaveLength(2);
  });
  it('--quiet reports errors only', async () => {
    const run = await runCli(['.', '--quiet', '-f', 'json'], { cwd: project() });
    const results = JSON.parse(run.stdout);
    expect(results.flatMap((r: { messages: { severity: number }[] }) => r.messages.map((m) => m.severity))).toEqual([2]);
  });
  it('--color forces ANSI colour, --no-color removes it, NO_COLOR is honoured', async () => {
    const cwd = project();
    expect((await runCli(['.', '--color'], { cwd })).stdout).toContain('\u001b[31m');
    expect((await runCli(['.', '--no-color'], { cwd, isTTY: true })).stdout).not.toContain('\u001b[');
    expect((await runCli(['.'], { cwd, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(['.'], { cwd, isTTY: true })).stdout).toContain('\u001b[');
  });
  it('--format accepts a path to a formatter module', async () => {
    const cwd = project({ 'count.mjs': 'export default (results) => `files=${results.length}`;' });
    const run = await runCli(['.', '--format', './count.mjs'], { cwd });
    expect(run.stdout).toBe('files=2\n');
  });
});

describe('config flags', () => {
  it('-c uses the given config file', async () => {
    const cwd = project({ 'strict.json': '{"rules": {"repeated-words": "error"}}' });
    const run = await runCli(['warn.txt', '-c', 'strict.json'], { cwd });
    expect(run.code).toBe(1);
  });
  it('--no-config-lookup ignores config files and uses the recommended preset', async () => {
    const cwd = project({ '.articlelintrc.json': '{"rules": {}}' });
    expect((await runCli(['err.txt'], { cwd })).code).toBe(0);
    expect((await runCli(['err.txt', '--no-config-lookup'], { cwd })).code).toBe(1);
  });
  it('--rule id:severity overrides config (repeatable, JSON options allowed)', async () => {
    const cwd = project();
    expect((await runCli(['err.txt', '--rule', 'no-skip-link:off'], { cwd })).code).toBe(0);
    expect((await runCli(['warn.txt', '--rule', 'repeated-words:error', '--rule', 'no-skip-link:warn'], { cwd })).code).toBe(1);
    const withOptions = await runCli(['warn.txt', '--rule', 'readability:["warn", {"age": 30}]', '--print-config', 'warn.txt'], { cwd });
    expect(JSON.parse(withOptions.stdout).rules.readability).toMatchObject(['warn', { age: 30 }]);
  });
  it('--print-config prints the effective config of a file', async () => {
    const cwd = project();
    const run = await runCli(['--print-config', 'err.txt'], { cwd });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ configFile: path.join(cwd, '.articlelintrc.json'), rules: { 'no-skip-link': 'error', 'repeated-words': 'warn' }, settings: {} });
  });
  it('--init writes a starter config once', async () => {
    const cwd = tempTree({});
    expect((await runCli(['--init'], { cwd })).code).toBe(0);
    const written = JSON.parse(readFileSync(path.join(cwd, '.articlelintrc.json'), 'utf8'));
    expect(written.extends).toBe('articlelint:recommended');
    const again = await runCli(['--init'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });
});

describe('information flags', () => {
  it('--list-rules prints every rule with category, default severity and fixability', async () => {
    const run = await runCli(['--list-rules'], { cwd: tempTree({}) });
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^rule\s+category\s+default\s+fixable\s+description/);
    expect(lines).toHaveLength(rules.length + 1);
    expect(run.stdout).toMatch(/no-skip-link\s+residue\s+error\s+safe/);
  });
  it('--list-rules --format json is the rules metadata', async () => {
    const run = await runCli(['--list-rules', '--format', 'json'], { cwd: tempTree({}) });
    const metas = JSON.parse(run.stdout);
    expect(metas.map((m: { id: string }) => m.id)).toEqual(rules.map((r) => r.meta.id));
    for (const m of metas) expect(Object.keys(m)).toEqual(expect.arrayContaining(['id', 'description', 'category', 'severity', 'docs']));
  });
  it('--version and --help', async () => {
    const cwd = tempTree({});
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect((await runCli(['--version'], { cwd })).stdout).toBe(`v${pkg.version}\n`);
    const help = await runCli(['--help'], { cwd });
    expect(help.code).toBe(0);
    for (const flag of ['--fix-dry-run', '--stdin-filename', '--max-warnings', '--print-config', '--list-rules', '--no-config-lookup']) expect(help.stdout).toContain(flag);
  });
});

describe('fixing', () => {
  it('--fix writes the fixed file atomically, keeping its mode', async () => {
    const cwd = project();
    const file = path.join(cwd, 'err.txt');
    const { chmodSync } = await import('node:fs');
    chmodSync(file, 0o640);
    const run = await runCli(['err.txt', '--fix', '-f', 'json'], { cwd });
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('Talks resume in Cairo\n\nThe delegation arrived on Sunday.\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    const [result] = JSON.parse(run.stdout);
    expect(result.output).toBe(readFileSync(file, 'utf8'));
    expect(result.messages).toEqual([]);
  });
  it('--fix leaves files without fixes untouched (same mtime)', async () => {
    const cwd = project({ 'clean.txt': 'Nothing to do.\n' });
    const before = statSync(path.join(cwd, 'clean.txt')).mtimeMs;
    await runCli(['clean.txt', '--fix'], { cwd });
    expect(statSync(path.join(cwd, 'clean.txt')).mtimeMs).toBe(before);
  });
  it('--fix-dry-run writes nothing but reports the output', async () => {
    const cwd = project();
    const run = await runCli(['err.txt', '--fix-dry-run', '-f', 'json'], { cwd });
    expect(readFileSync(path.join(cwd, 'err.txt'), 'utf8')).toBe(SKIP_LINK_ARTICLE);
    expect(JSON.parse(run.stdout)[0].output).toBe('Talks resume in Cairo\n\nThe delegation arrived on Sunday.\n');
  });
  it('--fix-type selects which class of fixes applies', async () => {
    const cwd = project();
    const onlySuggestions = await runCli(['err.txt', '--fix-dry-run', '--fix-type', 'suggestion', '-f', 'json'], { cwd });
    expect(JSON.parse(onlySuggestions.stdout)[0].output).toBeUndefined();
    const both = await runCli(['err.txt', '--fix-dry-run', '--fix-type', 'safe,suggestion', '-f', 'json'], { cwd });
    expect(JSON.parse(both.stdout)[0].output).toBeDefined();
  });
  it('--fix and --fix-dry-run together is a usage error', async () => {
    expect((await runCli(['err.txt', '--fix', '--fix-dry-run'], { cwd: project() })).code).toBe(2);
  });
  it('leaves no temp files behind', async () => {
    const cwd = project();
    await runCli(['.', '--fix'], { cwd });
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(cwd).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('--stdin', () => {
  it('lints standard input, named by --stdin-filename for config and report', async () => {
    const cwd = project({ 'sub/.articlelintrc.json': '{"rules": {"no-skip-link": "warn"}}' });
    const run = await runCli(['--stdin', '--stdin-filename', 'sub/piece.txt', '-f', 'json'], { cwd, stdin: SKIP_LINK_ARTICLE });
    const [result] = JSON.parse(run.stdout);
    expect(result.filePath).toBe(path.join(cwd, 'sub/piece.txt'));
    expect(result.messages.map((m: { severity: number }) => m.severity)).toEqual([1]);
    expect(run.code).toBe(0);
  });
  it('with --fix-dry-run reports the fixed text and writes no file', async () => {
    const cwd = project();
    const run = await runCli(['--stdin', '--stdin-filename', 'x.txt', '--fix-dry-run', '-f', 'json'], { cwd, stdin: SKIP_LINK_ARTICLE });
    expect(JSON.parse(run.stdout)[0].output).toBe('Talks resume in Cairo\n\nThe delegation arrived on Sunday.\n');
    expect(existsSync(path.join(cwd, 'x.txt'))).toBe(false);
  });
  it('without input is a usage error', async () => {
    const run = await runCli(['--stdin'], { cwd: project(), stdin: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no input');
  });
  it('cannot be combined with file patterns', async () => {
    expect((await runCli(['--stdin', 'err.txt'], { cwd: project(), stdin: 'x' })).code).toBe(2);
  });
});

describe('unreadable input among good files', () => {
  it('a binary file is a fatal finding for that file; the others are still linted', async () => {
    const cwd = project({ 'bin.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]).toString('latin1') });
    const run = await runCli(['.', '-f', 'json'], { cwd });
    const byName = Object.fromEntries(JSON.parse(run.stdout).map((r: { filePath: string }) => [path.basename(r.filePath), r]));
    expect(byName['bin.txt'].messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2, message: expect.stringContaining('binary') });
    expect(byName['err.txt'].errorCount).toBe(1);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^articlelint: bin\.txt: binary.*\n$/);
  });
  it('exit 2 when nothing lintable was given', async () => {
    const cwd = tempTree({ 'bin.txt': Buffer.from([0, 1, 2, 3, 0, 0]) });
    const run = await runCli(['bin.txt'], { cwd });
    expect(run.code).toBe(2);
  });
});

describe('all files ignored', () => {
  it('a folder whose files are all ignored is an error (exit 2), unless --no-error-on-unmatched-pattern (exit 0, for hooks)', async () => {
    const cwd = project({ '.articlelintignore': '*.txt\n' });
    expect((await runCli(['.'], { cwd })).code).toBe(2);
    const lenient = await runCli(['.', '--no-error-on-unmatched-pattern'], { cwd });
    expect(lenient).toMatchObject({ code: 0, stderr: '' });
  });
});
