/** Where the pool (src/engine/parallel.ts) sends batches: a file is linted by the worker whose corpus pass read it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BatchQueues, WorkerPool, type Handed } from '../../src/engine/parallel.js';
import { version } from '../../src/package.js';
import { tempTree } from '../helpers/cli.js';

const seedsDir = path.resolve(new URL('../../seeds', import.meta.url).pathname);
const seed = readFileSync(path.join(seedsDir, '000_6ed966ed02e41ff3.txt'), 'utf8');

/** Hands out every batch of `queues`, worker by worker in `turns`, until none is left. */
function drain(queues: BatchQueues, turns: readonly number[]): [number, Handed][] {
  const handed: [number, Handed][] = [];
  for (let i = 0; ; i++) {
    const worker = turns[i % turns.length]!;
    const next = queues.next(worker);
    if (!next) return handed;
    handed.push([worker, next]);
  }
}

describe('BatchQueues', () => {
  it('hands each batch once: a worker its own first, then unowned ones, then the last of the worker with most left', () => {
    const queues = new BatchQueues(3);
    const own = (owner: number, n: number) => Array.from({ length: n }, (_, i) => [`w${owner}-${i}`]);
    own(0, 5).forEach((b) => queues.add(b, 0));
    own(1, 1).forEach((b) => queues.add(b, 1));
    queues.add(['unowned']);
    // Worker 1 asks three times for each time worker 0 asks; worker 2 has no batch of its own.
    const handed = drain(queues, [1, 1, 1, 0, 2]);
    expect(handed.map(([w, h]) => [w, h.batch[0], h.owner])).toEqual([
      [1, 'w1-0', 1],
      [1, 'unowned', undefined],
      [1, 'w0-4', 0],
      [0, 'w0-0', 0],
      [2, 'w0-3', 0],
      [1, 'w0-2', 0],
      [1, 'w0-1', 0],
    ]);
  });

  it('with workers asking in turn, every worker gets only its own batches', () => {
    const queues = new BatchQueues(2);
    for (let i = 0; i < 6; i++) queues.add([`f${i}`], i % 2);
    const handed = drain(queues, [0, 1]);
    expect(handed).toHaveLength(6);
    for (const [worker, h] of handed) expect(h.owner).toBe(worker);
  });
});

describe('WorkerPool', () => {
  let pool: WorkerPool | undefined;
  afterEach(() => {
    pool?.destroy();
    pool = undefined;
  });

  it('lints each file in the worker whose corpus pass read it: the lint pass reads only files of batches moved to balance the load', async () => {
    const files: Record<string, string> = {};
    // Lengths vary, so that the workers' batches take different times.
    for (let i = 0; i < 200; i++) files[`a/${String(i).padStart(3, '0')}.txt`] = `${seed}\n${'More of the story follows here today. '.repeat(i % 13)}\n`;
    const cwd = tempTree(files);
    const list = Object.keys(files).map((f) => path.join(cwd, f));
    pool = await WorkerPool.start(2, { options: { cwd, config: { extends: 'articlelint:all' } }, version: version() });
    const { summary } = await pool.summarize(list);
    const outcome = await pool.lint(list, summary, undefined);
    expect(outcome.results.map((r) => r.filePath).sort()).toEqual(list);
    expect(outcome.reads).toBe(outcome.moved);
    expect(outcome.moved).toBeLessThan(list.length / 2);
  });

  it('a file not summarised (no corpus pass, or another run) is read by the lint pass', async () => {
    const cwd = tempTree({ 'a.txt': seed, 'b.txt': seed });
    const list = ['a.txt', 'b.txt'].map((f) => path.join(cwd, f));
    pool = await WorkerPool.start(2, { options: { cwd, config: { extends: 'articlelint:all' } }, version: version() });
    const outcome = await pool.lint(list, undefined, undefined);
    expect(outcome.reads).toBe(2);
    expect(outcome.moved).toBe(0);
  });

  it('a worker that cannot start fails the pass instead of leaving it waiting', async () => {
    const cwd = tempTree({ 'a.txt': seed });
    pool = await WorkerPool.start(2, { options: { cwd, rulesModule: path.join(cwd, 'no-such-rules.js') }, version: version() });
    await expect(pool.summarize([path.join(cwd, 'a.txt')])).rejects.toThrow();
  });
});
