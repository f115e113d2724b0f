/** Small helpers shared by the CI and report formatters (github, sarif, junit, html). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../package.js';
import type { LintMessage, LintResult, RuleMeta } from '../types.js';

/** Path of a result relative to `cwd`, with `/` separators; names that are not paths (`<text>`) stay as they are. */
export function relativePath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath.split(path.sep).join('/');
  const rel = path.relative(cwd, filePath);
  return (rel === '' ? path.basename(filePath) : rel).split(path.sep).join('/');
}

export interface Span {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Offsets into the document text, end exclusive. */
  start?: number;
  end?: number;
}

/** Where a message points, if anywhere (file-level failures point nowhere). */
export function spanOf(m: LintMessage): Span | undefined {
  if (m.line === undefined || m.line === null || m.column === undefined || m.column === null) return undefined;
  const span: Span = { line: m.line, column: m.column };
  const place = m.place;
  if (place && 'start' in place) {
    span.endLine = place.end.line;
    span.endColumn = place.end.column;
    if (typeof place.start.offset === 'number') span.start = place.start.offset;
    if (typeof place.end.offset === 'number') span.end = place.end.offset;
  }
  return span;
}

export const severityName = (m: Pick<LintMessage, 'severity'>) => (m.severity === 2 ? 'error' : 'warning');

export { packageRoot };

export interface PackageInfo {
  version: string;
  homepage?: string;
  repositoryUrl?: string;
}

export function packageInfo(): PackageInfo {
  if (!packageRoot) return { version: '0.0.0' };
  try {
    const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
      version?: string;
      homepage?: string;
      repository?: string | { url?: string };
    };
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const repositoryUrl = repo
      ?.replace(/^git\+/, '')
      .replace(/\.git$/, '')
      .replace(/^github:/, 'https://github.com/');
    return { version: pkg.version ?? '0.0.0', homepage: pkg.homepage, repositoryUrl: repositoryUrl?.startsWith('http') ? repositoryUrl : undefined };
  } catch {
    return { version: '0.0.0' };
  }
}

/**
 * The documentation text of a rule: the leading doc comment of its module
 * (`meta.docs` is a path relative to the package; the compiled copy in dist/ keeps comments).
 */
export function ruleDocText(meta: RuleMeta): string | undefined {
  if (!packageRoot || !meta.docs) return undefined;
  const candidates = [path.join(packageRoot, meta.docs)];
  if (/\.ts$/.test(meta.docs)) candidates.push(path.join(packageRoot, 'dist', meta.docs.replace(/\.ts$/, '.js')));
  for (const file of candidates) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (/\.md$/i.test(file)) return text.trim();
    const block = /\/\*\*([\s\S]*?)\*\//.exec(text);
    if (!block) return undefined;
    return block[1]!
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .filter((l) => !/^@module\b/.test(l.trim()))
      .join('\n')
      .trim();
  }
  return undefined;
}

/** Where a rule's documentation can be read by a person: the repository if package.json names one, else the local file. */
export function ruleHelpUri(meta: RuleMeta, info: PackageInfo = packageInfo()): string | undefined {
  if (!meta.docs) return undefined;
  if (info.repositoryUrl) return `${info.repositoryUrl}/blob/v${info.version}/${meta.docs.split('/').map(encodeURIComponent).join('/')}`;
  if (info.homepage && /^https?:/.test(info.homepage)) return info.homepage;
  if (!packageRoot) return undefined;
  return pathToFileURL(path.join(packageRoot, meta.docs)).href;
}

/** The text the message offsets refer to: the fixed output when fixing changed it, else the source (results carry it: no formatter reads the disk). */
export function documentText(r: LintResult): string | undefined {
  return r.output ?? r.source;
}
