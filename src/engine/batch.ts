/**
 * Lints or summarises a batch of files with an optional cache. The same code
 * runs in the main thread (small runs) and in worker threads
 * (src/engine/worker.ts). Each file is read once: the cache check reuses the
 * bytes it read to hash.
 */
import { CacheKeys, hashBytes, type CacheEntry } from './cache.js';
import { SummaryAccumulator, type CorpusSummary } from './corpus.js';
import { lintFile, readDocument, summarizeFile, type FileRunOptions } from './lint.js';
import { toPlainResult, type PlainResult } from './serialize.js';

/** The cache as a batch sees it: the version, the merged corpus summary's hash and the previous entries of its files. */
export interface BatchCache {
  version: string;
  /** `corpusHashOf` the run's corpus summary (hashed once by the main thread, not by every batch). */
  corpusHash?: string;
  entries: Record<string, CacheEntry | undefined>;
}

export interface BatchOutcome {
  results: PlainResult[];
  /** New or confirmed cache entries by file (only when caching). */
  entries: Record<string, CacheEntry>;
  hits: number;
  /** Files the batch read: those the corpus pass of the same thread did not keep (OpenedFiles). */
  reads: number;
}

export async function lintBatch(
  files: readonly string[],
  options: FileRunOptions,
  corpus: CorpusSummary | undefined,
  cache: BatchCache | undefined,
  onFile?: () => void,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { results: [], entries: {}, hits: 0, reads: 0 };
  const keys = cache && new CacheKeys(cache.version, cache.corpusHash);
  for (const file of files) {
    // Read once (or taken from the corpus pass), with the limits of linting (no unbounded read, no
    // blocking on a FIFO): with a cache the bytes are hashed and, on a miss, linted.
    const kept = options.opened?.take(file);
    if (!kept) outcome.reads++;
    const opened = kept ?? { read: await readDocument(file, options.maxBytes) };
    if (!cache || !keys) {
      outcome.results.push(toPlainResult(await lintFile(file, options, corpus, opened)));
      onFile?.();
      continue;
    }
    const { read } = opened;
    const key = keys.lintKey(await options.configFor(file), corpus);
    const previous = cache.entries[file];
    if (read.ok) {
      const stamp = { size: read.size, mtimeMs: read.mtimeMs, content: hashBytes(read.bytes) };
      if (previous?.result && previous.content === stamp.content && previous.key === key) {
        // Same bytes under new metadata (a checkout, a touch): reuse, and remember the metadata.
        // Cache entries leave the text out; the result carries it again for formatters.
        outcome.results.push({ ...previous.result, source: read.text });
        outcome.entries[file] = { ...previous, ...stamp };
        outcome.hits++;
        onFile?.();
        continue;
      }
      const result = toPlainResult(await lintFile(file, options, corpus, opened));
      outcome.results.push(result);
      // File-level failures (binary, internal errors) are not cached: they may be transient.
      if (result.messages.every((m) => !m.fileLevel)) outcome.entries[file] = { ...stamp, key, result: { ...result, source: undefined } };
    } else {
      outcome.results.push(toPlainResult(await lintFile(file, options, corpus, opened)));
    }
    onFile?.();
  }
  return outcome;
}

export interface SummaryOutcome {
  /** The merged summary of the batch. */
  summary: CorpusSummary;
  /** Per file, its summary and what identifies its bytes (only when caching). */
  entries: Record<string, CacheEntry>;
}

type SummaryRunOptions = Pick<FileRunOptions, 'configFor' | 'registry' | 'maxBytes' | 'root' | 'opened'>;

/** The corpus first pass over a batch; with a cache version, per-file summaries to cache as well. */
export async function summarizeBatch(files: readonly string[], options: SummaryRunOptions, cacheVersion: string | undefined): Promise<SummaryOutcome> {
  const acc = new SummaryAccumulator(options.registry);
  const entries = await summarizeInto(acc, files, options, cacheVersion);
  return { summary: acc.result(), entries };
}

/** `summarizeBatch` adding to a summary of more batches (a worker's); returns the entries to cache. */
export async function summarizeInto(
  acc: SummaryAccumulator,
  files: readonly string[],
  options: SummaryRunOptions,
  cacheVersion: string | undefined,
): Promise<Record<string, CacheEntry>> {
  const entries: Record<string, CacheEntry> = {};
  const keys = cacheVersion !== undefined ? new CacheKeys(cacheVersion) : undefined;
  for (const file of files) {
    if (!keys) {
      const summary = await summarizeFile(file, options);
      if (summary) acc.add(summary);
      continue;
    }
    const read = await readDocument(file, options.maxBytes);
    const summary = await summarizeFile(file, options, read);
    if (summary) acc.add(summary);
    if (read.ok && summary) {
      entries[file] = { size: read.size, mtimeMs: read.mtimeMs, content: hashBytes(read.bytes), summaryKey: keys.summaryKey(await options.configFor(file)), summary };
    }
  }
  return entries;
}
