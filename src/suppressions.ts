/**
 * The suppressions file (ESLint's bulk suppressions, for plain text that has
 * no comment syntax): findings a team reviewed and accepts, recorded by file,
 * rule and a fingerprint of the flagged text — not by line number, so edits
 * elsewhere in the article do not break them. Suppressed findings are counted
 * in `suppressedMessages` but do not fail the run.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './fix/write.js';
import { buildResult } from './engine/lint.js';
import type { LintMessage, LintResult } from './types.js';
import { UsageError } from './errors.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'articlelint-suppressions.json';

/** file (relative, `/`-separated) → rule id → fingerprint → count. */
export type Suppressions = Record<string, Record<string, Record<string, number>>>;

export function fingerprint(message: LintMessage): string {
  const text = (message.actual ?? '').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${message.ruleId}\u0000${text}`).digest('hex').slice(0, 16);
}

function key(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

export async function loadSuppressions(file: string): Promise<Suppressions> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new UsageError(`${file}: cannot read suppressions: ${(error as NodeJS.ErrnoException).code}`);
  }
  try {
    const data = JSON.parse(text) as Suppressions;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not an object');
    return data;
  } catch (error) {
    throw new UsageError(`${file}: malformed suppressions file (${(error as Error).message})`);
  }
}

export async function saveSuppressions(file: string, data: Suppressions): Promise<void> {
  const sorted: Suppressions = {};
  for (const f of Object.keys(data).sort()) {
    const rules = data[f]!;
    const ids = Object.keys(rules).filter((id) => Object.keys(rules[id]!).length).sort();
    if (!ids.length) continue;
    sorted[f] = Object.fromEntries(ids.map((id) => [id, Object.fromEntries(Object.entries(rules[id]!).sort())]));
  }
  await writeFileAtomic(file, Buffer.from(`${JSON.stringify(sorted, null, 2)}\n`));
}

/** Number of findings an entry set accounts for. */
export function countSuppressions(data: Suppressions): number {
  let n = 0;
  for (const rules of Object.values(data)) for (const fps of Object.values(rules)) for (const count of Object.values(fps)) n += count;
  return n;
}

/** Adds the current findings (of all rules, or only `ruleIds`) to `data`; `recorded` counts them. */
export function recordSuppressions(
  results: LintResult[],
  cwd: string,
  data: Suppressions,
  ruleIds?: string[],
): { data: Suppressions; recorded: number } {
  let recorded = 0;
  for (const r of results) {
    const seen: Record<string, Record<string, number>> = {};
    for (const m of [...r.messages, ...(r.suppressedMessages ?? [])]) {
      if (!m.ruleId || m.fileLevel || (ruleIds && !ruleIds.includes(m.ruleId))) continue;
      const fp = fingerprint(m);
      (seen[m.ruleId] ??= {})[fp] = (seen[m.ruleId]![fp] ?? 0) + 1;
    }
    if (!Object.keys(seen).length) continue;
    const entry = (data[key(r.filePath, cwd)] ??= {});
    for (const [id, fps] of Object.entries(seen)) entry[id] = { ...(entry[id] ?? {}), ...fps };
    recorded += countSuppressions({ file: seen });
  }
  return { data, recorded };
}

/**
 * Suppressions of the files in this run that matched nothing: the findings
 * they were made for are gone (fixed, or the rule is off). Files outside the
 * run are not judged.
 */
export function countStale(results: LintResult[], cwd: string, data: Suppressions, used: Suppressions): number {
  let stale = 0;
  for (const r of results) {
    const k = key(r.filePath, cwd);
    const entry = data[k];
    if (!entry) continue;
    stale += countSuppressions({ [k]: entry }) - countSuppressions({ [k]: used[k] ?? {} });
  }
  return stale;
}

/**
 * Moves suppressed findings to `suppressedMessages`. Returns the new results
 * and the entries that matched something (for pruning).
 */
export function applySuppressions(results: LintResult[], cwd: string, data: Suppressions): { results: LintResult[]; used: Suppressions } {
  const used: Suppressions = {};
  const out = results.map((r) => {
    const entry = data[key(r.filePath, cwd)];
    if (!entry) return r;
    const budget: Record<string, Record<string, number>> = JSON.parse(JSON.stringify(entry));
    const kept: LintMessage[] = [];
    const suppressed: LintMessage[] = [...(r.suppressedMessages ?? [])];
    for (const m of r.messages) {
      const fp = m.ruleId ? fingerprint(m) : '';
      const left = m.ruleId ? budget[m.ruleId]?.[fp] : undefined;
      if (m.ruleId && left && left > 0) {
        budget[m.ruleId]![fp] = left - 1;
        const u = ((used[key(r.filePath, cwd)] ??= {})[m.ruleId] ??= {});
        u[fp] = (u[fp] ?? 0) + 1;
        suppressed.push(m);
      } else kept.push(m);
    }
    const next = buildResult(r.filePath, kept, r.output, r.source);
    next.suppressedMessages = suppressed;
    return next;
  });
  return { results: out, used };
}
