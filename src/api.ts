/**
 * The programmatic API. The CLI is a thin layer over these functions.
 *
 *   import { lintText, lintFiles, fixText } from 'articlelint';
 *   const result = await lintText(text, { filePath: 'story.txt' });
 */
import path from 'node:path';
import { createConfigLoader, type ConfigLoader } from './config/load.js';
import { discoverFiles, ignoreTest, type DiscoverOptions, type Discovery } from './engine/files.js';
import { fatalResult, fileRunOptions, ignoredResult, lintFile, lintSource, summarizeFiles, type FileRunOptions } from './engine/lint.js';
import { mergeSummaries as mergeCorpusSummaries, SummaryAccumulator, type CorpusSummary } from './engine/corpus.js';
import { lintBatch, summarizeBatch } from './engine/batch.js';
import { CacheKeys, DEFAULT_CACHE_LOCATION, LintCache, sameMetadata, statOf, withSourceOnDemand } from './engine/cache.js';
import { WorkerPool, workerCount } from './engine/parallel.js';
import { loadRegistry } from './engine/registry.js';
import { fromPlainResult } from './engine/serialize.js';
import { fixKindsOf, workerOptions, type LintFilesOptions, type LintOptions, type LintTextOptions } from './options.js';
import { version } from './package.js';
import type { LintResult, Rule, RuleRegistry } from './types.js';

export type * from './types.js';
export type { RawConfig as Config, RuleEntry } from './config/validate.js';
export type { Concurrency, LintFilesOptions, LintOptions, LintTextOptions } from './options.js';
export { emptySummary, isCorpusSummary, SummaryAccumulator } from './engine/corpus.js';
export { formatters, getFormatter } from './formatters/index.js';
export { UsageError, ConfigError } from './errors.js';
export { configSchema } from './config/schema.js';
export { loadRegistry } from './engine/registry.js';

/** The built-in rules (the registry module rules/index.ts, loaded by path: the host does not import rules). */
const builtin = await loadRegistry();
export const rules: readonly Rule[] = [...builtin.values()];

export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  const loader = createConfigLoader(await loadRegistry(options.rulesModule), options);
  const filePath = options.filePath ? path.resolve(options.cwd ?? process.cwd(), options.filePath) : '<text>';
  const config = await loader.forFile(options.filePath ? filePath : path.join(options.cwd ?? process.cwd(), '<text>'));
  return lintSource(text, filePath, { config, corpus: options.corpus, fixKinds: fixKindsOf(options), reportUnusedDirectives: options.reportUnusedDirectives, root: options.cwd });
}

export async function fixText(text: string, options: LintTextOptions = {}): Promise<{ output: string; fixed: boolean; result: LintResult }> {
  const result = await lintText(text, { ...options, fix: true });
  return { output: result.output ?? text, fixed: result.output !== undefined, result };
}

function discoverOptions(options: LintFilesOptions, loader: ConfigLoader): DiscoverOptions {
  const cwd = options.cwd ?? process.cwd();
  const matchers = new Map<string, Promise<(abs: string) => boolean>>();
  return {
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
  };
}

function discover(patterns: readonly string[], options: LintFilesOptions, loader: ConfigLoader): Promise<Discovery> {
  return discoverFiles(patterns, discoverOptions(options, loader));
}

/** Whether ignore files, `ignorePatterns` and config `ignorePatterns` exclude a path (ESLint's isPathIgnored). */
export async function isPathIgnored(filePath: string, options: LintFilesOptions = {}): Promise<boolean> {
  const loader = createConfigLoader(await loadRegistry(options.rulesModule), options);
  const test = await ignoreTest(discoverOptions(options, loader));
  return test(path.resolve(options.cwd ?? process.cwd(), filePath));
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
  const registry = await loadRegistry(options.rulesModule);
  const loader = createConfigLoader(registry, options);
  const { files, problems, ignored } = await discover(patterns, options, loader);
  const run = fileRunOptions(loader, registry, options);
  const store = options.cache && !options.fix ? await LintCache.open(options.cacheLocation ?? DEFAULT_CACHE_LOCATION, options.cwd ?? process.cwd()) : undefined;
  const cache = store && { store, keys: new CacheKeys(version()) };
  // Workers start on first need, sized by the files left to do (none on a warm cached run).
  let pool: WorkerPool | undefined;
  const poolFor = async (count: number) => {
    const threads = pool ? 0 : workerCount(options.concurrency, count);
    if (threads) pool = await WorkerPool.start(threads, { options: workerOptions(options), version: version() }, registry);
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
      results = [...hits.map((r) => withSourceOnDemand(fromPlainResult(r))), ...outcome.results.map(fromPlainResult)];
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
    if (options.warnIgnored !== false) for (const file of ignored) results.push(ignoredResult(file));
    return results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  } finally {
    await (pool as WorkerPool | undefined)?.destroy();
  }
}

/** Merges two corpus summaries (of the built-in rules unless a registry is given). */
export function mergeSummaries(a: CorpusSummary, b: CorpusSummary, registry: RuleRegistry = builtin): CorpusSummary {
  return mergeCorpusSummaries(a, b, registry);
}

/** The first pass alone: the mergeable corpus summary of some files (one shard). */
export async function summarize(patterns: readonly string[], options: LintFilesOptions = {}): Promise<CorpusSummary> {
  const registry = await loadRegistry(options.rulesModule);
  const loader = createConfigLoader(registry, options);
  const { files } = await discover(patterns, options, loader);
  return summarizeFiles(files, fileRunOptions(loader, registry, options));
}

/** The effective config for one file (`--print-config`). */
export async function calculateConfigForFile(filePath: string, options: LintOptions = {}) {
  const loader = createConfigLoader(await loadRegistry(options.rulesModule), options);
  const config = await loader.forFile(path.resolve(options.cwd ?? process.cwd(), filePath));
  return { configFile: config.configFile ?? null, rules: config.ruleEntries, settings: config.settings };
}
