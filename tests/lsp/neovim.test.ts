/**
 * End to end with a real editor: Neovim's built-in LSP client starts the server,
 * opens a seed, and the test reads the diagnostics the editor received.
 * (Debian's Neovim is 0.7, which has `vim.lsp.start_client`; `vim.lsp.start` came in 0.8.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/cli.js';
import { repoRoot, serverBin } from './client.js';

const SCRIPT = `
local id = vim.lsp.start_client({ name = 'articlelint', cmd = { os.getenv('NODE_BIN'), os.getenv('LSP_BIN') }, root_dir = vim.fn.getcwd() })
vim.cmd('edit article.txt')
vim.lsp.buf_attach_client(0, id)
local ok = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local list = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(list, { line = d.lnum + 1, column = d.col + 1, severity = d.severity, code = d.code or lsp.code or vim.NIL })
end
local f = io.open(os.getenv('LSP_OUT'), 'w')
f:write(vim.fn.json_encode({ ok = ok, diagnostics = list }))
f:close()
vim.lsp.stop_client(id)
vim.cmd('qa!')
`;

describe('Neovim as the client', () => {
  it('receives the CLI findings for a seed', () => {
    const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (nvim.error || nvim.status !== 0) throw new Error('nvim not found on PATH: install Debian\'s package "neovim" (apt-get install -y neovim)');
    const root = tempTree({ 'client.lua': SCRIPT });
    copyFileSync(path.join(repoRoot, 'seeds/000_6ed966ed02e41ff3.txt'), path.join(root, 'article.txt'));
    const out = path.join(root, 'out.json');
    writeFileSync(out, '');
    execFileSync('nvim', ['--headless', '--clean', '-c', 'luafile client.lua'], {
      cwd: root,
      env: { ...process.env, NODE_BIN: process.execPath, LSP_BIN: serverBin, LSP_OUT: out },
      timeout: 60_000,
      stdio: 'ignore',
    });
    const received = JSON.parse(readFileSync(out, 'utf8')) as { ok: boolean; diagnostics: { line: number; column: number; severity: number; code: string }[] };
    expect(received.ok).toBe(true);
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [path.join(repoRoot, 'bin/articlelint.js'), 'article.txt', '-f', 'json'], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      stdout = (error as { stdout: string }).stdout;
    }
    const cli = (JSON.parse(stdout) as { messages: { ruleId: string; line: number; column: number; severity: number }[] }[])[0]!.messages;
    // Neovim's severities: 1 error, 2 warning (LSP's numbering).
    const fromEditor = received.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.severity === 1 ? 2 : 1}`).sort();
    expect(fromEditor).toEqual(cli.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.severity}`).sort());
  });
});
