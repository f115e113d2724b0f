/**
 * Which files a run lints: explicit files, folders (their *.txt and *.md,
 * recursively) and globs, minus ignore patterns. Problems found while walking
 * (unreadable folders) are returned, not thrown, so the run goes on.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from '../errors.js';

export const LINTABLE = /\.(txt|md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
export const IGNORE_FILE = '.articlelintignore';

export interface Discovery {
  files: string[];
  /** Paths that could not be read while walking, with the reason. */
  problems: { filePath: string; message: string }[];
  /** Files named explicitly that ignore patterns exclude (ESLint warns about them). */
  ignored: string[];
}

export interface DiscoverOptions {
  cwd?: string;
  /** `--ignore-path`; default `.articlelintignore` in cwd. */
  ignorePath?: string;
  /** `--no-ignore`: disables ignore files and patterns. */
  useIgnore?: boolean;
  /** Extra patterns (config `ignorePatterns`, `--ignore-pattern`), relative to cwd. */
  ignorePatterns?: string[];
  /** Extra matcher (config ignorePatterns resolved against their config file). */
  isIgnored?: (absPath: string) => boolean | Promise<boolean>;
  errorOnUnmatchedPattern?: boolean;
}

async function loadIgnore(cwd: string, options: DiscoverOptions): Promise<Ignore> {
  const ig = ignore();
  if (options.useIgnore === false) return ig;
  const file = path.resolve(cwd, options.ignorePath ?? IGNORE_FILE);
  try {
    ig.add(await fs.readFile(file, 'utf8'));
  } catch (error) {
    if (options.ignorePath) throw new UsageError(`cannot read ignore file ${options.ignorePath}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  ig.add(options.ignorePatterns ?? []);
  return ig;
}

/** Whether an absolute path is ignored by the ignore file, `--ignore-pattern` and `options.isIgnored`. */
export async function ignoreTest(options: DiscoverOptions = {}): Promise<(abs: string) => Promise<boolean>> {
  const cwd = options.cwd ?? process.cwd();
  const ig = await loadIgnore(cwd, options);
  return async (abs) => {
    if (options.useIgnore === false) return false;
    const rel = path.relative(cwd, abs).split(path.sep).join('/');
    if (rel && !rel.startsWith('..') && ig.ignores(rel)) return true;
    return options.isIgnored ? await options.isIgnored(abs) : false;
  };
}

export async function discoverFiles(patterns: readonly string[], options: DiscoverOptions = {}): Promise<Discovery> {
  const cwd = options.cwd ?? process.cwd();
  const ignored = await ignoreTest(options);
  const found = new Set<string>();
  const problems: Discovery['problems'] = [];
  const explicitlyIgnored: string[] = [];

  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    const stat = await fs.stat(abs).catch((error: NodeJS.ErrnoException) => error);
    let matched = 0;
    if (!(stat instanceof Error) && stat.isDirectory()) {
      matched = await walk(abs, found, problems, ignored);
    } else if (!(stat instanceof Error) && stat.isFile()) {
      // An explicitly named file is linted whatever its extension, unless ignored.
      if (await ignored(abs)) explicitlyIgnored.push(abs);
      else found.add(abs);
      matched = 1;
    } else if (!(stat instanceof Error)) {
      // A FIFO, socket or device: reading it could block forever or never end.
      problems.push({ filePath: abs, message: NOT_REGULAR });
      matched = 1;
    } else if (stat.code === 'ENOENT' && (await isSymlink(abs))) {
      problems.push({ filePath: abs, message: DANGLING });
      matched = 1;
    } else if (fg.isDynamicPattern(pattern)) {
      const entries = await fg(pattern, { cwd, absolute: true, dot: false, onlyFiles: true, suppressErrors: true, followSymbolicLinks: false });
      for (const entry of entries) {
        const file = path.normalize(entry);
        if (!(await ignored(file))) found.add(file);
      }
      matched = entries.length;
    } else if (stat instanceof Error && stat.code !== 'ENOENT' && stat.code !== 'ENOTDIR') {
      problems.push({ filePath: abs, message: `cannot read: ${describeError(stat)}` });
      matched = 1;
    }
    if (matched === 0 && options.errorOnUnmatchedPattern !== false) {
      throw new UsageError(`No files matching the pattern "${pattern}" were found.`);
    }
  }
  return { files: [...found].sort(), problems, ignored: explicitlyIgnored };
}

const NOT_REGULAR = 'not a regular file (FIFO, socket or device), skipped';
const DANGLING = 'dangling symbolic link (its target does not exist), skipped';
const OUTSIDE = 'symbolic link to a file outside the folder being linted, skipped';

async function isSymlink(abs: string): Promise<boolean> {
  const l = await fs.lstat(abs).catch(() => undefined);
  return !!l?.isSymbolicLink();
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function walk(
  dir: string,
  found: Set<string>,
  problems: Discovery['problems'],
  ignored: (abs: string) => Promise<boolean>,
): Promise<number> {
  let count = 0;
  const stack = [dir];
  const realRoot = await fs.realpath(dir).catch(() => dir);
  while (stack.length) {
    const current = stack.pop()!;
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch (error) {
      problems.push({ filePath: current, message: `cannot list folder: ${describeError(error)}` });
      count++;
      continue;
    }
    for (const entry of entries) {
      const abs = path.join(current, entry.name);
      // Symbolic links are not followed into folders: no loops, no escaping the tree.
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !(await ignored(abs))) stack.push(abs);
        continue;
      }
      if (!LINTABLE.test(entry.name)) continue;
      let problem: string | undefined;
      if (entry.isSymbolicLink()) {
        const target = await fs.stat(abs).catch((error: NodeJS.ErrnoException) => error);
        if (target instanceof Error) {
          problem = target.code === 'ENOENT' ? DANGLING : target.code === 'ELOOP' ? 'symbolic link loop, skipped' : `cannot read: ${describeError(target)}`;
        } else if (target.isDirectory()) {
          continue; // a link to a folder named like an article: not followed
        } else if (!target.isFile()) {
          problem = NOT_REGULAR;
        } else if (!isInside(realRoot, await fs.realpath(abs).catch(() => abs))) {
          problem = OUTSIDE;
        }
      } else if (!entry.isFile()) {
        problem = NOT_REGULAR;
      }
      count++;
      if (await ignored(abs)) continue;
      if (problem) problems.push({ filePath: abs, message: problem });
      else found.add(abs);
    }
  }
  return count;
}

export function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file (deleted while linting?)';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      // Node's messages may span lines; reports keep one line per file.
      return String(e?.message ?? error).split('\n')[0]!.trim() || String(e?.code ?? 'unknown error');
  }
}
