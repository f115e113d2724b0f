/**
 * The programmatic API. The CLI is a thin layer over these functions.
 *
 *   import { lintText, lintFiles, fixText } from 'articlelint';
 *   const result = await lintText(text, { filePath: 'story.txt' });
 */
import path from 'node:path';
import { rules as builtinRules } from '../rules/index.js';
import { ConfigLoader } from './config/load.js';
import type { RawConfig, RuleEntry } from './config/validate.js';
import { discoverFiles, type Discovery } from './engine/files.js';
import { fatalResult, lintFile, lintSource, summarizeFiles, type FileRunOptions } from './engine/lint.js';
import { mergeSummaries as mergeCorpusSummaries, SummaryAccumulator, type CorpusSummary } from './engine/corpus.js';
import { lintBatch, summarizeBatch } from './engine/batch.js';
import { CacheKeys, DEFAULT_CACHE_LOCATION, LintCache, sameMetadata, statOf } from './engine/cache.js';
import { WorkerPool, workerCount, type Concurrency } from './engine/parallel.js';
import { fromPlainResult } from './engine/serialize.js';
import type { SerializableLintOptions } from './engine/worker.js';
import { version } from './version.js';
import type { FixKind, LintResult, Rule } from './types.js';

export type * from './types.js';
export type { RawConfig as Config, RuleEntry } from './config/validate.js';
export type { CorpusSummary } from './engine/corpus.js';
export { emptySummary, isCorpusSummary, SummaryAccumulator } from './engine/corpus.js';
export { formatters, getFormatter } from './formatters/index.js';
export { UsageError, ConfigError } from './errors.js';
export { configSchema } from './config/schema.js';

export const rules: readonly Rule[] = builtinRules;

export interface LintOptions {
  /** Working directory for relative paths and config lookup (default: process.cwd()). */
  cwd?: string;
  /** A config object; when given, no config file is searched. */
  config?: RawConfig;
  /** A config file to use instead of searching. */
  configFile?: string;
  /** Search config files from each file's folder upward (default true). */
  configLookup?: boolean;
  /** Rule settings applied last, like `--rule`. */
  rules?: Record<string, RuleEntry>;
  /** Apply fixes and put the fixed text in `output`. */
  fix?: boolean;
  /** Which fixes to apply (default `['safe']`). */
  fixTypes?: FixKind[];
  /** Corpus summary to check against (from `summarize`). */
  corpus?: CorpusSummary;
  /** Skip files larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Report Markdown disable directives that silence nothing, at this severity. */
  reportUnusedDirectives?: 0 | 1 | 2;
}

export interface LintTextOptions extends LintOptions {
  /** Name used for config lookup, overrides and the report (default `<text>`). */
  filePath?: string;
}

export interface LintFilesOptions extends LintOptions {
  /** Write fixes to disk (the CLI's `--fix`). Without it, fixes only fill `output`. */
  write?: boolean;
  ignorePath?: string;
  ignore?: boolean;
  ignorePatterns?: string[];
  errorOnUnmatchedPattern?: boolean;
  /** Worker threads: 'auto' (cores, for large runs), 'off', or a number (default 'off' in the API). */
  concurrency?: Concurrency;
  /** Reuse results of unchanged files (ESLint's --cache). */
  cache?: boolean;
  cacheLocation?: string;
  /** Called as files finish (for progress bars). */
  onProgress?: (done: number, total: number) => void;
}

export function createConfigLoader(options: LintOptions): ConfigLoader {
  return new ConfigLoader({
    registry: rules,
    cwd: options.cwd,
    baseConfig: options.config,
    configFile: options.configFile,
    lookup: options.configLookup,
    cliRules: options.rules,
  });
}

function fixKindsOf(options: LintOptions): FixKind[] | undefined {
  return options.fix ? (options.fixTypes?.length ? options.fixTypes : ['safe']) : undefined;
}

export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  const loader = createConfigLoader(options);
  const filePath = options.filePath ? path.resolve(options.cwd ?? process.cwd(), options.filePath) : '<text>';
  const config = await loader.forFile(options.filePath ? filePath : path.join(options.cwd ?? process.cwd(), '<text>'));
  return lintSource(text, filePath, { config, corpus: options.corpus, fixKinds: fixKindsOf(options), reportUnusedDirectives: options.reportUnusedDirectives });
}

export async function fixText(text: string, options: LintTextOptions = {}): Promise<{ output: string; fixed: boolean; result: LintResult }> {
  const result = await lintText(text, { ...options, fix: true });
  return { output: result.output ?? text, fixed: result.output !== undefined, result };
}

async function discover(patterns: readonly string[], options: LintFilesOptions, loader: ConfigLoader): Promise<Discovery> {
  const cwd = options.cwd ?? process.cwd();
  const matchers = new Map<string, Promise<(abs: string) => boolean>>();
  return discoverFiles(patterns, {
    cwd,
    ignorePath: options.ignorePath,
    useIgnore: options.ignore,
    ignorePatterns: options.ignorePatterns,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    isIgnored: async (abs) => {
      const dir = path.dirname(abs);
      let m = matchers.get(dir);
      if (!m) {
        m = loader.ignoreMatcher(dir);
        matchers.set(dir, m);
      }
      return (await m)(abs);
    },
  });
}

function runOptions(loader: ConfigLoader, options: LintFilesOptions): FileRunOptions {
  return {
    configFor: (file) => loader.forFile(file),
    registry: new Map(rules.map((r) => [r.meta.id, r])),
    fixKinds: fixKindsOf(options),
    write: options.write,
    maxBytes: options.maxBytes,
    corpus: options.corpus,
    reportUnusedDirectives: options.reportUnusedDirectives,
  };
}

