/**
 * The programmatic API. The CLI is a thin layer over these functions.
 *
 *   import { lintText, lintFiles, fixText } from 'articlelint';
 *   const result = await lintText(text, { filePath: 'story.txt' });
 */
import path from 'node:path';
import { createConfigLoader, type ConfigLoader, type FileConfig } from './config/load.js';
import { discoverFiles, ignoreTest, type DiscoverOptions, type Discovery } from './engine/files.js';
import { fatalResult, fileRunOptions, ignoredResult, lintFile, lintSource, OpenedFiles, summarizeFiles, type FileRunOptions } from './engine/lint.js';
import { mergeSummaries as mergeCorpusSummaries, SummaryAccumulator, type CorpusSummary } from './engine/corpus.js';
import { lintBatch, summarizeBatch } from './engine/batch.js';
import { CacheKeys, corpusHashOf, DEFAULT_CACHE_LOCATION, LintCache, statOf, withSourceOnDemand } from './engine/cache.js';
import { WorkerPool, workerCount } from './engine/parallel.js';
import { loadRegistry } from './engine/registry.js';
import { loadRuleCode } from './engine/lazy-rules.js';
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

type Stat = ReturnType<typeof statOf>;

/** The cache of a run: the store, the keys, and each file's size and mtime (taken once). */
interface RunCache {
  store: LintCache;
  keys: CacheKeys;
  stat: (file: string) => Stat;
}

/** The corpus first pass without a cache. */
async function corpusPass(files: readonly string[], run: FileRunOptions, poolFor: (files: number) => Promise<WorkerPool | undefined>): Promise<CorpusSummary> {
  const pool = await poolFor(files.length);
  return pool ? (await pool.summarize(files)).summary : summarizeBatch(files, run, undefined).then((o) => o.summary);
}

/**
 * The corpus first pass with a cache: a file whose size, mtime and config are unchanged gives its
 * cached summary (not read); the others are summarised (and their summaries cached). When every
 * summary came from the cache and they are those of the last run's merge, the merge is not rebuilt:
 * its hash (for result keys) is the cached one, and `merged()` builds it only if a file must be linted.
 */
async function cachedCorpusPass(
  files: readonly string[],
  run: FileRunOptions,
  cache: RunCache,
  configs: ReadonlyMap<string, FileConfig>,
  poolFor: (files: number) => Promise<WorkerPool | undefined>,
): Promise<{ hash: string; merged: () => Promise<CorpusSummary> }> {
  const cached: string[] = [];
  const todo: string[] = [];
  for (const file of files) {
    if (cache.store.summaryHolds(file, cache.keys.summaryKey(configs.get(file)!), cache.stat(file))) cached.push(file);
    else todo.push(file);
  }
  const cachedSummaries = () => cached.map((file) => cache.store.get(file)!.summary!);
  const mergeOf = async (parts: readonly CorpusSummary[]) => {
    await loadRuleCode(run.registry.values());
    const acc = new SummaryAccumulator(run.registry);
    for (const part of parts) acc.add(part);
    return acc.result();
  };
  const unchanged = todo.length === 0 ? cache.store.corpusHash(cache.store.corpusInputs(files)) : undefined;
  if (unchanged !== undefined) {
    return { hash: unchanged, merged: () => mergeOf(cachedSummaries()) };
  }
  const pool = await poolFor(todo.length);
  const outcome = pool ? await pool.summarize(todo, true) : await summarizeBatch(todo, run, version());
  for (const [file, entry] of Object.entries(outcome.entries)) cache.store.update(file, entry);
  const merged = await mergeOf([...cachedSummaries(), outcome.summary]);
  const hash = corpusHashOf(merged);
  const inputs = cache.store.corpusInputs(files);
  if (inputs !== undefined) cache.store.rememberCorpus({ inputs, hash });
  return { hash, merged: async () => merged };
}

/** Lints files, folders and globs. Results are sorted by path. */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const registry = await loadRegistry(options.rulesModule);
  const loader = createConfigLoader(registry, options);
  const caching = !!options.cache && !options.fix;
  // Workers start for files to lint, sized by their number: none on a fully warm cached run.
  let pool: WorkerPool | undefined;
  const startPool = async (count: number) => {
    const threads = pool || !count ? 0 : workerCount(options.concurrency, count);
    if (threads) pool = await WorkerPool.start(threads, { options: workerOptions(options), version: version() });
  };
  const poolFor = async (count: number) => {
    await startPool(count);
    return count ? pool : undefined;
  };
  try {
    // Without a cache every file found is linted: the workers boot while the files are found
    // (a set number at once, `auto` as soon as the number is known).
    if (!caching && typeof options.concurrency === 'number') await startPool(Number.POSITIVE_INFINITY);
    const { files, problems, ignored } = await discover(patterns, options, loader);
    if (!caching) await startPool(files.length);
    // The lint pass takes the files the corpus pass opened in this thread.
    const run: FileRunOptions = { ...fileRunOptions(loader, registry, options), opened: new OpenedFiles() };
    const store = caching ? await LintCache.open(options.cacheLocation ?? DEFAULT_CACHE_LOCATION, options.cwd ?? process.cwd()) : undefined;
    const stats = new Map<string, Stat>();
    const cache: RunCache | undefined = store && {
      store,
      keys: new CacheKeys(version()),
      stat: (file) => {
        if (!stats.has(file)) stats.set(file, statOf(file));
        return stats.get(file);
      },
    };
    const corpusRun = !options.corpus && files.length > 1 && (await anyCorpusRule(files, loader));
    let done = 0;
    const progress = (n = 1) => {
      done += n;
      options.onProgress?.(done, files.length);
    };
    let results: LintResult[];
    if (cache) {
      const configs = new Map<string, FileConfig>();
      for (const file of files) configs.set(file, await loader.forFile(file));
      // The merged summary's hash keys the results; the summary itself is needed only to lint a file again.
      const pass = corpusRun ? await cachedCorpusPass(files, run, cache, configs, poolFor) : undefined;
      const corpusHash = pass ? pass.hash : corpusHashOf(options.corpus);
      const keys = new CacheKeys(version(), corpusHash);
      const { hits, rest } = cache.store.reuse(files, (file) => keys.lintKey(configs.get(file)!, undefined), cache.stat);
      progress(hits.length);
      const corpus = rest.length ? ((await pass?.merged()) ?? options.corpus) : undefined;
      const workers = await poolFor(rest.length);
      const outcome = workers
        ? await workers.lint(rest, corpus, (f) => cache.store.get(f), progress, corpusHash)
        : await lintBatch(rest, run, corpus, { version: version(), corpusHash, entries: Object.fromEntries(rest.map((f) => [f, cache.store.get(f)])) }, progress);
      for (const [file, entry] of Object.entries(outcome.entries)) cache.store.update(file, entry);
      await cache.store.save(new Set(files)).catch(() => undefined);
      results = [...hits.map((r) => withSourceOnDemand(fromPlainResult(r))), ...outcome.results.map(fromPlainResult)];
    } else {
      const corpus = corpusRun ? await corpusPass(files, run, poolFor) : options.corpus;
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
    (pool as WorkerPool | undefined)?.destroy();
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
