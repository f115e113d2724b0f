/** A JSON-RPC client that drives the built language server over real stdio. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const serverBin = path.join(repoRoot, 'bin/articlelint-language-server.js');

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code?: string;
  codeDescription?: { href: string };
  source: string;
  message: string;
  data?: unknown;
}

export interface TextEdit {
  range: Diagnostic['range'];
  newText: string;
}

export interface CodeAction {
  title: string;
  kind: string;
  edit?: { changes: Record<string, TextEdit[]> };
}

interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/** Applies LSP text edits (non-overlapping, as servers send them) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (p.line < starts.length ? starts[p.line]! + p.character : text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

export class LspClient {
  readonly logs: string[] = [];
  private readonly published: Published[] = [];
  private readonly waiters: { test: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  private readonly versions = new Map<string, number>();
  readonly connection: MessageConnection;
  readonly process: ChildProcessWithoutNullStreams;
  stderr = '';

  constructor(cwd: string) {
    this.process = spawn(process.execPath, [serverBin], { cwd, stdio: 'pipe' });
    this.process.stderr.on('data', (d) => (this.stderr += d));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.test(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  async initialize(root: string, initializationOptions: Record<string, unknown> = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: pathToUri(root),
      workspaceFolders: [{ uri: pathToUri(root), name: 'test' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** The next diagnostics published for `uri` (after this call) that pass `test`. */
  nextDiagnostics(uri: string, test: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        test: (p) => p.uri === uri && test(p.diagnostics),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p.diagnostics);
        },
      });
    });
  }

  open(uri: string, text: string, languageId = 'plaintext'): void {
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a full-document change). */
  change(uri: string, text: string): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  filesChanged(uris: string[]): void {
    void this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: uris.map((uri) => ({ uri, type: 2 })) });
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill('SIGKILL');
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}
