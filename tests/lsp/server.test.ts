/**
 * The language server over real stdio, driven by a JSON-RPC client as an
 * editor would: diagnostics on open, quick fixes, fix-all, config reload and
 * bad input, compared with what the CLI says of the same text.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/cli.js';
import { applyEdits, LspClient, pathToUri, repoRoot, type Diagnostic } from './client.js';

const SEED = 'seeds/003_52e97fdea4135e2b.txt';
const seedText = readFileSync(path.join(repoRoot, SEED), 'utf8');
const cliBin = path.join(repoRoot, 'bin/articlelint.js');

interface CliMessage {
  ruleId: string | null;
  line: number;
  column: number;
  severity: number;
}

function cliFindings(cwd: string, file: string, extra: string[] = []): { messages: CliMessage[]; output?: string } {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [cliBin, file, '-f', 'json', ...extra], { cwd, encoding: 'utf8' });
  } catch (error) {
    stdout = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(stdout) as { messages: CliMessage[]; output?: string }[])[0]!;
}

const key = (ruleId: unknown, line: number, column: number, severity: number) => `${String(ruleId)} ${line}:${column} ${severity}`;
const fromLsp = (d: Diagnostic) => key(d.code, d.range.start.line + 1, d.range.start.character + 1, d.severity === 1 ? 2 : 1);

let client: LspClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

function start(root: string): LspClient {
  client = new LspClient(root);
  return client;
}

/** A server on `root` with `file` open: the client, the document's URI and its first diagnostics. */
async function openIn(root: string, file: string, text: string, languageId?: string): Promise<{ lsp: LspClient; uri: string; diagnostics: Diagnostic[] }> {
  const lsp = start(root);
  await lsp.initialize(root);
  const uri = pathToUri(path.join(root, file));
  const published = lsp.nextDiagnostics(uri);
  lsp.open(uri, text, languageId);
  return { lsp, uri, diagnostics: await published };
}

