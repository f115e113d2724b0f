/**
 * ESLint-style result cache (`--cache`). Per file it keeps the file's size,
 * mtime and content hash, its lint result under a key (articlelint version,
 * effective config, merged corpus summary) and, when corpus rules are on, its
 * own corpus summary under a key (version and config). A file whose size and
 * mtime are unchanged is not read at all: a warm run over unchanged files
 * rebuilds the corpus merge from the cached summaries and reuses every result.
 * A file whose metadata changed but whose bytes did not (a fresh checkout, a
 * touch) is read once and still hits, by content hash. Summaries are stored as
 * JSON text and parsed only to be merged: a fully warm run merges none.
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../fix/write.js';
import type { CorpusSummary } from './corpus.js';
import type { FileConfig } from '../config/load.js';
import type { PlainResult } from './serialize.js';
import { decodeBytes } from './decode.js';
import type { LintResult } from '../types.js';

export const DEFAULT_CACHE_LOCATION = '.articlelintcache';
const CACHE_FORMAT = 3;

/** What identifies a file's bytes: metadata first (no read), then the content hash. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** sha256 of the file's bytes. */
  content: string;
}

export interface CacheEntry extends FileStamp {
  /** Hash of version, config and merged corpus summary that `result` was linted under. */
  key?: string;
  result?: PlainResult;
  /** Hash of version and config that `summary` (this file's corpus summary) was collected under. */
  summaryKey?: string;
  summary?: CorpusSummary;
}

/** An entry as the cache file holds it: the summary as JSON text. */
type StoredEntry = Omit<CacheEntry, 'summary'> & { summary?: string };

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** JSON with object keys sorted: merged summaries are equal in any merge order, but their key order is not. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * JSON with every non-ASCII character escaped. Read back, an ASCII file decodes to a one-byte
 * string (a fast copy); one non-ASCII character would make all of it a two-byte string, slower
 * to decode and to parse.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The hash of a merged corpus summary as result keys use it ('' without one). */
export function corpusHashOf(corpus: CorpusSummary | undefined): string {
  return corpus ? hashBytes(canonicalJson(corpus.rules)) : '';
}

/**
 * Keys for one run: the corpus summary is hashed once (or its hash is given: the main thread
 * hands it to workers, and a warm run takes it from the cache), a config once per config object.
 */
export class CacheKeys {
  private readonly configs = new WeakMap<FileConfig, string>();
  private readonly lintKeys = new WeakMap<FileConfig, string>();

  constructor(
    private readonly version: string,
    private corpusHash: string | null = null,
  ) {}

  /** Key of a file's corpus summary: version and config. */
  summaryKey(config: FileConfig): string {
    let key = this.configs.get(config);
    if (key === undefined) {
      key = hashBytes(JSON.stringify([this.version, config.ruleEntries, config.settings]));
      this.configs.set(config, key);
    }
    return key;
  }

  /** Key of a file's result: version, config and the merged corpus summary. */
  lintKey(config: FileConfig, corpus: CorpusSummary | undefined): string {
    this.corpusHash ??= corpusHashOf(corpus);
    let key = this.lintKeys.get(config);
    if (key === undefined) {
      key = hashBytes(`${this.summaryKey(config)} ${this.corpusHash}`);
      this.lintKeys.set(config, key);
    }
    return key;
  }
}

/** Size and mtime of a regular file, or undefined (missing, not a file). */
export function statOf(file: string): { size: number; mtimeMs: number } | undefined {
  try {
    const s = statSync(file);
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

function sameMetadata(entry: FileStamp | undefined, stat: { size: number; mtimeMs: number } | undefined): boolean {
  return !!entry && !!stat && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs;
}

/** Text of results reused without reading their files, once read; `undefined` for a file that is gone or not text. */
const loadedSources = new WeakMap<LintResult, string | undefined>();

/** One accessor for every reused result (`this` is the result): no closures per result. */
const sourceOnDemand: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: LintResult) {
    if (!loadedSources.has(this)) {
      let text: string | undefined;
      try {
        const decoded = decodeBytes(readFileSync(this.filePath));
        text = decoded.ok ? decoded.text : undefined;
      } catch {
        text = undefined;
      }
      loadedSources.set(this, text);
    }
    return loadedSources.get(this);
  },
  set(this: LintResult, value: string | undefined) {
    Object.defineProperty(this, 'source', { value, writable: true, enumerable: true, configurable: true });
  },
};

/**
 * A result reused without reading its file carries no text. The formatters that show the text
 * (html, sarif) read it on first use; the others never do, so a warm run reads nothing.
 */
export function withSourceOnDemand(result: LintResult): LintResult {
  return Object.defineProperty(result, 'source', sourceOnDemand);
}

/** The last run's merged corpus summary, known by its inputs (`corpusInputs`) and hash (`corpusHashOf`). */
export interface CorpusRecord {
  inputs: string;
  hash: string;
}

