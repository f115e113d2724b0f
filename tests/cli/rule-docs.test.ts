/**
 * Issue 15, item 11: every rule's documentation ships with the package
 * (generated pages, kept up to date), findings link to it, and stylish never
 * cuts a message.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import stylish from '../../src/formatters/stylish.js';
import { buildResult } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/types.js';
import { repoRoot, requireBuiltCli, setupOnce, shAsync } from '../workflow/helpers.js';
import { json, project, run, SKIP_LINK } from './helpers.js';

const ready = setupOnce(() => requireBuiltCli());

describe('rule documentation', { timeout: 180_000 }, () => {
  it('docs/rules/<id>.md is generated from the rule headers and up to date (npm run docs)', async () => {
    ready();
    const check = await shAsync(process.execPath, ['scripts/update-readme-rules.mjs', '--check'], repoRoot, process.env);
    expect(check.status, check.stderr).toBe(0);
    for (const { meta } of rules) expect(existsSync(path.join(repoRoot, 'docs/rules', `${meta.id}.md`)), meta.id).toBe(true);
  });
  it('the pages are in the package npm pack makes', async () => {
    ready();
    const pack = await shAsync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], repoRoot, { ...process.env, npm_config_loglevel: 'silent' });
    expect(pack.status, pack.stderr).toBe(0);
    const files = new Set((JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    for (const { meta } of rules) expect(files.has(`docs/rules/${meta.id}.md`), meta.id).toBe(true);
  });
  it("each finding's url is the rule's page in the package (derived from the id)", async () => {
    ready();
    const res = await run(project(), ['err.txt', '-f', 'sarif']);
    const driver = JSON.parse(res.stdout).runs[0].tool.driver as { rules: { id: string; helpUri: string }[] };
    const skip = driver.rules.find((r) => r.id === 'no-skip-link')!;
    expect(skip.helpUri).toMatch(/docs\/rules\/no-skip-link\.md$/);
    // Without a repository in package.json, the URL is the file that ships with the package.
    if (skip.helpUri.startsWith('file:')) expect(existsSync(fileURLToPath(skip.helpUri))).toBe(true);
    const { lintText } = await import('../../src/api.js');
    const result = await lintText(SKIP_LINK, { config: { rules: { 'no-skip-link': 'error' } } });
    expect(result.messages[0]!.url).toBe(skip.helpUri);
  });
});

describe('stylish', () => {
  it('prints a long message whole, on one line', async () => {
    const reason = `${'A long explanation of what was found and why it matters to the reader '.repeat(5).trim()}.`;
    expect(reason.length).toBeGreaterThan(300);
    const message = { reason, ruleId: 'no-skip-link', severity: 1, line: 3, column: 1, message: reason } as unknown as LintMessage;
    const text = await stylish([buildResult('/tmp/a.txt', [message], undefined)], { cwd: '/tmp', color: false, rulesMeta: {} });
    const row = text.split('\n').find((l) => l.includes('3:1'))!;
    expect(row).toContain(reason);
    expect(row).toMatch(/no-skip-link$/);
  });
  it('through the CLI: every message of a run appears whole', async () => {
    ready();
    const cwd = project();
    const [asJson, asText] = await Promise.all([run(cwd, ['.', '-f', 'json']), run(cwd, ['.'])]);
    const messages = json(asJson.stdout).flatMap((r) => r.messages.map((m) => m.message));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(asText.stdout).toContain(m.replace(/\s*\n\s*/g, ' '));
  });
});
