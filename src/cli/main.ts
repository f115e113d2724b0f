/**
 * The command line: parse flags, call the API, print a report, choose the
 * exit code. User mistakes become one line on stderr and exit 2.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  calculateConfigForFile,
  lintFiles,
  lintText,
  rules,
  summarize,
  mergeSummaries,
  emptySummary,
  isCorpusSummary,
  type CorpusSummary,
  type LintFilesOptions,
} from '../api.js';
import { getFormatter } from '../formatters/index.js';
import { ConfigError, UsageError } from '../errors.js';
import { buildResult } from '../engine/lint.js';
import type { LintResult, RuleMeta } from '../types.js';
import { HELP, parseCliArgs, type CliOptions } from './args.js';
import { version } from '../package.js';
import { createProgress } from './progress.js';
import type { CliIO } from './io.js';
import { applySuppressions, DEFAULT_SUPPRESSIONS_FILE, loadSuppressions, recordSuppressions, saveSuppressions } from '../suppressions.js';

export type { CliIO };

function useColor(opts: CliOptions, io: CliIO): boolean {
  if (opts.color !== undefined) return opts.color;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY && !opts.outputFile;
}

const STARTER_CONFIG = {
  $schema: './node_modules/articlelint/schema/articlelintrc.schema.json',
  extends: 'articlelint:recommended',
  rules: {},
  ignorePatterns: [],
};

function ruleTable(metas: RuleMeta[]): string {
  const rows = metas.map((m) => [m.id, m.category, m.recommended ? m.severity : 'off', m.fixable ?? '-', m.description]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['rule', 'category', 'default', 'fixable'][i]!.length));
  const line = (r: string[]) => r.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join('  ');
  return [line(['rule', 'category', 'default', 'fixable', 'description']), ...rows.map(line)].join('\n') + '\n';
}

function onlyErrors(results: LintResult[]): LintResult[] {
  return results.map((r) => buildResult(r.filePath, r.messages.filter((m) => m.severity === 2), r.output, r.source));
}

async function writeReport(text: string, opts: CliOptions, io: CliIO): Promise<void> {
  if (!opts.outputFile) {
    if (text) io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  const file = path.resolve(io.cwd, opts.outputFile);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
  } catch (error) {
    throw new UsageError(`cannot write report to ${opts.outputFile}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

async function readSummary(file: string, cwd: string): Promise<CorpusSummary> {
  let data: unknown;
  try {
    data = JSON.parse(await fs.readFile(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: cannot read corpus summary: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!isCorpusSummary(data)) throw new UsageError(`${file}: not an articlelint corpus summary`);
  return data;
}

/** Applies the suppressions file; records or prunes it when asked. */
async function handleSuppressions(results: LintResult[], opts: CliOptions, io: CliIO): Promise<LintResult[]> {
  const file = path.resolve(io.cwd, opts.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE);
  let data = await loadSuppressions(file);
  const recording = opts.suppressAll || opts.suppressRules.length > 0;
  if (recording) {
    for (const id of opts.suppressRules) if (!rules.some((r) => r.meta.id === id)) throw new UsageError(`--suppress-rule: unknown rule "${id}"`);
    data = recordSuppressions(results, io.cwd, data, opts.suppressAll ? undefined : opts.suppressRules);
  }
  if (!recording && !opts.pruneSuppressions && !Object.keys(data).length) return results;
  const applied = applySuppressions(results, io.cwd, data);
  if (opts.pruneSuppressions) await saveSuppressions(file, applied.used);
  else if (recording) await saveSuppressions(file, data);
  return applied.results;
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const opts = parseCliArgs(argv);
  if (opts.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (opts.version) {
    io.stdout(`v${version()}\n`);
    return 0;
  }
  if (opts.init) {
    const file = path.join(io.cwd, '.articlelintrc.json');
    try {
      await fs.writeFile(file, `${JSON.stringify(STARTER_CONFIG, null, 2)}\n`, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${file} already exists; not overwritten`);
      throw error;
    }
    io.stdout(`Wrote ${file}\n`);
    return 0;
  }
  const baseOptions: LintFilesOptions = {
    cwd: io.cwd,
    configFile: opts.config,
    configLookup: opts.configLookup,
    rules: opts.rules,
    ignorePath: opts.ignorePath,
    ignore: opts.ignore,
    ignorePatterns: opts.ignorePatterns,
    errorOnUnmatchedPattern: opts.errorOnUnmatchedPattern,
    maxBytes: opts.maxBytes,
    reportUnusedDirectives: opts.reportUnusedDirectives ? 2 : 0,
  };
  if (opts.listRules) {
    const metas = rules.map((r) => r.meta);
    io.stdout(opts.format === 'json' ? `${JSON.stringify(metas, null, 2)}\n` : ruleTable(metas));
    return 0;
  }
  if (opts.printConfig) {
    const config = await calculateConfigForFile(opts.printConfig, baseOptions);
    io.stdout(`${JSON.stringify(config, null, 2)}\n`);
    return 0;
  }
  if (opts.command === 'install-hook') {
    const { installHook } = await import('./hook.js');
    io.stdout(`${await installHook(io.cwd)}\n`);
    return 0;
  }
  if (opts.command === 'merge-summaries') {
    if (!opts.patterns.length) throw new UsageError('merge-summaries needs summary files');
    let merged = emptySummary();
    for (const f of opts.patterns) merged = mergeSummaries(merged, await readSummary(f, io.cwd));
    await writeReport(JSON.stringify(merged), opts, io);
    return 0;
  }
  if (opts.command === 'summarize') {
    if (!opts.patterns.length) throw new UsageError('summarize needs files or folders');
    await writeReport(JSON.stringify(await summarize(opts.patterns, baseOptions)), opts, io);
    return 0;
  }

  const corpus = opts.summary ? await readSummary(opts.summary, io.cwd) : undefined;
  if (opts.jsonl) {
    const { runJsonl } = await import('./jsonl.js');
    return runJsonl(opts, io, baseOptions, corpus);
  }
  const formatter = await getFormatter(opts.format, io.cwd);
  const fixing = opts.fix || opts.fixDryRun;
  let results: LintResult[];
  if (opts.stdin) {
    if (opts.patterns.length) throw new UsageError('--stdin cannot be combined with file patterns');
    const text = await io.readStdin();
    if (text === '') throw new UsageError('--stdin: no input on standard input');
    const filePath = opts.stdinFilename ? path.resolve(io.cwd, opts.stdinFilename) : '<text>';
    results = [await lintText(text, { ...baseOptions, filePath: opts.stdinFilename, fix: fixing, fixTypes: opts.fixTypes, corpus })];
    results[0]!.filePath = filePath;
  } else {
    if (!opts.patterns.length) throw new UsageError('no files given (try "articlelint seeds/", or --help)');
    // A progress bar only where a person watches: stderr is a terminal and the report is not JSON on stdout.
    const progress = createProgress(io.stderr, io.stderrIsTTY && !(opts.format === 'json' && !opts.outputFile));
    results = await lintFiles(opts.patterns, {
      ...baseOptions,
      fix: fixing,
      write: opts.fix,
      fixTypes: opts.fixTypes,
      corpus,
      concurrency: opts.concurrency,
      cache: opts.cache,
      cacheLocation: opts.cacheLocation,
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.done();
    if (!results.length) {
      // A hook handing over only ignored files has nothing to say; ask for strictness to fail.
      if (!opts.errorOnUnmatchedPattern) return 0;
      throw new UsageError(`nothing to lint: all files matching ${opts.patterns.join(' ')} are ignored`);
    }
  }
  results = await handleSuppressions(results, opts, io);
  // Article text is kept only for formatters that need it (HTML shows it, SARIF places fixes by it); a big run should not hold it.
  if (opts.format !== "html" && opts.format !== "sarif") for (const r of results) delete r.source;

  const shown = opts.quiet ? onlyErrors(results) : results;
  const rulesMeta = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta]));
  const report = await formatter(shown, { cwd: io.cwd, color: useColor(opts, io), rulesMeta });
  await writeReport(report, opts, io);

  // One-line notes on stderr for file-level failures, so scripts see them even with -f json.
  for (const r of results) {
    for (const m of r.messages) if (m.fileLevel) io.stderr(`articlelint: ${path.relative(io.cwd, r.filePath) || r.filePath}: ${m.reason}\n`);
  }
  const allFatal = results.every((r) => r.fatalErrorCount > 0 && r.messages.every((m) => m.fileLevel));
  if (allFatal) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    io.stderr(`articlelint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const debug = argv.includes('--debug');
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`articlelint: ${error.message}\n`);
      if (debug) io.stderr(`${error.stack}\n`);
      return 2;
    }
    io.stderr(`articlelint: internal error: ${(error as Error)?.message ?? error}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) io.stderr(`${(error as Error)?.stack}\n`);
    return 2;
  }
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: async () => {
      if (process.stdin.isTTY) return '';
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdinStream: () => process.stdin,
    stdoutStream: () => process.stdout,
    stderrIsTTY: !!process.stderr.isTTY,
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
  };
}
