/**
 * articlelint as a language server (LSP over stdio): diagnostics for plain-text
 * and Markdown articles on open and on change, quick fixes, "fix all", and a
 * refresh when a config, ignore or suppressions file changes.
 *
 * Each lint resolves the configuration afresh (the CLI's cosmiconfig search from
 * the document's folder), so an edited config applies on the next lint; watched
 * file events only trigger that next lint for every open document.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixText, lintText, rules, type CorpusSummary, type LintResult, type RuleEntry } from '../api.js';
import { isCorpusSummary } from '../engine/corpus.js';
import { ConfigError } from '../errors.js';
import { applySuppressions, DEFAULT_SUPPRESSIONS_FILE, loadSuppressions, type Suppressions } from '../suppressions.js';
import { splitChunks } from './chunks.js';
import { FIX_ALL_KIND, minimalEdit, quickFixes, toDiagnostic } from './diagnostics.js';

/** Client settings, from `initializationOptions`. */
export interface ServerSettings {
  /** A merged corpus summary (`articlelint merge-summaries … -o`) for the corpus-wide rules; relative to the workspace. */
  summary?: string;
  /** Quiet time after the last keystroke before a document is linted again (ms). */
  debounceMs?: number;
  /** Documents larger than this are not linted (bytes of UTF-16 text, as the editor holds it). */
  maxBytes?: number;
}

/** The workspace summary the server looks for when the client names none. */
export const DEFAULT_SUMMARY_FILE = 'articlelint-summary.json';
const DEFAULT_DEBOUNCE_MS = 150;
/**
 * Documents at least this long are linted incrementally while typing: the
 * changed chunks at once (findings in the context of their chunk), the whole
 * document once typing pauses for FULL_LINT_IDLE_MS (findings exactly as the CLI's).
 */
export const INCREMENTAL_MIN_LENGTH = 256 * 1024;
const FULL_LINT_IDLE_MS = 1500;
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const ARTICLE_LANGUAGES = new Set(['plaintext', 'text', 'markdown']);
const ARTICLE_PATH = /\.(?:txt|text|md|markdown)$/i;
const MARKDOWN_PATH = /\.(?:md|markdown)$/i;
/** Files whose change can change a document's findings. */
const WATCHED_GLOBS = [
  '**/package.json',
  '**/.articlelintrc',
  '**/.articlelintrc.{json,yaml,yml,js,cjs,mjs}',
  '**/articlelint.config.{js,cjs,mjs}',
  '**/.articlelintignore',
  `**/${DEFAULT_SUPPRESSIONS_FILE}`,
  `**/${DEFAULT_SUMMARY_FILE}`,
];

function looksBinary(text: string): boolean {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) controls++;
  }
  return controls > sample.length * 0.1;
}

function fileDiagnostic(message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Error): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, source: 'articlelint', message };
}