export class LintCache {
  /** Whether anything differs from the file as read (a run that changed nothing writes nothing). */
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly entries: Map<string, CacheEntry>,
    /** Summaries as stored (JSON text) of the entries whose summary is not parsed yet. */
    private readonly summaryTexts: Map<string, string>,
    private corpusRecord: CorpusRecord | undefined,
  ) {}

  static async open(location: string, cwd: string): Promise<LintCache> {
    let file = path.resolve(cwd, location);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat?.isDirectory() || location.endsWith('/')) file = path.join(file, DEFAULT_CACHE_LOCATION);
    const entries = new Map<string, CacheEntry>();
    const summaryTexts = new Map<string, string>();
    let corpus: CorpusRecord | undefined;
    try {
      // One read and one decode: the promise API reads a large file in chunks through a string decoder.
      const data = JSON.parse(readFileSync(file, 'utf8')) as { format: number; entries: Record<string, StoredEntry>; corpus?: CorpusRecord };
      if (data.format === CACHE_FORMAT) {
        for (const [k, v] of Object.entries(data.entries)) {
          if (v.summary !== undefined) summaryTexts.set(k, v.summary);
          entries.set(k, { ...v, summary: undefined });
        }
        corpus = data.corpus;
      }
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new LintCache(file, entries, summaryTexts, corpus);
  }

  /** What went into a merged corpus summary: every file with its summary's key and its bytes' hash. */
  corpusInputs(files: readonly string[]): string | undefined {
    const hash = createHash('sha256');
    for (const file of [...files].sort()) {
      const entry = this.entries.get(file);
      if (!entry || entry.summaryKey === undefined || !this.hasSummary(file, entry)) return undefined;
      hash.update(`${file}\0${entry.summaryKey}\0${entry.content}\n`);
    }
    return hash.digest('hex');
  }

  /** Whether a file's cached summary was collected under `summaryKey` from the file as it is (size and mtime); nothing is parsed. */
  summaryHolds(filePath: string, summaryKey: string, stat: ReturnType<typeof statOf>): boolean {
    const entry = this.entries.get(filePath);
    return !!entry && entry.summaryKey === summaryKey && this.hasSummary(filePath, entry) && sameMetadata(entry, stat);
  }

  /** Whether `entry` (the file's) has a summary, parsed or still as text. */
  private hasSummary(filePath: string, entry: CacheEntry): boolean {
    return entry.summary !== undefined || this.summaryTexts.has(filePath);
  }

  /** The hash of the last merged corpus summary if it was merged from exactly `inputs`. */
  corpusHash(inputs: string | undefined): string | undefined {
    return inputs !== undefined && this.corpusRecord?.inputs === inputs ? this.corpusRecord.hash : undefined;
  }

  rememberCorpus(record: CorpusRecord): void {
    if (this.corpusRecord?.inputs === record.inputs && this.corpusRecord.hash === record.hash) return;
    this.corpusRecord = record;
    this.changed = true;
  }

  /** A file's entry, its summary parsed. */
  get(filePath: string): CacheEntry | undefined {
    const entry = this.entries.get(filePath);
    const text = this.summaryTexts.get(filePath);
    if (entry && text !== undefined) {
      entry.summary = JSON.parse(text) as CorpusSummary;
      this.summaryTexts.delete(filePath);
    }
    return entry;
  }

  /** Records what a run learnt about a file; a new content drops what was cached for the old one. */
  update(filePath: string, entry: CacheEntry): void {
    const previous = this.get(filePath);
    this.entries.set(filePath, previous && previous.content === entry.content ? { ...previous, ...entry } : entry);
    this.changed = true;
  }

  /**
   * Cached results of the files whose size and mtime are unchanged and whose
   * key matches (nothing is read), and the files left to lint.
   */
  reuse(files: readonly string[], keyOf: (file: string) => string, stat: (file: string) => ReturnType<typeof statOf> = statOf): { hits: PlainResult[]; rest: string[] } {
    const hits: PlainResult[] = [];
    const rest: string[] = [];
    for (const file of files) {
      const entry = this.entries.get(file);
      if (entry?.result && entry.key === keyOf(file) && sameMetadata(entry, stat(file))) hits.push(entry.result);
      else rest.push(file);
    }
    return { hits, rest };
  }

  /** Drops entries for files not seen in this run, then writes atomically; a run that changed nothing writes nothing. */
  async save(seen?: ReadonlySet<string>): Promise<void> {
    const dropped = !!seen && [...this.entries.keys()].some((k) => !seen.has(k));
    if (!this.changed && !dropped && existsSync(this.file)) return;
    const out: Record<string, StoredEntry> = {};
    for (const [k, v] of [...this.entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (seen && !seen.has(k)) continue;
      const summary = this.summaryTexts.get(k) ?? (v.summary && JSON.stringify(v.summary));
      out[k] = { ...v, summary };
    }
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, Buffer.from(asciiJson({ format: CACHE_FORMAT, entries: out, corpus: this.corpusRecord })));
    this.changed = false;
  }
}
