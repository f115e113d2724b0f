/**
 * The pipeline for one document and for a set of files:
 * read → decode → Document → rules → messages → (fix loop) → result.
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeBytes, encodeText, type DecodeInfo } from './decode.js';
import { Document } from './document.js';
import { describeError } from './files.js';
import { newMessage, runRules } from './runner.js';
import { applyDirectives } from './directives.js';
import { loadMarkdown, MARKDOWN_PATH } from './markdown.js';
import { collectDocument, SummaryAccumulator, type CorpusSummary } from './corpus.js';
import { loadRuleCode } from './lazy-rules.js';
import { fixUntilStable } from '../fix/apply.js';
import { StaleFileError, writeFileAtomic } from '../fix/write.js';
import type { ActiveRule, FixKind, LintMessage, LintResult, RuleRegistry } from '../types.js';
import type { ConfigLoader, FileConfig } from '../config/load.js';
import { fixKindsOf, type LintOptions, type WorkerLintOptions } from '../options.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface DocumentLintOptions {
  config: FileConfig;
  corpus?: CorpusSummary;
  /** Fix kinds to apply; none means lint only. */
  fixKinds?: readonly FixKind[];
  decoding?: DecodeInfo;
  /** Severity for unused Markdown disable directives (0: not reported). */
  reportUnusedDirectives?: 0 | 1 | 2;
  /** The run's root, for `DocumentView.relativePath` (default: the working folder). */
  root?: string;
  /** The document of the text, already open (by the corpus pass), for the first round. */
  opened?: Document;
}

/** The one way a text becomes a Document, for linting and for the corpus pass alike. */
async function openDocument(text: string, filePath: string, options: Pick<DocumentLintOptions, 'decoding' | 'root'>): Promise<Document> {
  if (MARKDOWN_PATH.test(filePath)) await loadMarkdown();
  return new Document(text, filePath, options);
}

/** The document's findings; those a Markdown directive silenced are pushed to `suppressed` when given. */
export function lintDocument(doc: Document, rules: readonly ActiveRule[], options: DocumentLintOptions, suppressed?: LintMessage[]): LintMessage[] {
  const outcome = applyDirectives(doc, runRules(doc, rules, { settings: options.config.settings, corpus: options.corpus?.rules }), options.reportUnusedDirectives);
  suppressed?.push(...outcome.suppressed);
  return outcome.messages;
}

/** Lints a text; with fix kinds, fixes until stable and returns the final messages and output. */
export async function lintSource(text: string, filePath: string, options: DocumentLintOptions): Promise<LintResult> {
  const rules = options.config.rules;
  await loadActiveRules(rules);
  const doc = options.opened ?? (await openDocument(text, filePath, options));
  // Directives are re-read on each fix pass; the silenced findings are those of the last text.
  let suppressed: LintMessage[] = [];
  // The first round reuses the document already open; later rounds lint the fixed text.
  const lint = (t: string) => lintDocument(t === text ? doc : new Document(t, filePath, options), rules, options, (suppressed = []));
  const withSuppressed = (result: LintResult) => {
    if (suppressed.length) result.suppressedMessages = suppressed;
    return result;
  };
  if (!options.fixKinds?.length) return withSuppressed(buildResult(filePath, lint(text), undefined, text));
  const { output, messages, fixed } = await fixUntilStable(text, lint, options.fixKinds);
  return withSuppressed(buildResult(filePath, messages, fixed ? output : undefined, text));
}

/** The code of the configured rules, where the registry loads it on first use (the bundle's). */
function loadActiveRules(rules: readonly ActiveRule[]): Promise<void> {
  return loadRuleCode(rules.map((r) => r.rule));
}

const corpusRulesOfConfig = new WeakMap<FileConfig, readonly ActiveRule[]>();

/** The corpus rules of a config (configs are shared by the files of a run, so found once each). */
function corpusRulesOf(config: FileConfig): readonly ActiveRule[] {
  let rules = corpusRulesOfConfig.get(config);
  if (!rules) {
    rules = config.rules.filter((r) => r.rule.corpus);
    corpusRulesOfConfig.set(config, rules);
  }
  return rules;
}

/** Map step of the corpus pass for one text, with the Document it opened (the same, and the same Markdown decision, as linting). */
async function summarizeOpened(
  text: string,
  filePath: string,
  corpusRules: readonly ActiveRule[],
  options: Pick<DocumentLintOptions, 'decoding' | 'root'>,
): Promise<{ doc: Document; summary: CorpusSummary | undefined }> {
  await loadActiveRules(corpusRules);
  const doc = await openDocument(text, filePath, options);
  try {
    return { doc, summary: collectDocument(doc, corpusRules) };
  } catch {
    // A document a corpus rule cannot summarise (too large to parse, or a rule bug) is left out
    // of the summary; linting it reports the problem.
    return { doc, summary: undefined };
  }
}

