/** Command-line flags, following ESLint's names. */
import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import levn from 'levn';
import { UsageError } from '../errors.js';
import type { RuleEntry } from '../config/validate.js';
import type { FixKind } from '../types.js';

export const HELP = `articlelint [options] [file|dir|glob]...

Lint scraped news articles (.txt and .md): residue, mojibake, broken sentences, names.
With no file, lints the current folder.

Basic:
  -c, --config path          Use this config file (its "extends" still apply)
  --no-config-lookup         Do not search for config files; use the recommended preset
  --rule id:severity         Set rules (ESLint syntax, repeatable), e.g. --rule readability:off,
                             --rule 'readability: [warn, {age: 30}]', --rule '{"no-byline": "off"}'
  --init                     Write a starter .articlelintrc.json here

Fixing:
  --fix                      Apply fixes and write the files
  --fix-dry-run              Apply fixes in memory only; see "output" in --format json
                             (with --stdin: the way to get the fixed text)
  --fix-type safe,suggestion Which fixes to apply (default: safe)

Input:
  --stdin                    Lint text from standard input
  --stdin-filename name      Name the stdin text (for config, ignore patterns and report)
  --ignore-path path         Ignore file (default: .articlelintignore)
  --no-ignore                Disable ignore files and patterns
  --ignore-pattern pattern   Extra pattern of files to ignore (repeatable)
  --no-error-on-unmatched-pattern
                             Do not fail when a pattern matches no file
  --no-warn-ignored          No warning for files named explicitly but ignored (for hooks)
  --max-file-size MB         Skip larger files (default 50)

Scale:
  --concurrency auto|off|n   Worker threads (default auto: all cores for runs of 200+ files)
  --cache                    Only re-lint files whose content, config or corpus changed
  --cache-location path      Cache file or folder (default .articlelintcache)
  --jsonl                    Input is JSON Lines (a file, or stdin with --stdin): one article per record;
                             output is one ESLint-shaped JSON result per line
  --text-field name          Field holding the article (default text)
  --id-field name            Field used as the result's filePath (default: source:line)
  --out path                 With --jsonl --fix: write the records, fixed, to this file

Suppressions and directives:
  --suppress-all             Record every current finding in the suppressions file
  --suppress-rule id         Record the current findings of one rule (repeatable)
  --prune-suppressions       Drop suppressions that no longer match anything
  --suppressions-location p  Suppressions file (default articlelint-suppressions.json)
  --report-unused-disable-directives
                             Report Markdown <!-- articlelint-disable --> comments that silence nothing

Corpus (first pass across all files):
  --summary file             Check against a merged corpus summary instead of gathering one
  summarize paths... -o file Write the corpus summary of some files (one shard)
  merge-summaries files... -o file
                             Merge shard summaries into one

Git:
  install-hook               Write a git pre-commit hook that lints staged .txt/.md files

Output:
  -f, --format name|path     stylish (default), json, compact, github, sarif, junit, html,
                             a formatter package (articlelint-formatter-<name>, or <name>),
                             or a path to a formatter module
  -o, --output-file path     Write the report to a file
  --quiet                    Report errors only
  --max-warnings n           Exit 1 when more than n warnings are reported (n >= 0; -1: no limit)
  --color, --no-color        Force colour on or off

Information:
  --list-rules               List rules (with --format json: their metadata)
  --print-config file        Print the configuration for a file
  --debug                    Show stack traces of internal errors
  -v, --version              Print the version
  -h, --help                 Show this help

Exit codes: 0 no errors, 1 lint errors or too many warnings, 2 usage, config or I/O failure.`;

export interface CliOptions {
  patterns: string[];
  command: 'lint' | 'summarize' | 'merge-summaries' | 'install-hook';
  config?: string;
  configLookup: boolean;
  rules: Record<string, RuleEntry>;
  init: boolean;
  fix: boolean;
  fixDryRun: boolean;
  fixTypes: FixKind[];
  stdin: boolean;
  stdinFilename?: string;
  ignorePath?: string;
  ignore: boolean;
  ignorePatterns: string[];
  errorOnUnmatchedPattern: boolean;
  warnIgnored: boolean;
  maxBytes?: number;
  summary?: string;
  concurrency: 'auto' | 'off' | number;
  cache: boolean;
  cacheLocation?: string;
  jsonl: boolean;
  textField: string;
  idField?: string;
  out?: string;
  suppressAll: boolean;
  suppressRules: string[];
  pruneSuppressions: boolean;
  suppressionsLocation?: string;
  reportUnusedDirectives: boolean;
  /** The -f value; undefined when not given (stylish, or JSON Lines with --jsonl). */
  format: string | undefined;
  outputFile?: string;
  quiet: boolean;
  maxWarnings: number;
  color?: boolean;
  listRules: boolean;
  printConfig?: string;
  debug: boolean;
  version: boolean;
  help: boolean;
}

const FIX_KINDS: FixKind[] = ['safe', 'suggestion'];

/**
 * One `--rule` value in ESLint's syntax: a levn `Object` (what ESLint's
 * optionator declares for --rule), so `id:off`, `id: [warn, {age: 30}]` and
 * JSON objects all work. Severities and options are checked with the config.
 */
export function parseRuleFlag(value: string): Record<string, RuleEntry> {
  let parsed: unknown;
  try {
    parsed = levn.parse('Object', value);
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UsageError(`--rule: cannot parse "${value}" (use "id: severity" or "id: [severity, {option: value}]")`);
  }
  return Object.fromEntries(Object.entries(parsed as Record<string, unknown>).map(([id, entry]) => [id, normalizeSeverity(entry) as RuleEntry]));
}

