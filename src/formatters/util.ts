/** Small helpers shared by the CI and report formatters (github, sarif, junit, html). */
import path from 'node:path';
import type { LintMessage, LintResult } from '../types.js';

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

export { packageInfo, type PackageInfo } from '../rule-docs.js';

/** The text the message offsets refer to: the fixed output when fixing changed it, else the source (results carry it: no formatter reads the disk). */
export function documentText(r: LintResult): string | undefined {
  return r.output ?? r.source;
}
