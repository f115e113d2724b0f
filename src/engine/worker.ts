/** Worker-thread entry: lints or summarises a batch of files (see parallel.ts). */
import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { createConfigLoader } from '../config/load.js';
import type { WorkerLintOptions } from '../options.js';
import type { CorpusSummary } from '../types.js';
import { lintBatch, summarizeBatch, type BatchOutcome, type SummaryOutcome } from './batch.js';
import type { CacheEntry } from './cache.js';
import { fileRunOptions, OpenedFiles, type FileRunOptions } from './lint.js';
import { loadRegistry } from './registry.js';
import { SummaryAccumulator } from './corpus.js';
import { loadRuleCode } from './lazy-rules.js';

export interface WorkerSetup {
  /** The run's options; `rulesModule` (absent: the built-in rules) is the registry the worker loads. */
  options: WorkerLintOptions;
  version: string;
}

export type WorkerTask =
  | { kind: 'lint'; files: string[]; corpusFile?: string; corpusHash?: string; cacheEntries?: Record<string, CacheEntry | undefined> }
  | { kind: 'summarize'; files: string[]; caching?: boolean }
  | { kind: 'merge'; summaries: CorpusSummary[] };

// tinypool passes [its private data, our workerData].
const setup = (workerData as [unknown, WorkerSetup])[1];
const registry = await loadRegistry(setup.options.rulesModule);
// A worker lints the files of its own corpus-pass batches without reading them again (when tasks land there).
const runOptions: FileRunOptions = { ...fileRunOptions(createConfigLoader(registry, setup.options), registry, setup.options), opened: new OpenedFiles() };

// The merged summary is shared through a file, read once per worker (it can be megabytes).
let corpusCache: { file: string; summary: CorpusSummary } | undefined;
function corpusFrom(file: string | undefined): CorpusSummary | undefined {
  if (!file) return undefined;
  if (corpusCache?.file !== file) corpusCache = { file, summary: JSON.parse(readFileSync(file, 'utf8')) as CorpusSummary };
  return corpusCache.summary;
}

export default async function run(task: WorkerTask): Promise<BatchOutcome | SummaryOutcome | CorpusSummary> {
  if (task.kind === 'merge') {
    await loadRuleCode(registry.values());
    const acc = new SummaryAccumulator(registry);
    for (const summary of task.summaries) acc.add(summary);
    return acc.result();
  }
  if (task.kind === 'summarize') return summarizeBatch(task.files, runOptions, task.caching ? setup.version : undefined);
  const cache = task.cacheEntries ? { version: setup.version, corpusHash: task.corpusHash, entries: task.cacheEntries } : undefined;
  return lintBatch(task.files, runOptions, corpusFrom(task.corpusFile), cache);
}
