/**
 * Lints a batch of files with an optional cache. The same code runs in the
 * main thread (small runs) and in worker threads (src/engine/worker.ts).
 */
import { cacheKey, hashBytes, type CacheEntry } from './cache.js';
import type { CorpusSummary } from './corpus.js';
import { lintFile, readDocument, type FileRunOptions } from './lint.js';
import { toPlainResult, type PlainResult } from './serialize.js';

export interface BatchOutcome {
  results: PlainResult[];
  /** New or confirmed cache entries by file (only when caching). */
  entries: Record<string, CacheEntry>;
  hits: number;
}

export async function lintBatch(
  files: readonly string[],
  options: FileRunOptions,
  corpus: CorpusSummary | undefined,
  cache: { version: string; entries: Record<string, CacheEntry | undefined> } | undefined,
  onFile?: () => void,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { results: [], entries: {}, hits: 0 };
  for (const file of files) {
    if (!cache) {
      outcome.results.push(toPlainResult(await lintFile(file, options, corpus)));
      onFile?.();
      continue;
    }
    // Read once, with the limits of linting (no unbounded read, no blocking on a FIFO): the bytes
    // are hashed for the cache and, on a miss, linted.
    const read = await readDocument(file, options.maxBytes);
    const bytes = read.ok ? read.bytes : undefined;
    const config = await options.configFor(file);
    const key = cacheKey(cache.version, config, corpus);
    const content = bytes ? hashBytes(bytes) : '';
    const previous = cache.entries[file];
    if (bytes && previous && previous.content === content && previous.key === key) {
      // Cache entries leave the text out; the result carries it again for formatters.
      outcome.results.push(read.ok ? { ...previous.result, source: read.text } : previous.result);
      outcome.entries[file] = previous;
      outcome.hits++;
    } else {
      const result = toPlainResult(await lintFile(file, options, corpus, read));
      outcome.results.push(result);
      // File-level failures (unreadable, binary) are not cached: they may be transient.
      if (bytes && result.messages.every((m) => !m.fileLevel)) outcome.entries[file] = { content, key, result: { ...result, source: undefined } };
    }
    onFile?.();
  }
  return outcome;
}
