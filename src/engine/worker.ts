/** Worker-thread entry: lints or summarises a batch of files (see parallel.ts). */
import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { createConfigLoader, type LintFilesOptions } from '../api.js';
import { rules } from '../../rules/index.js';
import { lintBatch, summarizeBatch, type BatchOutcome, type SummaryOutcome } from './batch.js';
import type { CacheEntry } from './cache.js';
import type { CorpusSummary } from './corpus.js';
import type { FileRunOptions } from './lint.js';
import type { FixKind } from '../types.js';

export interface WorkerSetup {
  options: SerializableLintOptions;
  version: string;
}

/** The part of LintFilesOptions that can cross a thread boundary. */
export type SerializableLintOptions = Pick<LintFilesOptions, 'cwd' | 'config' | 'configFile' | 'configLookup' | 'rules' | 'maxBytes' | 'write' | 'reportUnusedDirectives'> & {
  fixKinds?: FixKind[];
};

export type WorkerTask =
  | { kind: 'lint'; files: string[]; corpusFile?: string; cacheEntries?: Record<string, CacheEntry | undefined> }
  | { kind: 'summarize'; files: string[]; caching?: boolean };

// tinypool passes [its private data, our workerData].
const setup = (workerData as [unknown, WorkerSetup])[1];
const loader = createConfigLoader(setup.options);
const runOptions: FileRunOptions = {
  configFor: (file) => loader.forFile(file),
  registry: new Map(rules.map((r) => [r.meta.id, r])),
  fixKinds: setup.options.fixKinds,
  write: setup.options.write,
  maxBytes: setup.options.maxBytes,
  reportUnusedDirectives: setup.options.reportUnusedDirectives,
};

// The merged summary is shared through a file, read once per worker (it can be megabytes).
let corpusCache: { file: string; summary: CorpusSummary } | undefined;
function corpusFrom(file: string | undefined): CorpusSummary | undefined {
  if (!file) return undefined;
  if (corpusCache?.file !== file) corpusCache = { file, summary: JSON.parse(readFileSync(file, 'utf8')) as CorpusSummary };
  return corpusCache.summary;
}

export default async function run(task: WorkerTask): Promise<BatchOutcome | SummaryOutcome> {
  if (task.kind === 'summarize') return summarizeBatch(task.files, runOptions, task.caching ? setup.version : undefined);
  const cache = task.cacheEntries ? { version: setup.version, entries: task.cacheEntries } : undefined;
  return lintBatch(task.files, runOptions, corpusFrom(task.corpusFile), cache);
}
