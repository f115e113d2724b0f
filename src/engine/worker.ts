/** Worker-thread entry: runs the tasks of the pool (parallel.ts), one at a time, in the order sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { createConfigLoader } from '../config/load.js';
import type { WorkerLintOptions } from '../options.js';
import type { CorpusSummary } from '../types.js';
import { lintBatch, summarizeInto, type BatchOutcome } from './batch.js';
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
  /** The corpus pass of a batch, added to this worker's summary; returns the entries to cache (with `caching`). */
  | { kind: 'summarize'; files: string[]; caching?: boolean }
  /** This worker's summary of its batches, merged with `summaries` (the other workers'); starts a new one. */
  | { kind: 'merge'; summaries: CorpusSummary[] }
  /**
   * Lints a batch. `corpus` (even when undefined) comes with a worker's first batch of a pass and holds for the next ones;
   * `forget` are files this worker's corpus pass kept that another worker lints (or none does).
   */
  | { kind: 'lint'; files: string[]; corpus?: CorpusSummary; corpusHash?: string; cacheEntries?: Record<string, CacheEntry | undefined>; forget?: string[] };

export type WorkerReply = { id: number; result: unknown } | { id: number; error: unknown };

const setup = workerData as WorkerSetup;
const registry = await loadRegistry(setup.options.rulesModule);
// A worker lints the files of its own corpus-pass batches without reading them again (the pool sends them back here).
const runOptions: FileRunOptions = { ...fileRunOptions(createConfigLoader(registry, setup.options), registry, setup.options), opened: new OpenedFiles() };
let summary = new SummaryAccumulator(registry);
let corpus: CorpusSummary | undefined;

async function run(task: WorkerTask): Promise<BatchOutcome | Record<string, CacheEntry> | CorpusSummary> {
  if (task.kind === 'summarize') return summarizeInto(summary, task.files, runOptions, task.caching ? setup.version : undefined);
  if (task.kind === 'merge') {
    await loadRuleCode(registry.values());
    for (const other of task.summaries) summary.add(other);
    const merged = summary.result();
    summary = new SummaryAccumulator(registry);
    return merged;
  }
  if ('corpus' in task) corpus = task.corpus;
  for (const file of task.forget ?? []) runOptions.opened?.drop(file);
  const cache = task.cacheEntries ? { version: setup.version, corpusHash: task.corpusHash, entries: task.cacheEntries } : undefined;
  return lintBatch(task.files, runOptions, corpus, cache);
}

const port = parentPort!;
let queue: Promise<void> = Promise.resolve();
port.on('message', ({ id, task }: { id: number; task: WorkerTask }) => {
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      reply = { id, result: await run(task) };
    } catch (error) {
      reply = { id, error };
    }
    try {
      port.postMessage(reply);
    } catch (error) {
      // An error that cannot be cloned (a rule threw something holding a function) still fails the task.
      port.postMessage({ id, error: new Error(String('error' in reply ? reply.error : error)) } satisfies WorkerReply);
    }
  });
});
