/**
 * Worker threads (tinypool) for large runs. One pool serves both passes: the
 * corpus first pass and the lint pass are split into batches; summaries merge
 * in any order, results are sorted by path afterwards, so output equals a
 * one-worker run. The merged summary reaches workers as a file, read once each.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type Tinypool from 'tinypool';
import type { BatchOutcome, SummaryOutcome } from './batch.js';
import type { CacheEntry } from './cache.js';
import type { CorpusSummary } from './corpus.js';
import { packageRoot } from '../package.js';
import type { Concurrency } from '../options.js';
import type { WorkerSetup, WorkerTask } from './worker.js';

export type { Concurrency };

/** Below this many files a run stays in-process: starting workers costs more than it saves. */
export const AUTO_MIN_FILES = 200;
/** Files per task: small enough that the last tasks end close together. */
const BATCH_SIZE = 20;

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

export class WorkerPool {
  private constructor(private readonly pool: Tinypool) {}

  /** tinypool is loaded only when a run uses workers, to keep start-up fast. */
  static async start(threads: number, setup: WorkerSetup): Promise<WorkerPool> {
    const { default: Pool } = await import('tinypool');
    const pool = new Pool({ filename: pathToFileURL(workerFile()).href, minThreads: threads, maxThreads: threads, workerData: setup, idleTimeout: 1000 });
    return new WorkerPool(pool);
  }

  /**
   * The corpus first pass; with `caching`, per-file summaries for the cache too. The batches'
   * summaries are merged in a worker as well, which has the rules' code loaded already.
   */
  async summarize(files: readonly string[], caching = false): Promise<SummaryOutcome> {
    const parts = await Promise.all(batches(files).map((b) => this.pool.run({ kind: 'summarize', files: b, caching } satisfies WorkerTask) as Promise<SummaryOutcome>));
    const entries: SummaryOutcome['entries'] = {};
    for (const part of parts) Object.assign(entries, part.entries);
    const summary = (await this.pool.run({ kind: 'merge', summaries: parts.map((p) => p.summary) } satisfies WorkerTask)) as CorpusSummary;
    return { summary, entries };
  }

  async lint(
    files: readonly string[],
    corpus: CorpusSummary | undefined,
    cacheEntries: ((file: string) => CacheEntry | undefined) | undefined,
    onBatch?: (done: number) => void,
    corpusHash?: string,
  ): Promise<BatchOutcome> {
    const total: BatchOutcome = { results: [], entries: {}, hits: 0 };
    const dir = corpus ? mkdtempSync(path.join(os.tmpdir(), 'articlelint-corpus-')) : undefined;
    const corpusFile = dir ? path.join(dir, 'summary.json') : undefined;
    if (corpusFile) writeFileSync(corpusFile, JSON.stringify(corpus));
    try {
      await Promise.all(
        batches(files).map(async (b) => {
          const task: WorkerTask = { kind: 'lint', files: b, corpusFile, corpusHash };
          if (cacheEntries) task.cacheEntries = Object.fromEntries(b.map((f) => [f, cacheEntries(f)]));
          const out = (await this.pool.run(task)) as BatchOutcome;
          total.results.push(...out.results);
          Object.assign(total.entries, out.entries);
          total.hits += out.hits;
          onBatch?.(b.length);
        }),
      );
      return total;
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
