/**
 * The command line: parse flags, call the API, print a report, choose the
 * exit code. User mistakes become one line on stderr and exit 2.
 */
import { existsSync, promises as fs, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  calculateConfigForFile,
  isPathIgnored,
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
import { getFormatter, needsSource } from '../formatters/index.js';
import { ConfigError, UsageError } from '../errors.js';
import { buildResult, ignoredResult } from '../engine/lint.js';
import { loadRuleCode } from '../engine/lazy-rules.js';
import { toLevel, type RuleEntry } from '../config/validate.js';
import type { LintResult, RuleMeta } from '../types.js';
import { HELP, parseCliArgs, type CliOptions } from './args.js';
import { version } from '../package.js';
import { createProgress } from './progress.js';
import type { CliIO } from './io.js';
import { pipeWriter } from './pipes.js';
import { ruleDocsUrl } from '../rule-docs.js';
import {
  applySuppressions,
  countStale,
  DEFAULT_SUPPRESSIONS_FILE,
  loadSuppressions,
  recordSuppressions,
  saveSuppressions,
} from '../suppressions.js';

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
    // One write: the promise API writes a large report in 512 KB chunks, each a trip through the thread pool.
    writeFileSync(file, text);
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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Applies the suppressions file; records or prunes it when asked, and says what it did on stderr. */
async function handleSuppressions(results: LintResult[], opts: CliOptions, io: CliIO): Promise<LintResult[]> {
  const location = opts.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE;
  const file = path.resolve(io.cwd, location);
  let data = await loadSuppressions(file);
  const recording = opts.suppressAll || opts.suppressRules.length > 0;
  if (recording) {
    for (const id of opts.suppressRules) if (!rules.some((r) => r.meta.id === id)) throw new UsageError(`--suppress-rule: unknown rule "${id}"`);
    const outcome = recordSuppressions(results, io.cwd, data, opts.suppressAll ? undefined : opts.suppressRules);
    data = outcome.data;
    io.stderr(`articlelint: recorded ${plural(outcome.recorded, 'finding')} in ${location}.\n`);
  }
  if (!recording && !opts.pruneSuppressions && !Object.keys(data).length) return results;
  const applied = applySuppressions(results, io.cwd, data);
  const stale = countStale(results, io.cwd, data, applied.used);
  if (opts.pruneSuppressions) {
    // Entries of files outside this run are kept: the run cannot tell whether they still match.
    const linted = new Set(results.map((r) => path.relative(io.cwd, r.filePath).split(path.sep).join('/')));
    const kept = Object.fromEntries(Object.entries(data).filter(([f]) => !linted.has(f)));
    await saveSuppressions(file, { ...kept, ...applied.used });
    io.stderr(`articlelint: removed ${plural(stale, 'stale suppression')} from ${location}.\n`);
  } else {
    if (recording) await saveSuppressions(file, data);
    if (stale > 0) {
      io.stderr(`articlelint: ${plural(stale, 'suppression')} in ${location} no longer ${stale === 1 ? 'matches' : 'match'} a finding; run with --prune-suppressions to remove ${stale === 1 ? 'it' : 'them'}.\n`);
    }
  }
  return applied.results;
}

/** Each rule's entry as it applies: severity, and options with the rule's defaults filled in. */
function effectiveRules(entries: Record<string, RuleEntry>): Record<string, RuleEntry> {
  const metas = new Map(rules.map((r) => [r.meta.id, r.meta]));
  return Object.fromEntries(
    Object.entries(entries).map(([id, entry]) => {
      const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
      const defaults = metas.get(id)?.defaultOptions;
      // A rule that is off has no options in effect.
      if (toLevel(severity) === 0 || !(defaults || options)) return [id, severity];
      return [id, [severity, { ...defaults, ...options }]];
    }),
  );
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
    warnIgnored: opts.warnIgnored,
  };
  if (opts.config && !existsSync(path.resolve(io.cwd, opts.config))) throw new UsageError(`-c ${opts.config}: no such file`);
  if (opts.listRules) {
    const metas = rules.map((r) => r.meta);
    // `url`: the rule's page (docs/rules/<id>.md), as findings carry it.
    io.stdout(opts.format === 'json' ? `${JSON.stringify(metas.map((m) => ({ ...m, url: ruleDocsUrl(m.id) })), null, 2)}\n` : ruleTable(metas));
    return 0;
  }
  if (opts.printConfig) {
    const config = await calculateConfigForFile(opts.printConfig, baseOptions);
    io.stdout(`${JSON.stringify({ ...config, rules: effectiveRules(config.rules) }, null, 2)}\n`);
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
    await loadRuleCode(rules);
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
  const format = opts.format ?? 'stylish';
  const formatter = await getFormatter(format, io.cwd);
  const fixing = opts.fix || opts.fixDryRun;
  let results: LintResult[];
  if (opts.stdin) {
    if (opts.patterns.length) throw new UsageError('--stdin cannot be combined with file patterns');
    const text = await io.readStdin();
    if (text === '') throw new UsageError('--stdin: no input on standard input');
    const filePath = opts.stdinFilename ? path.resolve(io.cwd, opts.stdinFilename) : '<text>';
    if (opts.stdinFilename && (await isPathIgnored(opts.stdinFilename, baseOptions))) {
      if (!opts.warnIgnored) return 0;
      results = [ignoredResult(filePath)];
    } else {
      results = [await lintText(text, { ...baseOptions, filePath: opts.stdinFilename, fix: fixing, fixTypes: opts.fixTypes, corpus })];
      results[0]!.filePath = filePath;
    }
  } else {
    // ESLint lints the current folder when no file is named.
    const patterns = opts.patterns.length ? opts.patterns : ['.'];
    // A progress bar only where a person watches: stderr is a terminal and the report is not JSON on stdout.
    const progress = createProgress(io.stderr, io.stderrIsTTY && !(format === 'json' && !opts.outputFile));
    results = await lintFiles(patterns, {
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
      // --no-warn-ignored asks for silence about ignored files: nothing left is not an error either.
      if (!opts.errorOnUnmatchedPattern || !opts.warnIgnored) return 0;
      throw new UsageError(`nothing to lint: all files matching ${patterns.join(' ')} are ignored`);
    }
  }
  results = await handleSuppressions(results, opts, io);
  // Article text is kept only for formatters that need it (HTML shows it, SARIF places fixes by it); a big run should not hold it.
  if (!needsSource(format)) for (const r of results) delete r.source;

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
  // ESLint counts only the warnings it reports: --quiet hides them, so they cannot exceed --max-warnings.
  const warnings = shown.reduce((n, r) => n + r.warningCount, 0);
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
    stdout: pipeWriter(process.stdout),
    stderr: pipeWriter(process.stderr),
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
