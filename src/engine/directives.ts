/**
 * Inline directives in Markdown, as HTML comments (plain text has no comment
 * syntax; use the suppressions file there):
 *
 *   <!-- articlelint-disable [rule-id, ...] -->
 *   <!-- articlelint-enable [rule-id, ...] -->
 *   <!-- articlelint-disable-next-line [rule-id, ...] -->
 *   <!-- articlelint-disable-line [rule-id, ...] -->
 *
 * No ids means every rule. A directive that silences nothing can be reported
 * (`--report-unused-disable-directives`).
 */
import type { DocumentView, LintMessage } from '../types.js';
import { createMessage } from './runner.js';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty: all rules. */
  rules: string[];
  /** 1-based line of the comment. */
  line: number;
  start: number;
  end: number;
  used: boolean;
}

const COMMENT = /<!--\s*articlelint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

export function parseDirectives(doc: DocumentView): Directive[] {
  if (!doc.isMarkdown || !doc.source.includes('articlelint-')) return [];
  const out: Directive[] = [];
  for (const m of doc.source.matchAll(COMMENT)) {
    const start = m.index!;
    const rules = m[2]!
      .split(/--/)[0]!
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], rules, line: doc.lineAt(start) + 1, start, end: start + m[0].length, used: false });
  }
  return out;
}

function covers(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/** Is `ruleId` disabled at `line`, and by which directive? */
function disabledBy(directives: Directive[], ruleId: string, line: number): Directive | undefined {
  let block: Directive | undefined;
  for (const d of directives) {
    if (d.line > line) break;
    if (!covers(d, ruleId)) continue;
    if (d.kind === 'disable') block = d;
    else if (d.kind === 'enable') block = undefined;
  }
  if (block) return block;
  return directives.find((d) => covers(d, ruleId) && ((d.kind === 'disable-next-line' && d.line + 1 === line) || (d.kind === 'disable-line' && d.line === line)));
}

export function applyDirectives(doc: DocumentView, messages: LintMessage[], reportUnused: 0 | 1 | 2 = 0): LintMessage[] {
  const directives = parseDirectives(doc);
  if (!directives.length) return messages;
  const kept = messages.filter((m) => {
    if (!m.ruleId || m.line === undefined) return true;
    const by = disabledBy(directives, m.ruleId, m.line);
    if (by) by.used = true;
    return !by;
  });
  if (reportUnused) {
    for (const d of directives) {
      if (d.used || d.kind === 'enable') continue;
      const what = d.rules.length ? ` (no problems were reported from ${d.rules.map((r) => `'${r}'`).join(', ')})` : '';
      kept.push(createMessage(doc, null, reportUnused, { message: `Unused articlelint-${d.kind} directive${what}.`, start: d.start, end: d.end }));
    }
  }
  return kept;
}