export class ArticleLanguageServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly fullLintTimers = new Map<string, NodeJS.Timeout>();
  /** Findings of a chunk by its text, per document (only the current chunks are kept). */
  private readonly chunkFindings = new Map<string, Map<string, LintResult>>();
  /** Config files that currently carry a "broken config" diagnostic. */
  private readonly brokenConfigs = new Set<string>();
  private root = process.cwd();
  private settings: ServerSettings = {};
  private corpusNoteShown = false;
  private dynamicWatch = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly connection: Connection) {
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.registerWatchers(connection));
    connection.onCodeAction((params) => this.codeActions(params.textDocument.uri, params.context.diagnostics, params.context.only));
    connection.onDidChangeWatchedFiles(() => this.relintAll());
    connection.onShutdown(() => [...this.timers.values(), ...this.fullLintTimers.values()].forEach((t) => clearTimeout(t)));
    this.documents.onDidOpen((e) => this.schedule(e.document, 0));
    this.documents.onDidChangeContent((e) => this.schedule(e.document, this.settings.debounceMs ?? DEFAULT_DEBOUNCE_MS));
    this.documents.onDidClose((e) => {
      for (const timers of [this.timers, this.fullLintTimers]) {
        clearTimeout(timers.get(e.document.uri));
        timers.delete(e.document.uri);
      }
      this.chunkFindings.delete(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    this.documents.listen(connection);
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) this.root = fileURLToPath(folder);
    else if (params.rootPath) this.root = params.rootPath;
    this.settings = (params.initializationOptions ?? {}) as ServerSettings;
    this.dynamicWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'articlelint' },
    };
  }

  private async registerWatchers(connection: Connection): Promise<void> {
    if (!this.dynamicWatch) return;
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) });
  }

  private isArticle(doc: TextDocument): boolean {
    return ARTICLE_LANGUAGES.has(doc.languageId) || ARTICLE_PATH.test(doc.uri);
  }

  private filePath(doc: TextDocument): string {
    if (doc.uri.startsWith('file:')) return fileURLToPath(doc.uri);
    // An unsaved buffer: lint it as a file of the workspace, with the extension its language implies.
    return path.join(this.root, `untitled${doc.languageId === 'markdown' ? '.md' : '.txt'}`);
  }

  private schedule(doc: TextDocument, delay: number, timers = this.timers, whole = false): void {
    if (!this.isArticle(doc)) return;
    clearTimeout(this.fullLintTimers.get(doc.uri));
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        // One lint at a time: rules are CPU-bound, and a queue keeps results in order.
        this.queue = this.queue.then(() => this.validate(doc.uri, whole)).catch((error) => this.connection.console.error(`articlelint: ${String(error)}`));
      }, delay),
    );
  }

  private relintAll(): void {
    this.workspace = undefined;
    this.chunkFindings.clear();
    for (const doc of this.documents.all()) this.schedule(doc, 0);
  }

  /**
   * The workspace's corpus summary and suppressions, read once rather than on
   * every keystroke, and again after a watched file changes.
   */
  private workspace?: Promise<{ corpusOptions: { corpus?: CorpusSummary; rules?: Record<string, RuleEntry> }; suppressions: Suppressions }>;

  private workspaceFiles(): NonNullable<typeof this.workspace> {
    this.workspace ??= (async () => ({
      corpusOptions: await this.readCorpusOptions(),
      suppressions: await loadSuppressions(path.join(this.root, DEFAULT_SUPPRESSIONS_FILE)).catch((error: Error) => {
        this.connection.console.warn(`articlelint: ${error.message}`);
        return {};
      }),
    }))();
    return this.workspace;
  }

  private async readCorpusOptions(): Promise<{ corpus?: CorpusSummary; rules?: Record<string, RuleEntry> }> {
    const file = path.resolve(this.root, this.settings.summary ?? DEFAULT_SUMMARY_FILE);
    try {
      const data: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
      if (isCorpusSummary(data)) return { corpus: data };
      this.connection.console.warn(`articlelint: ${file} is not an articlelint corpus summary; corpus-wide rules are left out`);
    } catch (error) {
      if (this.settings.summary !== undefined || (error as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.connection.console.warn(`articlelint: cannot read corpus summary ${file}: ${(error as Error).message}`);
      }
    }
    const corpusRules = rules.filter((r) => r.corpus).map((r) => r.meta.id);
    if (!this.corpusNoteShown && corpusRules.length) {
      this.corpusNoteShown = true;
      this.connection.console.info(
        `articlelint: no corpus summary (${path.relative(this.root, file) || file}); corpus-wide rules are left out: ${corpusRules.join(', ')}`,
      );
    }
    return { rules: Object.fromEntries(corpusRules.map((id) => [id, 'off' as RuleEntry])) };
  }

  /** Lints a text as the document `doc` (safe fixes in `output` when `fix`). */
  private async lint(doc: TextDocument, text: string, fix: boolean): Promise<LintResult> {
    const filePath = this.filePath(doc);
    const { corpusOptions, suppressions } = await this.workspaceFiles();
    const result = await lintText(text, { filePath, cwd: this.root, fix, ...corpusOptions });
    return applySuppressions([result], this.root, suppressions).results[0]!;
  }

  /** The findings of each chunk of a long document, linting only chunks not seen before. */
  private async lintChunks(doc: TextDocument, text: string): Promise<Diagnostic[]> {
    const previous = this.chunkFindings.get(doc.uri) ?? new Map<string, LintResult>();
    const current = new Map<string, LintResult>();
    const diagnostics: Diagnostic[] = [];
    for (const chunk of splitChunks(text)) {
      const result = current.get(chunk.text) ?? previous.get(chunk.text) ?? (await this.lint(doc, chunk.text, false));
      current.set(chunk.text, result);
      for (const m of result.messages) diagnostics.push(toDiagnostic(doc, m, chunk.start));
    }
    this.chunkFindings.set(doc.uri, current);
    return diagnostics;
  }

  private async validate(uri: string, whole: boolean): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const text = doc.getText();
    let diagnostics: Diagnostic[];
    if (looksBinary(text)) diagnostics = [fileDiagnostic('Binary content (NUL or control characters): not linted.')];
    else if (text.length * 2 > (this.settings.maxBytes ?? DEFAULT_MAX_BYTES)) diagnostics = [fileDiagnostic('Document too large: not linted.', DiagnosticSeverity.Warning)];
    else {
      try {
        if (!whole && text.length >= INCREMENTAL_MIN_LENGTH) {
          diagnostics = await this.lintChunks(doc, text);
          // The exact, whole-document findings follow when typing pauses.
          this.schedule(doc, FULL_LINT_IDLE_MS, this.fullLintTimers, true);
        } else {
          diagnostics = (await this.lint(doc, text, false)).messages.map((m) => toDiagnostic(doc, m));
        }
        await this.clearConfigProblems();
      } catch (error) {
        diagnostics = [fileDiagnostic(`articlelint could not lint this file: ${(error as Error).message.split('\n')[0]}`)];
        if (error instanceof ConfigError) await this.reportConfigProblem(error);
        else this.connection.console.error(`articlelint: ${uri}: ${(error as Error).message}`);
      }
    }
    // A newer version is already scheduled or linted: these findings are stale.
    if (this.documents.get(uri)?.version !== version) return;
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private async reportConfigProblem(error: ConfigError): Promise<void> {
    this.connection.console.error(`articlelint: ${error.message}`);
    const file = path.resolve(this.root, error.file);
    this.brokenConfigs.add(file);
    await this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [fileDiagnostic(error.message)] });
  }

  private async clearConfigProblems(): Promise<void> {
    for (const file of this.brokenConfigs) await this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
    this.brokenConfigs.clear();
  }

  private async codeActions(uri: string, diagnostics: Diagnostic[], only: string[] | undefined): Promise<CodeAction[]> {
    const doc = this.documents.get(uri);
    if (!doc || !this.isArticle(doc)) return [];
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions = wants(CodeActionKind.QuickFix) ? quickFixes(doc, diagnostics, MARKDOWN_PATH.test(this.filePath(doc))) : [];
    const fixable = diagnostics.some((d) => (d.data as { fix?: unknown } | undefined)?.fix);
    if (wants(FIX_ALL_KIND) && (only || fixable)) {
      const before = doc.getText();
      const { output } = await fixText(before, { filePath: this.filePath(doc), cwd: this.root, ...(await this.workspaceFiles()).corpusOptions });
      if (output !== before) {
        actions.push({ title: 'Fix all safe articlelint problems in this file', kind: FIX_ALL_KIND, edit: { changes: { [uri]: [minimalEdit(doc, before, output)] } } });
      }
    }
    return actions;
  }
}

/** Starts a server on the given streams (stdio by default) and resolves when the client exits. */
export function startServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Connection {
  const connection = createConnection(input, output);
  new ArticleLanguageServer(connection);
  connection.listen();
  return connection;
}
