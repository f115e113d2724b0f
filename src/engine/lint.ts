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
}

export function lintDocumentText(text: string, filePath: string, rules: readonly ActiveRule[], options: DocumentLintOptions): LintMessage[] {
  const doc = new Document(text, filePath, { decoding: options.decoding });
  return applyDirectives(doc, runRules(doc, rules, { settings: options.config.settings, corpus: options.corpus?.rules }), options.reportUnusedDirectives);
}

/** Lints a text; with fix kinds, fixes until stable and returns the final messages and output. */
export async function lintSource(text: string, filePath: string, options: DocumentLintOptions): Promise<LintResult> {
  if (MARKDOWN_PATH.test(filePath)) await loadMarkdown();
  const rules = options.config.rules;
  const lint = (t: string) => lintDocumentText(t, filePath, rules, options);
  if (!options.fixKinds?.length) return buildResult(filePath, lint(text), undefined, text);
  const { output, messages, fixed } = await fixUntilStable(text, lint, options.fixKinds);
  return buildResult(filePath, messages, fixed ? output : undefined, text);
}

export function buildResult(filePath: string, messages: LintMessage[], output: string | undefined, source?: string): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
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

/** A file-level problem (unreadable, binary, too large): one fatal message, no rule. */
export function fatalResult(filePath: string, reason: string): LintResult {
  const message = newMessage(reason, { source: 'articlelint' });
  message.file = filePath;
  message.fatal = true;
  message.severity = 2;
  message.ruleId = undefined;
  message.fileLevel = true;
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
  };
}

/**
 * One file's corpus summary under its config (undefined: no corpus rule applies, or the file
 * cannot be read or summarised). `read` is the file already read, if it was.
 */
export async function summarizeFile(
  file: string,
  options: Pick<FileRunOptions, 'configFor' | 'maxBytes'>,
  read?: ReadOutcome,
): Promise<CorpusSummary | undefined> {
  const config = await options.configFor(file);
  const corpusRules = config.rules.filter((r) => r.rule.corpus);
  if (!corpusRules.length) return undefined;
  if (MARKDOWN_PATH.test(file)) await loadMarkdown();
  read ??= await readDocument(file, options.maxBytes);
  if (!read.ok) return undefined;
  try {
    return collectDocument(new Document(read.text, file, { decoding: read.info }), corpusRules);
  } catch {
    // A document a corpus rule cannot summarise (too large to parse, or a rule bug) is left out
    // of the summary; linting the file itself reports the problem.
    return undefined;
  }
}

/** First pass over files: the merged corpus summary. */
export async function summarizeFiles(files: readonly string[], options: Pick<FileRunOptions, 'configFor' | 'registry' | 'maxBytes'>): Promise<CorpusSummary> {
  const summary = new SummaryAccumulator(options.registry);
  for (const file of files) {
    const collected = await summarizeFile(file, options);
    if (collected) summary.add(collected);
  }
  return summary.result();
}

/** Lints one file; `read` is the file already read (by the cache check), if it was. */
export async function lintFile(file: string, options: FileRunOptions, corpus: CorpusSummary | undefined, read?: ReadOutcome): Promise<LintResult> {
  read ??= await readDocument(file, options.maxBytes);
  if (!read.ok) return fatalResult(file, read.reason);
  const config = await options.configFor(file);
  const fixKinds = options.fixKinds;
  let result: LintResult;
  try {
    result = await lintSource(read.text, file, { config, corpus, fixKinds, decoding: read.info, reportUnusedDirectives: options.reportUnusedDirectives });
  } catch (error) {
    // An engine failure on one document (a parser overflowing on pathological text) must not stop the run.
    return fatalResult(file, `internal error while linting: ${describeError(error)}`);
  }
  const legacy = !/^utf-(8|16le|16be)$/i.test(read.info.encoding);
  // A file confidently decoded from a legacy code page is rewritten as UTF-8 by a safe --fix
  // even when no rule changed its text (the file-encoding rule reports it; the note says so).
  if (legacy && read.info.writable && options.write && fixKinds?.includes('safe') && result.output === undefined) {
    result = buildResult(file, result.messages, read.text, result.source);
  }
  if (result.output !== undefined && options.write) {
    if (!read.info.writable) {
      result.messages.push(fatalResult(file, 'not written: the file is not valid UTF-8 and fixing would lose its original bytes').messages[0]!);
      return buildResult(file, result.messages, result.output, result.source);
    }
    try {
      await writeFileAtomic(file, encodeText(result.output, read.info), read.bytes);
    } catch (error) {
      const reason = error instanceof StaleFileError ? 'changed on disk while linting; fix not written' : `fix not written: ${describeError(error)}`;
      result.messages.push(fatalResult(file, reason).messages[0]!);
      return buildResult(file, result.messages, result.output, result.source);
    }
    if (legacy) {
      // encodeText writes legacy code pages back as UTF-8: say so, the bytes of every accented letter changed.
      const note = fatalResult(file, `fixed and converted from ${read.info.encoding} to UTF-8`).messages[0]!;
      note.severity = 1;
      note.fatal = false;
      result.messages.push(note);
      return buildResult(file, result.messages, result.output, result.source);
    }
  }
  return result;
}

export async function lintFileList(files: readonly string[], options: FileRunOptions): Promise<LintResult[]> {
  let corpus = options.corpus;
  if (!corpus && options.corpusPass !== false && files.length > 1) corpus = await summarizeFiles(files, options);
  const results: LintResult[] = [];
  for (const file of files) results.push(await lintFile(file, options, corpus));
  return results;
}
