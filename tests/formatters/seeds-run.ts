/** One lint run over seeds/ shared by the formatter tests: the results, the formatter context and the JSON report of the same run. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintFiles, rules } from '../../src/api.js';
import json, { type JsonResult } from '../../src/formatters/json.js';
import type { FormatterContext } from '../../src/formatters/types.js';
import type { LintResult } from '../../src/types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SeedsRun {
  results: LintResult[];
  context: FormatterContext;
  json: JsonResult[];
  total: number;
  errors: number;
  warnings: number;
}

let cached: Promise<SeedsRun> | undefined;

export function seedsRun(): Promise<SeedsRun> {
  cached ??= (async () => {
    const results = await lintFiles(['seeds'], { cwd: repoRoot });
    const context: FormatterContext = { cwd: repoRoot, color: false, rulesMeta: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta])) };
    const report = JSON.parse(await json(results, context)) as JsonResult[];
    const all = report.flatMap((r) => r.messages);
    return {
      results,
      context,
      json: report,
      total: all.length,
      errors: all.filter((m) => m.severity === 2).length,
      warnings: all.filter((m) => m.severity === 1).length,
    };
  })();
  return cached;
}

/** The path a report should show for a result: relative to the repository root, with `/`. */
export const rel = (filePath: string) => path.relative(repoRoot, filePath).split(path.sep).join('/');
