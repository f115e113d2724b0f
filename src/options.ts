/**
 * The options of a run: one type for the API, the CLI and worker threads
 * (workers get the serialisable part, `WorkerLintOptions`).
 */
import type { RawConfig, RuleEntry } from './config/validate.js';
import type { CorpusSummary, FixKind } from './types.js';

export type Concurrency = 'auto' | 'off' | number;

export interface LintOptions {
  /** Working directory for relative paths and config lookup (default: process.cwd()). */
  cwd?: string;
  /** A config object; when given, no config file is searched. */
  config?: RawConfig;
  /** A config file to use instead of searching. */
  configFile?: string;
  /** Search config files from each file's folder upward (default true). */
  configLookup?: boolean;
  /** Rule settings applied last, like `--rule`. */
  rules?: Record<string, RuleEntry>;
  /** The registry module to load rules from (a path or file URL exporting `rules`; default: the built-in rules). */
  rulesModule?: string;
  /** Apply fixes and put the fixed text in `output`. */
  fix?: boolean;
  /** Which fixes to apply (default `['safe']`). */
  fixTypes?: FixKind[];
  /** Corpus summary to check against (from `summarize`). */
  corpus?: CorpusSummary;
  /** Skip files larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Report Markdown disable directives that silence nothing, at this severity. */
  reportUnusedDirectives?: 0 | 1 | 2;
}

export interface LintTextOptions extends LintOptions {
  /** Name used for config lookup, overrides and the report (default `<text>`). */
  filePath?: string;
}

export interface LintFilesOptions extends LintOptions {
  /** Write fixes to disk (the CLI's `--fix`). Without it, fixes only fill `output`. */
  write?: boolean;
  ignorePath?: string;
  ignore?: boolean;
  ignorePatterns?: string[];
  errorOnUnmatchedPattern?: boolean;
  /** Worker threads: 'auto' (cores, for large runs), 'off', or a number (default 'off' in the API). */
  concurrency?: Concurrency;
  /** Reuse results of unchanged files (ESLint's --cache). */
  cache?: boolean;
  cacheLocation?: string;
  /** Called as files finish (for progress bars). */
  onProgress?: (done: number, total: number) => void;
}

/** The part of the options that crosses a thread boundary. */
export type WorkerLintOptions = Pick<
  LintFilesOptions,
  'cwd' | 'config' | 'configFile' | 'configLookup' | 'rules' | 'rulesModule' | 'fix' | 'fixTypes' | 'maxBytes' | 'write' | 'reportUnusedDirectives'
>;

export function workerOptions(options: LintFilesOptions): WorkerLintOptions {
  const { cwd, config, configFile, configLookup, rules, rulesModule, fix, fixTypes, maxBytes, write, reportUnusedDirectives } = options;
  return { cwd, config, configFile, configLookup, rules, rulesModule, fix, fixTypes, maxBytes, write, reportUnusedDirectives };
}

/** The fix kinds a run applies (none: lint only). */
export function fixKindsOf(options: Pick<LintOptions, 'fix' | 'fixTypes'>): FixKind[] | undefined {
  return options.fix ? (options.fixTypes?.length ? options.fixTypes : ['safe']) : undefined;
}
