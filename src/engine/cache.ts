/**
 * ESLint-style result cache (`--cache`): a file is not linted again when its
 * content, its effective config, the articlelint version and the corpus
 * summary are all unchanged. Keyed by content hash, not mtime, so a fresh
 * checkout still hits.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../fix/write.js';
import type { CorpusSummary } from './corpus.js';
import type { FileConfig } from '../config/load.js';
import type { PlainResult } from './serialize.js';

export const DEFAULT_CACHE_LOCATION = '.articlelintcache';
const CACHE_FORMAT = 1;

export interface CacheEntry {
  /** sha256 of the file's bytes. */
  content: string;
  /** Hash of version, config and corpus summary. */
  key: string;
  result: PlainResult;
}

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function cacheKey(version: string, config: FileConfig, corpus: CorpusSummary | undefined): string {
  return hashBytes(JSON.stringify([version, config.ruleEntries, config.settings, corpus ? corpus.rules : null]));
}

export class LintCache {
  private constructor(
    readonly file: string,
    private readonly entries: Map<string, CacheEntry>,
  ) {}

  static async open(location: string, cwd: string): Promise<LintCache> {
    let file = path.resolve(cwd, location);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat?.isDirectory() || location.endsWith('/')) file = path.join(file, DEFAULT_CACHE_LOCATION);
    const entries = new Map<string, CacheEntry>();
    try {
      const data = JSON.parse(await fs.readFile(file, 'utf8')) as { format: number; entries: Record<string, CacheEntry> };
      if (data.format === CACHE_FORMAT) for (const [k, v] of Object.entries(data.entries)) entries.set(k, v);
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new LintCache(file, entries);
  }

  get(filePath: string): CacheEntry | undefined {
    return this.entries.get(filePath);
  }

  set(filePath: string, entry: CacheEntry): void {
    this.entries.set(filePath, entry);
  }

  /** Drops entries for files not seen in this run, then writes atomically. */
  async save(seen?: ReadonlySet<string>): Promise<void> {
    const out: Record<string, CacheEntry> = {};
    for (const [k, v] of [...this.entries].sort(([a], [b]) => (a < b ? -1 : 1))) if (!seen || seen.has(k)) out[k] = v;
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, Buffer.from(JSON.stringify({ format: CACHE_FORMAT, entries: out })));
  }
}
