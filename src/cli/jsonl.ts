/** `--jsonl`: lint a JSON Lines dataset, streaming, one result line per record. */
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { createConfigLoader } from '../config/load.js';
import { lintJsonl, summarizeJsonl } from '../engine/jsonl.js';
import { loadRegistry } from '../engine/registry.js';
import type { LintFilesOptions } from '../options.js';
import type { CorpusSummary, LintResult } from '../types.js';
import { toJsonResult } from '../formatters/json.js';
import { getFormatter, needsSource } from '../formatters/index.js';
import { UsageError } from '../errors.js';
import type { CliIO } from './io.js';
import { isClosedPipe } from './pipes.js';
import type { CliOptions } from './args.js';
import { createProgress } from './progress.js';

/** Writes with backpressure so memory stays flat. */
function writer(stream: NodeJS.WritableStream) {
  return (text: string) =>
    new Promise<void>((resolve, reject) => {
      const ok = stream.write(text, (error) => (error ? reject(error) : undefined));
      if (ok) resolve();
      else stream.once('drain', resolve);
    });
}

function closeStream(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

export async function runJsonl(opts: CliOptions, io: CliIO, base: LintFilesOptions, corpus: CorpusSummary | undefined): Promise<number> {
  if (opts.stdin ? opts.patterns.length > 0 : opts.patterns.length !== 1) {
    throw new UsageError('--jsonl reads one JSON Lines file, or standard input with --stdin');
  }
  const file = opts.stdin ? undefined : path.resolve(io.cwd, opts.patterns[0]!);
  if (file) {
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat?.isFile()) throw new UsageError(`${opts.patterns[0]}: no such JSON Lines file`);
  }
  const open = (): Readable => (file ? createReadStream(file) : io.stdinStream());
  const sourceName = file ? path.relative(io.cwd, file) : '<stdin>';
  const registry = await loadRegistry(base.rulesModule);
  const loader = createConfigLoader(registry, base);
  const config = await loader.forFile(file ?? path.join(io.cwd, opts.stdinFilename ?? '<stdin>'));
  const fixing = opts.fix || opts.fixDryRun;
  const options = { textField: opts.textField, idField: opts.idField, config, corpus, fixKinds: fixing ? opts.fixTypes : undefined };
  // The corpus first pass needs a second read: possible for a file, not for stdin.
  if (!options.corpus && file && config.rules.some((r) => r.rule.corpus)) {
    options.corpus = await summarizeJsonl(open(), options, sourceName, registry);
  }

  // No -f: one JSON line per record, streamed. `-f json` streams too, as one array written element by element
  // (the same bytes as the formatter's JSON.stringify of all results), so memory stays flat on any dataset size.
  // Any other -f: results are gathered (without text) and formatted at the end.
  const streamsArray = opts.format === 'json';
  const formatter = opts.format === undefined || streamsArray ? undefined : await getFormatter(opts.format, io.cwd);
  const gathered: LintResult[] = [];
  const reportStream = opts.outputFile ? (await import('node:fs')).createWriteStream(path.resolve(io.cwd, opts.outputFile)) : io.stdoutStream();
  const writeReport = writer(reportStream);
  let recordsTmp: string | undefined;
  let recordsStream: NodeJS.WritableStream | undefined;
  if (opts.out && opts.fix) {
    const target = path.resolve(io.cwd, opts.out);
    recordsTmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
    recordsStream = (await import('node:fs')).createWriteStream(recordsTmp);
  }
  const writeRecord = recordsStream && writer(recordsStream);
  const progress = createProgress(io.stderr, io.stderrIsTTY, 'records');

  let records = 0;
  let failed = 0;
  let errors = 0;
  let warnings = 0;
  let readerGone = false;
  for await (const outcome of lintJsonl(open(), options, sourceName)) {
    records++;
    if (outcome.error) {
      failed++;
      io.stderr(`articlelint: ${sourceName}: ${outcome.error}\n`);
    } else if (writeRecord) {
      await writeRecord(`${outcome.record}\n`);
    }
    const result = outcome.result;
    const shown = opts.quiet ? { ...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0 } : result;
    errors += result.errorCount;
    warnings += shown.warningCount;
    if (formatter) {
      if (!needsSource(opts.format!)) delete shown.source;
      gathered.push(shown);
    } else if (!readerGone) {
      try {
        const json = JSON.stringify(toJsonResult(shown));
        await writeReport(streamsArray ? `${records === 1 ? '[' : ','}${json}` : `${json}\n`);
      } catch (error) {
        if (!isClosedPipe(error)) throw error;
        // The reader has gone (`| head`): no one reads the report; finish only if fixed records are being written.
        readerGone = true;
        if (!writeRecord) break;
      }
    }
    progress.update(records);
  }
  progress.done();
  if (streamsArray && !readerGone) {
    await writeReport(records === 0 ? '[]\n' : ']\n').catch((error: unknown) => {
      if (!isClosedPipe(error)) throw error;
    });
  }
  if (formatter) {
    const text = await formatter(gathered, { cwd: io.cwd, color: false, rulesMeta: Object.fromEntries([...registry.values()].map((r) => [r.meta.id, r.meta])) });
    if (text) await writeReport(text.endsWith('\n') ? text : `${text}\n`).catch((error: unknown) => {
      if (!isClosedPipe(error)) throw error;
    });
  }
  if (opts.outputFile) await closeStream(reportStream);
  if (recordsStream && recordsTmp) {
    await closeStream(recordsStream);
    await fs.rename(recordsTmp, path.resolve(io.cwd, opts.out!));
  }
  if (records === 0 || failed === records) {
    if (records === 0) io.stderr('articlelint: --jsonl: no records in the input\n');
    return 2;
  }
  if (errors - failed > 0) return 1;
  if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    io.stderr(`articlelint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}
