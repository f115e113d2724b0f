/**
 * The pipeline for one document and for a set of files:
 * read → decode → Document → rules → messages → (fix loop) → result.
 */
import { promises as fs } from 'node:fs';
import { VFileMessage } from 'vfile-message';
import { decodeBytes, encodeText, type DecodeInfo } from './decode.js';
import { Document } from './document.js';
import { describeError } from './files.js';
import { runRules, type ActiveRule } from './runner.js';
import { collectDocument, emptySummary, mergeSummaries, type CorpusSummary } from './corpus.js';
import { fixUntilStable } from '../fix/apply.js';
import { StaleFileError, writeFileAtomic } from '../fix/write.js';
import type { FixKind, LintMessage, LintResult, Rule } from '../types.js';
import type { FileConfig } from '../config/load.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface DocumentLintOptions {
  config: FileConfig;
  corpus?: CorpusSummary;
  /** Fix kinds to apply; none means lint only. */
  fixKinds?: readonly FixKind[];
  decoding?: DecodeInfo;
}

export function lintDocumentText(text: string, filePath: string, rules: readonly ActiveRule[], options: DocumentLintOptions): LintMessage[] {
  const doc = new Document(text, filePath, { decoding: options.decoding });
  return runRules(doc, rules, { settings: options.config.settings, corpus: options.corpus?.rules });
}

/** Lints a text; with fix kinds, fixes until stable and returns the final messages and output. */
export async function lintSource(text: string, filePath: string, options: DocumentLintOptions): Promise<LintResult> {
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
      if (m.ruleId === undefined || m.ruleId === null) fatalErrorCount++;
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
  const message = new VFileMessage(reason, { source: 'articlelint' }) as LintMessage;
  message.file = filePath;
  message.fatal = true;
  message.severity = 2;
  message.ruleId = undefined;
  return buildResult(filePath, [message], undefined);
}

export type ReadOutcome = { ok: true; bytes: Buffer; text: string; info: DecodeInfo } | { ok: false; reason: string };

export async function readDocument(filePath: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadOutcome> {
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) return { ok: false, reason: 'is a folder' };
    if (stat.size > maxBytes) {
      return { ok: false, reason: `too large (${(stat.size / 1048576).toFixed(1)} MB > ${(maxBytes / 1048576).toFixed(1)} MB limit), skipped` };
    }
    const bytes = await fs.readFile(filePath);
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return { ok: false, reason: decoded.reason };
    return { ok: true, bytes, text: decoded.text, info: decoded.info };
  } catch (error) {
    return { ok: false, reason: `cannot read: ${describeError(error)}` };
  }
}

export interface FileRunOptions {
  configFor: (filePath: string) => Promise<FileConfig>;
  registry: ReadonlyMap<string, Rule>;
  fixKinds?: readonly FixKind[];
  /** Write fixes to disk (`--fix`); otherwise `output` only (`--fix-dry-run`). */
  write?: boolean;
  maxBytes?: number;
  /** A merged summary from elsewhere (`--summary`); skips the first pass. */
  corpus?: CorpusSummary;
  /** Whether to run the corpus first pass when no summary is given. */
  corpusPass?: boolean;
}

/** First pass over files: the merged corpus summary. */
export async function summarizeFiles(files: readonly string[], options: Pick<FileRunOptions, 'configFor' | 'registry' | 'maxBytes'>): Promise<CorpusSummary> {
  let summary = emptySummary();
  for (const file of files) {
    const config = await options.configFor(file);
    const corpusRules = config.rules.filter((r) => r.rule.corpus);
    if (!corpusRules.length) continue;
    const read = await readDocument(file, options.maxBytes);
    if (!read.ok) continue;
    const doc = new Document(read.text, file, { decoding: read.info });
    summary = mergeSummaries(summary, collectDocument(doc, corpusRules), options.registry);
  }
  return summary;
}

export async function lintFile(file: string, options: FileRunOptions, corpus: CorpusSummary | undefined): Promise<LintResult> {
  const read = await readDocument(file, options.maxBytes);
  if (!read.ok) return fatalResult(file, read.reason);
  const config = await options.configFor(file);
  const fixKinds = options.fixKinds;
  const result = await lintSource(read.text, file, { config, corpus, fixKinds, decoding: read.info });
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