/** levn reads `2` as a number already; `"2"` from JSON stays a string: accept both as ESLint does. */
function normalizeSeverity(entry: unknown): unknown {
  const fix = (sev: unknown) => (typeof sev === 'string' && /^[0-2]$/.test(sev) ? Number(sev) : sev);
  return Array.isArray(entry) ? [fix(entry[0]), ...entry.slice(1)] : fix(entry);
}

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  'no-config-lookup': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  init: { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-type': { type: 'string', multiple: true },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'ignore-path': { type: 'string' },
  'no-ignore': { type: 'boolean' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  'no-warn-ignored': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  summary: { type: 'string' },
  concurrency: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  jsonl: { type: 'boolean' },
  'suppress-all': { type: 'boolean' },
  'suppress-rule': { type: 'string', multiple: true },
  'prune-suppressions': { type: 'boolean' },
  'suppressions-location': { type: 'string' },
  'report-unused-disable-directives': { type: 'boolean' },
  'text-field': { type: 'string' },
  'id-field': { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  'print-config': { type: 'string' },
  debug: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--max-warnings -5`: a negative number after a flag that takes a value is that value, not a flag. */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    const next = argv[i + 1];
    if (name && Object.hasOwn(OPTIONS, name) && OPTIONS[name as keyof typeof OPTIONS].type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** parseArgs' message, cut to its first sentence, with the closest real flag for a typo. */
function flagError(error: unknown): UsageError {
  const message = (error as Error).message.split('\n')[0]!;
  const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(message);
  if (!unknown) return new UsageError(`${message} (see --help)`);
  const given = unknown[1]!.split('=')[0]!;
  const flags = Object.keys(OPTIONS).map((o) => `--${o}`);
  const best = closest(given, flags);
  const hint = distance(given, best) <= Math.max(2, Math.floor(given.length / 4)) ? `. Did you mean ${best}?` : '';
  return new UsageError(`unknown option ${given}${hint} (see --help)`);
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw flagError(error);
  }
  const v = parsed.values;
  const positionals = [...parsed.positionals];
  let command: CliOptions['command'] = 'lint';
  if (positionals[0] === 'summarize' || positionals[0] === 'merge-summaries' || positionals[0] === 'install-hook') command = positionals.shift() as CliOptions['command'];

  const fixTypes = (v['fix-type'] ?? ['safe']).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  for (const t of fixTypes) {
    if (!FIX_KINDS.includes(t as FixKind)) throw new UsageError(`--fix-type: unknown type "${t}" (use safe or suggestion)`);
  }
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
      throw new UsageError(`--max-warnings expects a whole number of warnings, 0 or more (or -1 for no limit), got "${v['max-warnings']}"`);
    }
  }
  let maxBytes: number | undefined;
  if (v['max-file-size'] !== undefined) {
    const mb = Number(v['max-file-size']);
    if (!(mb > 0)) throw new UsageError(`--max-file-size expects a number of megabytes, got "${v['max-file-size']}"`);
    maxBytes = Math.round(mb * 1024 * 1024);
  }
  let concurrency: CliOptions['concurrency'] = 'auto';
  if (v.concurrency !== undefined) {
    if (v.concurrency === 'auto' || v.concurrency === 'off') concurrency = v.concurrency;
    else {
      const n = Number(v.concurrency);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency expects auto, off or a number of threads, 1 or more, got "${v.concurrency}"`);
      concurrency = n;
    }
  }
  if (v.out !== undefined && !v.jsonl) throw new UsageError('--out goes with --jsonl');
  if (v.color && v['no-color']) throw new UsageError('--color and --no-color cannot be used together');
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename needs --stdin');
  // ESLint's rule: --fix writes files, and standard input has none; the fixed text is --fix-dry-run's "output".
  if (v.fix && v.stdin && !v.jsonl) throw new UsageError('--fix cannot be used with --stdin (no file to write); use --fix-dry-run --format json for the fixed text');
  if (v.fix && v.jsonl && v.out === undefined) throw new UsageError('--jsonl --fix needs --out file to write the fixed records to');

  return {
    patterns: positionals,
    command,
    config: v.config,
    configLookup: !v['no-config-lookup'],
    rules: Object.assign({}, ...(v.rule ?? []).map(parseRuleFlag)) as Record<string, RuleEntry>,
    init: !!v.init,
    fix: !!v.fix,
    fixDryRun: !!v['fix-dry-run'],
    fixTypes: fixTypes as FixKind[],
    stdin: !!v.stdin,
    stdinFilename: v['stdin-filename'],
    ignorePath: v['ignore-path'],
    ignore: !v['no-ignore'],
    ignorePatterns: v['ignore-pattern'] ?? [],
    errorOnUnmatchedPattern: !v['no-error-on-unmatched-pattern'],
    warnIgnored: !v['no-warn-ignored'],
    maxBytes,
    summary: v.summary,
    concurrency,
    cache: !!v.cache,
    cacheLocation: v['cache-location'],
    jsonl: !!v.jsonl,
    suppressAll: !!v['suppress-all'],
    suppressRules: v['suppress-rule'] ?? [],
    pruneSuppressions: !!v['prune-suppressions'],
    suppressionsLocation: v['suppressions-location'],
    reportUnusedDirectives: !!v['report-unused-disable-directives'],
    textField: v['text-field'] ?? 'text',
    idField: v['id-field'],
    out: v.out,
    format: v.format,
    outputFile: v['output-file'],
    quiet: !!v.quiet,
    maxWarnings,
    color: v.color ? true : v['no-color'] ? false : undefined,
    listRules: !!v['list-rules'],
    printConfig: v['print-config'],
    debug: !!v.debug,
    version: !!v.version,
    help: !!v.help,
  };
}
