/**
 * ESLint's RuleTester, for articlelint rules: each valid text raises nothing
 * from the rule; each invalid text raises exactly the listed messages, and its
 * fixed output (safe fixes, or the kinds given) is the expected one and stable.
 */
import { describe, expect, it } from 'vitest';
import { Document } from '../../src/engine/document.js';
import { loadMarkdown } from '../../src/engine/markdown.js';

// Cases may be Markdown files; the engine loads remark on demand, the tester up front.
await loadMarkdown();
import { runRules } from '../../src/engine/runner.js';
import { applyFixes, fixUntilStable } from '../../src/fix/apply.js';
import type { ActiveRule, FixKind, LintMessage, Rule } from '../../src/types.js';
import { rules as registry } from '../../rules/index.js';

export interface ValidCase {
  text: string;
  options?: Record<string, unknown>;
  filename?: string;
  name?: string;
  corpus?: unknown;
}

export interface ExpectedMessage {
  line: number;
  column?: number;
  endLine?: number;
  /** Substring or pattern the message must contain. */
  message?: string | RegExp;
  severity?: 1 | 2;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedMessage[];
  /** Text after fixing until stable; omit to skip, `null` when no fix may apply. */
  output?: string | null;
  fixTypes?: FixKind[];
}

/** A rule at its default severity with its default options. */
function activeDefault(rule: Rule, options?: Record<string, unknown>): ActiveRule {
  return { rule, severity: rule.meta.severity === 'error' ? 2 : 1, options: { ...(rule.meta.defaultOptions ?? {}), ...(options ?? {}) } };
}

/** The rule's messages on a case; the rules it `dependsOn` run too, with their defaults. */
export function lintWithRule(rule: Rule, c: ValidCase): LintMessage[] {
  const doc = new Document(c.text, c.filename ?? 'case.txt');
  const dependencies = registry.filter((r) => rule.meta.dependsOn?.includes(r.meta.id)).map((r) => activeDefault(r));
  const corpus = c.corpus === undefined ? undefined : { [rule.meta.id]: c.corpus };
  return runRules(doc, [...dependencies, activeDefault(rule, c.options)], { corpus }).filter((m) => m.ruleId === rule.meta.id || m.ruleId === undefined);
}

function title(c: ValidCase): string {
  const t = c.name ?? c.text.replace(/\n/g, '⏎');
  return t.length > 70 ? `${t.slice(0, 69)}…` : t;
}

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${title(c)}`, () => {
        const messages = lintWithRule(rule, c).filter((m) => m.ruleId === rule.meta.id);
        expect(messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${title(c)}`, async () => {
        const messages = lintWithRule(rule, c).filter((m) => m.ruleId === rule.meta.id);
        expect(messages.map((m) => m.line), messages.map((m) => m.reason).join(' | ')).toEqual(c.errors.map((e) => e.line));
        c.errors.forEach((e, i) => {
          const m = messages[i]!;
          if (e.column !== undefined) expect(m.column).toBe(e.column);
          if (e.endLine !== undefined) expect(m.place && 'end' in m.place ? m.place.end.line : undefined).toBe(e.endLine);
          if (e.severity !== undefined) expect(m.severity).toBe(e.severity);
          if (typeof e.message === 'string') expect(m.reason).toContain(e.message);
          else if (e.message) expect(m.reason).toMatch(e.message);
        });
        if (c.output !== undefined) {
          const kinds = c.fixTypes ?? ['safe'];
          const lint = (t: string) => lintWithRule(rule, { ...c, text: t });
          const fixed = await fixUntilStable(c.text, lint, kinds);
          expect(fixed.output).toBe(c.output === null ? c.text : c.output);
          // Idempotent: fixing the fixed text changes nothing.
          expect(applyFixes(fixed.output, lint(fixed.output), kinds).output).toBe(fixed.output);
        }
      });
    }
  });
}