/** Map step of the corpus pass for one text. */
export async function summarizeSource(text: string, filePath: string, config: FileConfig, options: Pick<DocumentLintOptions, 'decoding' | 'root'>): Promise<CorpusSummary | undefined> {
  const corpusRules = corpusRulesOf(config);
  return corpusRules.length ? (await summarizeOpened(text, filePath, corpusRules, options)).summary : undefined;
}

export function buildResult(filePath: string, messages: LintMessage[], output: string | undefined, source?: string): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.informational) continue;
    if (m.severity === 2) {
      errorCount++;
      if (m.fileLevel) fatalErrorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  const result: LintResult = { filePath, messages, errorCount, warningCount, fatalErrorCount, fixableErrorCount, fixableWarningCount };
  if (output !== undefined) result.output = output;
  if (source !== undefined) result.source = source;
  return result;
}

/** A message about the file itself (unreadable, binary, too large, not written), from no rule. */
export function fileMessage(filePath: string, reason: string, severity: 1 | 2 = 2): LintMessage {
  const message = newMessage(reason, { source: 'articlelint' });
  message.file = filePath;
  message.fatal = severity === 2;
  message.severity = severity;
  message.ruleId = undefined;
  message.fileLevel = true;
  return message;
}

/** A file-level problem (unreadable, binary, too large): one fatal message, no rule. */
export function fatalResult(filePath: string, reason: string): LintResult {
  return buildResult(filePath, [fileMessage(filePath, reason)], undefined);
}

/** ESLint's result for a file named explicitly but ignored: one warning, nothing linted. */
export const IGNORED_FILE_MESSAGE = 'File ignored because of a matching ignore pattern. Use "--no-ignore" to override.';

export function ignoredResult(filePath: string): LintResult {
  const message = newMessage(IGNORED_FILE_MESSAGE, { source: 'articlelint' });
  message.file = filePath;
  message.fatal = false;
  message.severity = 1;
  message.ruleId = undefined;
  return buildResult(filePath, [message], undefined);
}

export type ReadOutcome = { ok: true; bytes: Buffer; text: string; info: DecodeInfo; size: number; mtimeMs: number } | { ok: false; reason: string };

function tooLarge(size: number, maxBytes: number): ReadOutcome {
  return { ok: false, reason: `too large (${(size / 1048576).toFixed(1)} MB > ${(maxBytes / 1048576).toFixed(1)} MB limit), skipped` };
}

