/**
 * Worker threads for large runs. One pool serves both passes, each split into batches. A file's
 * lint batch goes to the worker whose corpus pass read it, which still holds the file and what its
 * summary computed (OpenedFiles in lint.ts): each file is read and opened once. A worker that has
 * run out of batches takes the last one of the worker with most left, so the pass ends close
 * together. Each worker merges the summaries of its own batches; summaries merge in any order and
 * results are sorted by path afterwards, so output equals a one-worker run.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchOutcome, SummaryOutcome } from './batch.js';
import type { CacheEntry } from './cache.js';
import type { CorpusSummary } from './corpus.js';
import { packageRoot } from '../package.js';
import type { Concurrency } from '../options.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker.js';

export type { Concurrency };

/** Below this many files a run stays in-process: starting workers costs more than it saves. */
export const AUTO_MIN_FILES = 200;
/** Files per task: small enough that the last tasks end close together. */
const BATCH_SIZE = 20;
/** Tasks sent ahead to each worker, so that it never waits for the main thread between two. */
const TASKS_IN_FLIGHT = 2;

export function workerCount(concurrency: Concurrency | undefined, files: number): number {
  if (concurrency === 'off' || concurrency === undefined) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (concurrency === 'auto') return files >= AUTO_MIN_FILES && cores > 1 ? cores : 0;
  return Math.max(1, Math.floor(concurrency));
}

/** The worker entry beside this module (dist/bundle/worker.mjs or dist/src/engine/worker.js), else dist/ of the package. */
function workerFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const name of ['worker.mjs', 'worker.js']) {
    const sibling = path.join(here, name);
    if (existsSync(sibling)) return sibling;
  }
  const built = packageRoot && path.join(packageRoot, 'dist/src/engine/worker.js');
  if (built && existsSync(built)) return built;
  throw new Error('the compiled worker (dist/src/engine/worker.js) is missing: run "npm run build"');
}

function batches(files: readonly string[], size = BATCH_SIZE): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < files.length; i += size) out.push(files.slice(i, i + size));
  return out;
}

/** A batch as handed to a worker, with the worker whose corpus pass read its files (if any). */
export interface Handed {
  batch: string[];
  owner?: number;
}

/** The batches of a pass: each worker's own (the files it summarised), and batches of no worker. */
export class BatchQueues {
  private readonly own: string[][][];
  private readonly unowned: string[][] = [];

  constructor(workers: number) {
    this.own = Array.from({ length: workers }, () => []);
  }

  add(batch: string[], owner?: number): void {
    (owner === undefined ? this.unowned : this.own[owner]!).push(batch);
  }

  /**
   * Worker `worker`'s next batch: its own, else one of no worker, else (when `idle`: moving a batch
   * costs reading it again, worth it only for a worker with nothing to do) the last of the worker
   * with most left.
   */
  next(worker: number, idle = true): Handed | undefined {
    const mine = this.own[worker]!.shift();
    if (mine) return { batch: mine, owner: worker };
    const unowned = this.unowned.shift();
    if (unowned) return { batch: unowned };
    if (!idle) return undefined;
    let most = -1;
    for (let w = 0; w < this.own.length; w++) if (this.own[w]!.length > (most < 0 ? 0 : this.own[most]!.length)) most = w;
    return most < 0 ? undefined : { batch: this.own[most]!.pop()!, owner: most };
  }
}

/** One worker thread and its tasks awaiting a reply. A worker that failed fails its tasks and every later one. */
class Thread {
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: unknown) => void }>();
  private nextId = 0;
  private failure: { error: unknown } | undefined;

  constructor(readonly worker: Worker) {
    worker.on('message', (reply: WorkerReply) => {
      const task = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) task?.reject(reply.error);
      else task?.resolve(reply.result);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`a worker thread stopped (exit code ${code})`)));
  }

  private fail(error: unknown): void {
    this.failure ??= { error };
    for (const task of this.pending.values()) task.reject(this.failure.error);
    this.pending.clear();
  }

  run<T>(task: WorkerTask): Promise<T> {
    if (this.failure) return Promise.reject(this.failure.error);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.worker.postMessage({ id, task });
    });
  }
}

export class WorkerPool {
  /** The worker that summarised each file in the last corpus pass (and keeps it for linting). */
  private summarisedBy = new Map<string, number>();

  private constructor(private readonly threads: readonly Thread[]) {}

