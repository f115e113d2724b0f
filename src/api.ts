/**
 * The programmatic API. The CLI is a thin layer over these functions.
 *
 *   import { lintText, lintFiles, fixText } from 'articlelint';
 *   const result = await lintText(text, { filePath: 'story.txt' });
 */
import path from 'node:path';
import { createConfigLoader, type ConfigLoader } from './config/load.js';
import { discoverFiles, type Discovery } from './engine/files.js';
import { fatalResult, fileRunOptions, lintFile, lintSource, summarizeFiles } from './engine/lint.js';
import { mergeSummaries as mergeCorpusSummaries, type CorpusSummary } from './engine/corpus.js';
import { lintBatch } from './engine/batch.js';
import { DEFAULT_CACHE_LOCATION, LintCache } from './engine/cache.js';
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

async function anyCorpusRule(files: readonly string[], loader: ConfigLoader): Promise<boolean> {
  for (const file of files) if ((await loader.forFile(file)).rules.some((r) => r.rule.corpus)) return true;
  return false;
}

/** Lints files, folders and globs. Results are sorted by path. */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const registry = await loadRegistry(options.rulesModule);
  const loader = createConfigLoader(registry, options);
  const { files, problems } = await discover(patterns, options, loader);
  const run = fileRunOptions(loader, registry, options);
  const threads = workerCount(options.concurrency, files.length);
  const pool = threads ? await WorkerPool.start(threads, { options: workerOptions(options), version: version() }, registry) : undefined;
  try {
    let corpus = options.corpus;
    if (!corpus && files.length > 1 && (await anyCorpusRule(files, loader))) {
      corpus = pool ? await pool.summarize(files) : await summarizeFiles(files, run);
    }
    const cache = options.cache && !options.fix ? await LintCache.open(options.cacheLocation ?? DEFAULT_CACHE_LOCATION, options.cwd ?? process.cwd()) : undefined;
    let done = 0;
    const progress = (n = 1) => {
      done += n;
      options.onProgress?.(done, files.length);
    };
    let results: LintResult[];
    if (pool || cache) {
      // Results cross a thread boundary or go into the cache as plain JSON.
      const outcome = pool
        ? await pool.lint(files, corpus, cache && ((f) => cache.get(f)), progress)
        : await lintBatch(files, run, corpus, cache && { version: version(), entries: Object.fromEntries(files.map((f) => [f, cache.get(f)])) }, progress);
      if (cache) {
        for (const [file, entry] of Object.entries(outcome.entries)) cache.set(file, entry);
        await cache.save(new Set(files)).catch(() => undefined);
      }
      results = outcome.results.map(fromPlainResult);
    } else {
      results = [];
      for (const file of files) {
        results.push(await lintFile(file, run, corpus));
        progress();
      }
    }
    for (const p of problems) results.push(fatalResult(p.filePath, p.message));
    return results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  } finally {
    await pool?.destroy();
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
