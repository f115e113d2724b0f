#!/usr/bin/env node
/**
 * Language-server latency: how long after an edit to a ~1 MB article the editor
 * receives fresh diagnostics (the server's debounce included), over real stdio,
 * and how long after typing stops the exact whole-document findings follow.
 * Prints one JSON line; `bench/bench.mjs` reports it.
 *
 *   node bench/lsp.mjs [--mb 1] [--edits 5]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { corpus } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const targetBytes = arg('mb', 1) * 1048576;
const edits = arg('edits', 5);

// One long article: generated stories joined until the size is reached.
let text = '';
for (const story of corpus(4000, 7)) {
  if (text.length >= targetBytes) break;
  text += `${story.trim()}\n\n`;
}

const workspace = mkdtempSync(path.join(os.tmpdir(), 'articlelint-lsp-bench-'));
const server = spawn(process.execPath, [path.join(root, 'bin/articlelint-language-server.js')], { cwd: workspace, stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
let waiting;
connection.onNotification('textDocument/publishDiagnostics', (p) => waiting?.(p));
connection.listen();
const next = () => new Promise((resolve) => (waiting = resolve));

await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {} });
await connection.sendNotification('initialized', {});
const uri = pathToFileURL(path.join(workspace, 'long-article.txt')).href;

let t = performance.now();
let published = next();
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
const first = await published;
const openMs = performance.now() - t;

const latencies = [];
for (let v = 2; v < 2 + edits; v++) {
  // Type a word at the end of the first paragraph.
  const at = text.indexOf('\n');
  text = `${text.slice(0, at)} word${v}${text.slice(at)}`;
  published = next();
  t = performance.now();
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
  await published;
  latencies.push(performance.now() - t);
}
// When typing pauses, the whole-document (exact) findings follow.
published = next();
t = performance.now();
const exact = await published;
const exactAfterPauseMs = performance.now() - t;
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
rmSync(workspace, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    diagnostics: exact.diagnostics.length,
    openMs: Math.round(openMs),
    changeMedianMs: Math.round(latencies[Math.floor(latencies.length / 2)]),
    changeMaxMs: Math.round(latencies[latencies.length - 1]),
    exactAfterPauseMs: Math.round(exactAfterPauseMs),
  }),
);