describe('language server', () => {
  it('publishes the same findings as the CLI for a seed, with rule ids and docs links', async () => {
    const root = tempTree({ 'article.txt': seedText, '.articlelintrc.json': '{"extends": "articlelint:recommended"}' });
    const lsp = start(root);
    const init = await lsp.initialize(root);
    expect(init.capabilities).toHaveProperty('codeActionProvider');
    const uri = pathToUri(path.join(root, 'article.txt'));
    const published = lsp.nextDiagnostics(uri);
    lsp.open(uri, seedText);
    const diagnostics = await published;
    const cli = cliFindings(root, 'article.txt');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.map(fromLsp).sort()).toEqual(cli.messages.map((m) => key(m.ruleId, m.line, m.column, m.severity)).sort());
    for (const d of diagnostics) {
      expect(d.source).toBe('articlelint');
      expect(typeof d.code).toBe('string');
    }
    expect(diagnostics.some((d) => d.codeDescription?.href)).toBe(true);
    // Corpus-wide rules need a summary; without one the log says so once.
    expect(lsp.logs.filter((l) => l.includes('corpus-wide rules are left out'))).toHaveLength(1);
  });

  it('applies a quick fix and re-publishes without the fixed finding', async () => {
    const root = tempTree({ 'article.txt': seedText });
    const { lsp, uri, diagnostics: before } = await openIn(root, 'article.txt', seedText);
    const fixable = before.find((d) => (d.data as { fix?: unknown } | undefined)?.fix);
    expect(fixable, 'the seed has a safe fix').toBeDefined();
    const actions = await lsp.codeActions(uri, [fixable!]);
    const quick = actions.find((a) => a.kind === 'quickfix' && a.title.startsWith('Fix:'));
    expect(quick?.edit?.changes[uri]).toBeDefined();
    const fixed = applyEdits(seedText, quick!.edit!.changes[uri]!);
    expect(fixed).not.toBe(seedText);
    const next = lsp.nextDiagnostics(uri);
    lsp.change(uri, fixed);
    const after = await next;
    expect(after.length).toBeLessThan(before.length);
    expect(after.map(fromLsp)).not.toContain(fromLsp(fixable!));
  });

  it('offers source.fixAll.articlelint with the text the CLI would write', async () => {
    const root = tempTree({ 'article.txt': seedText });
    const { lsp, uri } = await openIn(root, 'article.txt', seedText);
    const actions = await lsp.codeActions(uri, [], ['source.fixAll.articlelint']);
    expect(actions).toHaveLength(1);
    const output = applyEdits(seedText, actions[0]!.edit!.changes[uri]!);
    expect(output).toBe(cliFindings(root, 'article.txt', ['--fix-dry-run']).output);
  });

  it('refreshes diagnostics when the config changes, and survives a broken config', async () => {
    const config = (rules: Record<string, string>) => JSON.stringify({ extends: 'articlelint:recommended', rules });
    const root = tempTree({ 'article.txt': seedText, '.articlelintrc.json': config({}) });
    const configFile = path.join(root, '.articlelintrc.json');
    const { lsp, uri, diagnostics: before } = await openIn(root, 'article.txt', seedText);
    const ruleId = before.find((d) => d.code)!.code!;

    writeFileSync(configFile, config({ [ruleId]: 'off' }));
    const updated = lsp.nextDiagnostics(uri);
    lsp.filesChanged([pathToUri(configFile)]);
    const after = await updated;
    expect(before.some((d) => d.code === ruleId)).toBe(true);
    expect(after.some((d) => d.code === ruleId)).toBe(false);

    writeFileSync(configFile, '{ "rules": { ');
    const onConfig = lsp.nextDiagnostics(pathToUri(configFile));
    const onArticle = lsp.nextDiagnostics(uri);
    lsp.filesChanged([pathToUri(configFile)]);
    expect(await onConfig).toHaveLength(1);
    expect(await onArticle).toHaveLength(1);
    expect(lsp.logs.some((l) => l.includes('.articlelintrc.json'))).toBe(true);

    // Still running: a repaired config clears the config diagnostic and brings the findings back.
    writeFileSync(configFile, config({}));
    const cleared = lsp.nextDiagnostics(pathToUri(configFile), (d) => d.length === 0);
    const restored = lsp.nextDiagnostics(uri, (d) => d.length === before.length);
    lsp.filesChanged([pathToUri(configFile)]);
    await cleared;
    await restored;
  });

  it('gives one diagnostic for a binary document and keeps serving others', async () => {
    const root = tempTree({ 'article.txt': seedText });
    const lsp = start(root);
    await lsp.initialize(root);
    const binary = pathToUri(path.join(root, 'data.txt'));
    const published = lsp.nextDiagnostics(binary);
    lsp.open(binary, 'PK\u0003\u0004\u0000\u0000\u0008\u0000garbage\u0000\u0001\u0002');
    const diagnostics = await published;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/binary/i);
    const uri = pathToUri(path.join(root, 'article.txt'));
    const next = lsp.nextDiagnostics(uri);
    lsp.open(uri, seedText);
    expect((await next).length).toBeGreaterThan(0);
  });

  it('in Markdown, "disable for this line" inserts a directive that silences the finding', async () => {
    const text = 'Skip to content\n\nThe council voted 7-2 to approve the plan after a four-hour debate on Tuesday night.\n';
    const root = tempTree({ 'story.md': text, '.articlelintrc.json': '{"rules": {"no-skip-link": "error"}}' });
    const { lsp, uri, diagnostics: before } = await openIn(root, 'story.md', text, 'markdown');
    expect(before.map((d) => d.code)).toEqual(['no-skip-link']);
    const actions = await lsp.codeActions(uri, before);
    const disable = actions.find((a) => a.title === 'Disable no-skip-link for this line');
    const edited = applyEdits(text, disable!.edit!.changes[uri]!);
    expect(edited.startsWith('<!-- articlelint-disable-next-line no-skip-link -->\nSkip to content\n')).toBe(true);
    const next = lsp.nextDiagnostics(uri);
    lsp.change(uri, edited);
    expect(await next).toEqual([]);
  });

  it('uses the workspace corpus summary for corpus-wide rules when there is one', async () => {
    const root = tempTree({ 'a.txt': seedText, 'b.txt': seedText });
    execFileSync(process.execPath, [cliBin, 'summarize', 'a.txt', 'b.txt', '-o', 'articlelint-summary.json'], { cwd: root });
    const { lsp, uri, diagnostics } = await openIn(root, 'a.txt', seedText);
    const cli = cliFindings(root, 'a.txt', ['--summary', 'articlelint-summary.json']);
    expect(diagnostics.map(fromLsp).sort()).toEqual(cli.messages.map((m) => key(m.ruleId, m.line, m.column, m.severity)).sort());
    expect(lsp.logs.some((l) => l.includes('corpus-wide rules are left out'))).toBe(false);
  });
});

describe('language server on a long document', () => {
  it('publishes chunk findings first, then exactly the CLI findings for the whole document', async () => {
    // Over INCREMENTAL_MIN_LENGTH: the seeds, repeated with a counter so no two paragraphs are the same.
    const seeds = ['000_6ed966ed02e41ff3', '001_8ee1bc03666afbd8', '002_295dfdbd1ff399b8', '004_b098d514eaf49ddf'].map((s) => readFileSync(path.join(repoRoot, `seeds/${s}.txt`), 'utf8'));
    let text = '';
    for (let i = 0; text.length < 300 * 1024; i++) text += `Part ${i}.\n\n${seeds[i % seeds.length]!.trim()}\n\n`;
    const root = tempTree({ 'long.txt': text });
    const lsp = start(root);
    await lsp.initialize(root);
    const uri = pathToUri(path.join(root, 'long.txt'));
    const cli = cliFindings(root, 'long.txt').messages.map((m) => key(m.ruleId, m.line, m.column, m.severity)).sort();
    const first = lsp.nextDiagnostics(uri);
    const exact = lsp.nextDiagnostics(uri, (d) => d.length === cli.length);
    lsp.open(uri, text);
    expect((await first).length).toBeGreaterThan(0);
    expect((await exact).map(fromLsp).sort()).toEqual(cli);
  }, 60_000);
});
