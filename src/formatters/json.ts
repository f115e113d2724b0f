/** ESLint's `json` formatter shape, exactly: other tools parse it. */
import type { LintMessage, LintResult } from '../types.js';
import type { Formatter } from './types.js';

export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  messageId?: string;
  /** What the message was filled from; residue findings carry `confidence` (0–1) and `evidence` here. */
  data?: Record<string, unknown>;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
  usedDeprecatedRules: never[];
}

export function toJsonMessage(m: LintMessage): JsonMessage {
  const out: JsonMessage = { ruleId: m.ruleId ?? null, severity: m.severity, message: m.reason };
  if (m.messageId !== undefined) out.messageId = m.messageId;
  if (m.data !== undefined) out.data = m.data;
  if (m.line !== undefined && m.column !== undefined) {
    out.line = m.line;
    out.column = m.column;
    if (m.place && 'end' in m.place) {
      out.endLine = m.place.end.line;
      out.endColumn = m.place.end.column;
    }
  }
  if (m.fileLevel) out.fatal = true;
  if (m.fix) out.fix = { range: [...m.fix.range], text: m.fix.text };
  if (m.suggestions?.length) out.suggestions = m.suggestions.map((s) => ({ desc: s.desc, fix: { range: [...s.fix.range], text: s.fix.text } }));
  return out;
}

export function toJsonResult(r: LintResult): JsonResult {
  const out: JsonResult = {
    filePath: r.filePath,
    messages: r.messages.map(toJsonMessage),
    suppressedMessages: (r.suppressedMessages ?? []).map((m) => ({ ...toJsonMessage(m), suppressions: m.suppressions ?? [{ kind: 'file', justification: '' }] })),
    errorCount: r.errorCount,
    fatalErrorCount: r.fatalErrorCount,
    warningCount: r.warningCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
    usedDeprecatedRules: [],
  };
  if (r.output !== undefined) out.output = r.output;
  return out;
}

/** `JSON.stringify(results.map(toJsonResult))`, one result at a time: each result's copy dies young instead of all living to the end. */
const json: Formatter = (results) => `[${results.map((r) => JSON.stringify(toJsonResult(r))).join(',')}]`;
export default json;