function serializable(options: LintFilesOptions): SerializableLintOptions {
  return {
    cwd: options.cwd,
    config: options.config,
    configFile: options.configFile,
    configLookup: options.configLookup,
    rules: options.rules,
    maxBytes: options.maxBytes,
    write: options.write,
    fixKinds: fixKindsOf(options),
    reportUnusedDirectives: options.reportUnusedDirectives,
  };
}

async function anyCorpusRule(files: readonly string[], loader: ConfigLoader): Promise<boolean> {
  for (const file of files) if ((await loader.forFile(file)).rules.some((r) => r.rule.corpus)) return true;
  return false;
}

/**
 * The corpus first pass. With a cache, a file whose size, mtime and config are unchanged gives
 * its cached summary (not read); the others are summarised (and their summaries cached).
 */
async function corpusPass(
  files: readonly string[],
  run: FileRunOptions,
  cache: { store: LintCache; keys: CacheKeys } | undefined,
  poolFor: (files: number) => Promise<WorkerPool | undefined>,
): Promise<CorpusSummary> {
  const acc = new SummaryAccumulator(run.registry);
  const todo: string[] = [];
  for (const file of files) {
    const entry = cache?.store.get(file);
    if (cache && entry?.summary && entry.summaryKey === cache.keys.summaryKey(await run.configFor(file)) && sameMetadata(entry, statOf(file))) acc.add(entry.summary);
    else todo.push(file);
  }
  const pool = await poolFor(todo.length);
  const outcome = pool ? await pool.summarize(todo, !!cache) : await summarizeBatch(todo, run, cache ? version() : undefined);
  acc.add(outcome.summary);
  if (cache) for (const [file, entry] of Object.entries(outcome.entries)) cache.store.update(file, entry);
  return acc.result();
}

/** Lints files, folders and globs. Results are sorted by path. */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const loader = createConfigLoader(options);
  const { files, problems } = await discover(patterns, options, loader);
  const run = runOptions(loader, options);
  const store = options.cache && !options.fix ? await LintCache.open(options.cacheLocation ?? DEFAULT_CACHE_LOCATION, options.cwd ?? process.cwd()) : undefined;
  const cache = store && { store, keys: new CacheKeys(version()) };
  // Workers start on first need, sized by the files left to do (none on a warm cached run).
  let pool: WorkerPool | undefined;
  const poolFor = async (count: number) => {
    const threads = pool ? 0 : workerCount(options.concurrency, count);
    if (threads) pool = await WorkerPool.start(threads, { options: serializable(options), version: version() }, run.registry);
    return count ? pool : undefined;
  };
  try {
    let corpus = options.corpus;
    if (!corpus && files.length > 1 && (await anyCorpusRule(files, loader))) corpus = await corpusPass(files, run, cache, poolFor);
    let done = 0;
    const progress = (n = 1) => {
      done += n;
      options.onProgress?.(done, files.length);
    };
    let results: LintResult[];
    if (cache) {
      const keys = new Map<string, string>();
      for (const file of files) keys.set(file, cache.keys.lintKey(await loader.forFile(file), corpus));
      const { hits, rest } = cache.store.reuse(files, (file) => keys.get(file)!);
      progress(hits.length);
      const workers = await poolFor(rest.length);
      const outcome = workers
        ? await workers.lint(rest, corpus, (f) => cache.store.get(f), progress)
        : await lintBatch(rest, run, corpus, { version: version(), entries: Object.fromEntries(rest.map((f) => [f, cache.store.get(f)])) }, progress);
      for (const [file, entry] of Object.entries(outcome.entries)) cache.store.update(file, entry);
      await cache.store.save(new Set(files)).catch(() => undefined);
      results = [...hits, ...outcome.results].map(fromPlainResult);
    } else {
      const workers = await poolFor(files.length);
      if (workers) {
        // Results cross a thread boundary as plain JSON.
        results = (await workers.lint(files, corpus, undefined, progress)).results.map(fromPlainResult);
      } else {
        results = [];
        for (const file of files) {
          results.push(await lintFile(file, run, corpus));
          progress();
        }
      }
    }
    for (const p of problems) results.push(fatalResult(p.filePath, p.message));
    return results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  } finally {
    await (pool as WorkerPool | undefined)?.destroy();
  }
}

/** Merges two corpus summaries (of the built-in rules unless a registry is given). */
export function mergeSummaries(a: CorpusSummary, b: CorpusSummary, registry?: ReadonlyMap<string, Rule>): CorpusSummary {
  return mergeCorpusSummaries(a, b, registry ?? new Map(rules.map((r) => [r.meta.id, r])));
}

/** The first pass alone: the mergeable corpus summary of some files (one shard). */
export async function summarize(patterns: readonly string[], options: LintFilesOptions = {}): Promise<CorpusSummary> {
  const loader = createConfigLoader(options);
  const { files } = await discover(patterns, options, loader);
  return summarizeFiles(files, runOptions(loader, options));
}

/** The effective config for one file (`--print-config`). */
export async function calculateConfigForFile(filePath: string, options: LintOptions = {}) {
  const loader = createConfigLoader(options);
  const config = await loader.forFile(path.resolve(options.cwd ?? process.cwd(), filePath));
  return { configFile: config.configFile ?? null, rules: config.ruleEntries, settings: config.settings };
}
