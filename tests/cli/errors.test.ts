/** Issue 15, item 12: mistakes a person can act on — one line, exit 2, no stack trace — through the built CLI. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { requireBuiltCli, setupOnce } from '../workflow/helpers.js';
import { expectOneLine, project, run } from './helpers.js';

const ready = setupOnce(() => requireBuiltCli());

async function expectUsageError(cwd: string, args: string[], ...parts: (string | RegExp)[]) {
  const res = await run(cwd, args);
  expect(res.code, `${args.join(' ')}: ${res.stderr}`).toBe(2);
  expectOneLine(res.stderr);
  for (const part of parts) expect(res.stderr).toMatch(part);
  return res.stderr;
}

describe('errors a person can act on', { timeout: 120_000 }, () => {
  it('a mistyped flag suggests the closest one', async () => {
    ready();
    const cwd = project();
    await expectUsageError(cwd, ['err.txt', '--max-warning', '3'], 'Did you mean --max-warnings?');
    await expectUsageError(cwd, ['err.txt', '--quite'], 'Did you mean --quiet?');
    // Nothing close: no guess.
    const far = await expectUsageError(cwd, ['err.txt', '--frobnicate'], '--frobnicate');
    expect(far).not.toContain('Did you mean');
  });
  it('a bad rule option names the key, in a config file and in --rule alike', async () => {
    ready();
    const cwd = project({ 'typo.json': JSON.stringify({ rules: { readability: ['warn', { agee: 30 }] } }) });
    await expectUsageError(cwd, ['err.txt', '-c', 'typo.json'], 'typo.json', 'rules.readability', '"agee"', '"age"');
    await expectUsageError(cwd, ['err.txt', '--rule', 'readability: [warn, {agee: 30}]'], 'rule.readability', '"agee"', '"age"');
  });
  it('a bad severity in a config file reads like the --rule one', async () => {
    ready();
    const cwd = project({
      'severity.json': JSON.stringify({ rules: { readability: 'wrn' } }),
      'override.json': JSON.stringify({ overrides: [{ files: ['*.txt'], rules: { readability: ['wrn', { age: 30 }] } }] }),
    });
    const detail = (line: string) => line.replace(/^.*readability: /, '');
    const fromFlag = await expectUsageError(cwd, ['err.txt', '--rule', 'readability: wrn'], 'bad severity "wrn"');
    const fromFile = await expectUsageError(cwd, ['err.txt', '-c', 'severity.json'], 'severity.json: rules.readability: ');
    const fromOverride = await expectUsageError(cwd, ['err.txt', '-c', 'override.json'], 'overrides[0].rules.readability: ');
    expect(detail(fromFile)).toBe(detail(fromFlag));
    expect(detail(fromOverride)).toBe(detail(fromFlag));
  });
  it('the precompiled config-shape check of the bundle refuses what ajv refuses, with the same message', async () => {
    ready();
    const configs = {
      'unknown-key.json': { rulez: {} },
      'settings.json': { settings: 3 },
      'override.json': { overrides: [{ rules: {} }] },
      'extends.json': { extends: [3] },
      'entry.json': { rules: { readability: ['warn', {}, 'extra'] } },
      'valid.json': { extends: 'articlelint:recommended', rules: { 'repeated-words': 'off' }, ignorePatterns: ['x/**'] },
    };
    const cwd = project(Object.fromEntries(Object.entries(configs).map(([name, config]) => [name, JSON.stringify(config)])));
    for (const name of Object.keys(configs)) {
      const cli = await run(cwd, ['warn.txt', '-c', name, '-f', 'json']);
      // The API validates with ajv compiled at run time (the source tree has no precompiled validator).
      const api = await lintText('x', { cwd, configFile: name }).then(
        () => '',
        (error: Error) => error.message,
      );
      if (name === 'valid.json') {
        expect(api).toBe('');
        expect(cli.code, cli.stderr).toBe(0);
      } else {
        expect(api).not.toBe('');
        expect(cli.code).toBe(2);
        expect(cli.stderr.trim()).toBe(`articlelint: ${api}`);
      }
    }
  });
  it('-c with a missing file says "no such file"', async () => {
    ready();
    const line = await expectUsageError(project(), ['err.txt', '-c', 'missing.json'], 'missing.json', 'no such file');
    // Not a parse failure, and not Node's error code.
    expect(line).not.toMatch(/parse|ENOENT/);
  });
  it('--concurrency 0 and --max-warnings -5 say what is allowed', async () => {
    ready();
    const cwd = project();
    await expectUsageError(cwd, ['err.txt', '--concurrency', '0'], '--concurrency', /auto, off or .*1 or more/, '"0"');
    await expectUsageError(cwd, ['err.txt', '--max-warnings', '-5'], '--max-warnings', /0 or more/, '"-5"');
    await expectUsageError(cwd, ['err.txt', '--max-warnings=-5'], /0 or more/);
    // -1 means no limit, as in ESLint.
    expect((await run(cwd, ['warn.txt', '--max-warnings', '-1'])).code).toBe(0);
  });
});