  static async start(threads: number, setup: WorkerSetup): Promise<WorkerPool> {
    const file = workerFile();
    return new WorkerPool(Array.from({ length: threads }, () => new Thread(new Worker(file, { workerData: setup }))));
  }

  /** Runs the batches of `queues` on every worker, up to `TASKS_IN_FLIGHT` at a time each. */
  private async runAll<T>(queues: BatchQueues, task: (worker: number, handed: Handed) => WorkerTask, done: (result: T, worker: number, handed: Handed) => void): Promise<void> {
    const inFlight = this.threads.map(() => 0);
    const feed = async (worker: number) => {
      for (let handed = queues.next(worker, inFlight[worker] === 0); handed; handed = queues.next(worker, inFlight[worker] === 0)) {
        inFlight[worker]!++;
        const result = await this.threads[worker]!.run<T>(task(worker, handed));
        inFlight[worker]!--;
        done(result, worker, handed);
      }
    };
    await Promise.all(this.threads.flatMap((_, worker) => Array.from({ length: TASKS_IN_FLIGHT }, () => feed(worker))));
  }

  /** The corpus first pass; with `caching`, per-file summaries for the cache too. */
  async summarize(files: readonly string[], caching = false): Promise<SummaryOutcome> {
    const queues = new BatchQueues(this.threads.length);
    for (const batch of batches(files)) queues.add(batch);
    const entries: SummaryOutcome['entries'] = {};
    this.summarisedBy = new Map();
    await this.runAll<Record<string, CacheEntry>>(
      queues,
      (_, { batch }) => ({ kind: 'summarize', files: batch, caching }),
      (part, worker, { batch }) => {
        Object.assign(entries, part);
        for (const file of batch) this.summarisedBy.set(file, worker);
      },
    );
    const [first, ...others] = this.threads;
    const summaries = await Promise.all(others.map((thread) => thread.run<CorpusSummary>({ kind: 'merge', summaries: [] })));
    return { summary: await first!.run<CorpusSummary>({ kind: 'merge', summaries }), entries };
  }

  /** The lint pass; each file on the worker that summarised it, if one did. */
  async lint(
    files: readonly string[],
    corpus: CorpusSummary | undefined,
    cacheEntries: ((file: string) => CacheEntry | undefined) | undefined,
    onBatch?: (done: number) => void,
    corpusHash?: string,
  ): Promise<BatchOutcome & { moved: number }> {
    const total: BatchOutcome & { moved: number } = { results: [], entries: {}, hits: 0, reads: 0, moved: 0 };
    const owners = this.summarisedBy;
    this.summarisedBy = new Map();
    const byOwner: string[][] = this.threads.map(() => []);
    const unowned: string[] = [];
    for (const file of files) {
      const owner = owners.get(file);
      if (owner === undefined) unowned.push(file);
      else {
        byOwner[owner]!.push(file);
        owners.delete(file);
      }
    }
    const queues = new BatchQueues(this.threads.length);
    byOwner.forEach((own, owner) => batches(own).forEach((batch) => queues.add(batch, owner)));
    for (const batch of batches(unowned)) queues.add(batch);
    // What a worker kept and will not lint: files not linted in this run, and those of batches moved to another worker.
    const forget: string[][] = this.threads.map(() => []);
    for (const [file, owner] of owners) forget[owner]!.push(file);
    const started = new Set<number>();
    await this.runAll<BatchOutcome>(
      queues,
      (worker, { batch, owner }) => {
        if (owner !== undefined && owner !== worker) forget[owner]!.push(...batch);
        const task: WorkerTask = { kind: 'lint', files: batch, corpusHash, forget: forget[worker]!.splice(0) };
        if (!started.has(worker)) {
          started.add(worker);
          task.corpus = corpus;
        }
        if (cacheEntries) task.cacheEntries = Object.fromEntries(batch.map((f) => [f, cacheEntries(f)]));
        return task;
      },
      (out, worker, { batch, owner }) => {
        total.results.push(...out.results);
        Object.assign(total.entries, out.entries);
        total.hits += out.hits;
        total.reads += out.reads;
        if (owner !== undefined && owner !== worker) total.moved += batch.length;
        onBatch?.(batch.length);
      },
    );
    return total;
  }

  /**
   * Stops the workers without waiting for their threads to end (tens of milliseconds, as each frees
   * its heap): the report is formatted meanwhile, and the process waits for them before exiting anyway.
   */
  destroy(): void {
    for (const thread of this.threads) void thread.worker.terminate();
  }
}