/** Reads up to `limit` bytes from an open file, into one buffer sized from `expected`. */
function readBounded(fd: number, expected: number, limit: number): Buffer {
  // One spare byte lets the read see end-of-file without growing the buffer.
  let buf = Buffer.allocUnsafe(Math.max(1, Math.min(expected + 1, limit)));
  let length = 0;
  for (;;) {
    if (length === buf.length) {
      if (buf.length >= limit) break;
      const grown = Buffer.allocUnsafe(Math.min(limit, Math.max(buf.length * 2, 65536)));
      buf.copy(grown, 0, 0, length);
      buf = grown;
    }
    const bytesRead = readSync(fd, buf, length, buf.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buf.subarray(0, length);
}

/**
 * Reads and decodes one file. Synchronous inside: a run reads files one after
 * another anyway, and four thread-pool round trips per small file (open, stat,
 * read, close) cost several times the read itself.
 */
export async function readDocument(filePath: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadOutcome> {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a FIFO named like an article must not block the run waiting for a writer.
    // The checks below use the open descriptor, so the file cannot be swapped between check and read.
    fd = openSync(filePath, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'is a folder' };
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file (FIFO, socket or device), skipped' };
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    // At most maxBytes + 1 bytes: a file that grows after the stat cannot slip past the limit.
    const bytes = readBounded(fd, stat.size, maxBytes + 1);
    if (bytes.length > maxBytes) return tooLarge(Math.max(bytes.length, stat.size), maxBytes);
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return { ok: false, reason: decoded.reason };
    return { ok: true, bytes, text: decoded.text, info: decoded.info, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch (error) {
    return { ok: false, reason: `cannot read: ${describeError(error)}` };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing to do: the content is read
      }
    }
  }
}

/** A file as the corpus pass read it, and the document it summarised (absent: not kept). */
export interface OpenedFile {
  read: ReadOutcome;
  doc?: Document;
}

/** What a kept file holds: its bytes, and its text and lines (~4 bytes a character). */
const memoryOf = (read: Extract<ReadOutcome, { ok: true }>): number => read.bytes.length + 4 * read.text.length;

/**
 * What the corpus pass of a thread read and opened, kept for its lint pass: a file is then read,
 * decoded and split into lines once, and the analyses its summary computed (`doc.memo`, which
 * depend on the document alone) are not computed again. Within a budget of memory; beyond it,
 * the lint pass reads the file again. A document whose natural-language tree was built is not
 * kept (the tree is ~150 bytes a character), only what was read.
 */
export class OpenedFiles {
  private readonly files = new Map<string, OpenedFile>();
  private used = 0;

  /** `budget`: bytes of file content, counted as `memoryOf` does. */
  constructor(private readonly budget = 64 * 1024 * 1024) {}

  keep(file: string, read: Extract<ReadOutcome, { ok: true }>, doc: Document | undefined): void {
    const cost = memoryOf(read);
    if (this.used + cost > this.budget || this.files.has(file)) return;
    this.used += cost;
    this.files.set(file, { read, doc: doc?.hasTree ? undefined : doc });
  }

  /** The file as kept, once (the lint pass takes it, and the memory is freed with it), its document reopened for linting. */
  take(file: string): OpenedFile | undefined {
    const opened = this.files.get(file);
    if (!opened) return undefined;
    this.drop(file);
    return { read: opened.read, doc: opened.doc?.reopened() };
  }

  /** Frees a kept file that this thread will not lint. */
  drop(file: string): void {
    const opened = this.files.get(file);
    if (!opened) return;
    this.files.delete(file);
    if (opened.read.ok) this.used -= memoryOf(opened.read);
  }
}

export interface FileRunOptions {
  configFor: (filePath: string) => Promise<FileConfig>;
  registry: RuleRegistry;
  fixKinds?: readonly FixKind[];
  /** Write fixes to disk (`--fix`); otherwise `output` only (`--fix-dry-run`). */
  write?: boolean;
  maxBytes?: number;
  /** A merged summary from elsewhere (`--summary`); skips the first pass. */
  corpus?: CorpusSummary;
  /** Whether to run the corpus first pass when no summary is given. */
  corpusPass?: boolean;
  /** Severity for unused Markdown disable directives (0: not reported). */
  reportUnusedDirectives?: 0 | 1 | 2;
  /** The run's root: summaries and messages name files relative to it. */
  root: string;
  /** Where the corpus pass keeps what it opened for the lint pass of the same thread (none: nothing is kept). */
  opened?: OpenedFiles;
}

/** What the file pipeline needs from a run's options (the same in the main thread and in workers). */
export function fileRunOptions(loader: ConfigLoader, registry: RuleRegistry, options: WorkerLintOptions & Pick<LintOptions, 'corpus'>): FileRunOptions {
  return {
    configFor: (file) => loader.forFile(file),
    registry,
    fixKinds: fixKindsOf(options),
    write: options.write,
    maxBytes: options.maxBytes,
    corpus: options.corpus,
    reportUnusedDirectives: options.reportUnusedDirectives,
    root: options.cwd ?? process.cwd(),
  };
}

/**
 * One file's corpus summary under its config (undefined: no corpus rule applies, or the file
 * cannot be read or summarised). `read` is the file already read, if it was. What it read and
 * opened goes to `options.opened`, for the lint pass.
 */
export async function summarizeFile(
  file: string,
  options: Pick<FileRunOptions, 'configFor' | 'maxBytes' | 'root' | 'opened'>,
  read?: ReadOutcome,
): Promise<CorpusSummary | undefined> {
  const corpusRules = corpusRulesOf(await options.configFor(file));
  if (!corpusRules.length) return undefined;
  read ??= await readDocument(file, options.maxBytes);
  if (!read.ok) return undefined;
  const { doc, summary } = await summarizeOpened(read.text, file, corpusRules, { decoding: read.info, root: options.root });
  options.opened?.keep(file, read, summary && doc);
  return summary;
}

/** First pass over files: the merged corpus summary. */
export async function summarizeFiles(files: readonly string[], options: Pick<FileRunOptions, 'configFor' | 'registry' | 'maxBytes' | 'root'>): Promise<CorpusSummary> {
  const summary = new SummaryAccumulator(options.registry);
  await loadRuleCode(options.registry.values());
  for (const file of files) {
    const collected = await summarizeFile(file, options);
    if (collected) summary.add(collected);
  }
  return summary.result();
}

/** The file as the corpus pass of this thread kept it, else read now. */
async function openFile(file: string, options: Pick<FileRunOptions, 'maxBytes' | 'opened'>): Promise<OpenedFile> {
  return options.opened?.take(file) ?? { read: await readDocument(file, options.maxBytes) };
}

/**
 * One file: read (or take what the caller or the corpus pass read) → decode → lint → fix → write.
 * Every problem with the file itself becomes a file-level message; the run goes on.
 */
export async function lintFile(file: string, options: FileRunOptions, corpus: CorpusSummary | undefined, opened?: OpenedFile): Promise<LintResult> {
  opened ??= await openFile(file, options);
  const { read, doc } = opened;
  if (!read.ok) return fatalResult(file, read.reason);
  const config = await options.configFor(file);
  const lintAs = (fixKinds: readonly FixKind[] | undefined) =>
    lintSource(read.text, file, { config, corpus, fixKinds, decoding: read.info, reportUnusedDirectives: options.reportUnusedDirectives, root: options.root, opened: doc });
  let result: LintResult;
  let keepsItsEncoding: boolean;
  try {
    result = await lintAs(options.fixKinds);
    // A legacy file is fixed (and written as UTF-8) only when a finding's fix is that conversion, by the consent
    // of its rule's options. Otherwise it stays as it is, and so must its report: the findings of the text unfixed.
    keepsItsEncoding = isLegacyEncoding(read.info) && !result.messages.some((m) => m.convertsFileToUtf8);
    if (keepsItsEncoding && result.output !== undefined) result = await lintAs(undefined);
  } catch (error) {
    // An engine failure on one document (a parser overflowing on pathological text) must not stop the run.
    return fatalResult(file, `internal error while linting: ${describeError(error)}`);
  }
  if (!options.write || keepsItsEncoding) return result;
  return writeFixes(file, options.fixKinds?.includes('safe') ? withEncodingConversion(result, read) : result, read);
}

/** `result` with other messages or output, keeping the findings directives silenced. */
function rebuilt(result: LintResult, messages: LintMessage[], output: string | undefined): LintResult {
  const next = buildResult(result.filePath, messages, output, result.source);
  if (result.suppressedMessages) next.suppressedMessages = result.suppressedMessages;
  return next;
}

function isLegacyEncoding(info: DecodeInfo): boolean {
  return !/^utf-(8|16le|16be)$/i.test(info.encoding);
}

/**
 * A file confidently decoded from a legacy code page is rewritten as UTF-8 by a
 * safe --fix even when no rule changed its text (file-encoding reports it).
 */
function withEncodingConversion(result: LintResult, read: Extract<ReadOutcome, { ok: true }>): LintResult {
  if (result.output !== undefined || !isLegacyEncoding(read.info) || !read.info.writable) return result;
  return rebuilt(result, result.messages, read.text);
}

/** Writes the fixed text back in the file's encoding; what goes wrong (or the conversion) becomes a file-level message. */
async function writeFixes(file: string, result: LintResult, read: Extract<ReadOutcome, { ok: true }>): Promise<LintResult> {
  if (result.output === undefined) return result;
  const noted = (reason: string, severity: 1 | 2) => rebuilt(result, [...result.messages, fileMessage(file, reason, severity)], result.output);
  if (!read.info.writable) return noted('not written: the file is not valid UTF-8 and fixing would lose its original bytes', 2);
  try {
    await writeFileAtomic(file, encodeText(result.output, read.info), read.bytes);
  } catch (error) {
    return noted(error instanceof StaleFileError ? 'changed on disk while linting; fix not written' : `fix not written: ${describeError(error)}`, 2);
  }
  if (!isLegacyEncoding(read.info)) return result;
  // encodeText writes legacy code pages back as UTF-8: say so in a note that is no warning, and drop
  // file-encoding's finding, which the conversion resolved (the next run reads UTF-8).
  const note = fileMessage(file, `converted from ${read.info.encoding} to UTF-8`, 1);
  note.informational = true;
  return rebuilt(result, [...result.messages.filter((m) => m.ruleId !== 'file-encoding'), note], result.output);
}

export async function lintFileList(files: readonly string[], options: FileRunOptions): Promise<LintResult[]> {
  let corpus = options.corpus;
  if (!corpus && options.corpusPass !== false && files.length > 1) corpus = await summarizeFiles(files, options);
  const results: LintResult[] = [];
  for (const file of files) results.push(await lintFile(file, options, corpus));
  return results;
}
