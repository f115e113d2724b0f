import type { LintResult, RuleMeta } from '../types.js';

export interface FormatterContext {
  cwd: string;
  color: boolean;
  rulesMeta: Record<string, RuleMeta>;
}

/** Turns a run's results into report text, like an ESLint formatter. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>;
