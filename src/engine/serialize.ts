/**
 * Results cross thread and process boundaries (workers, cache files) as plain
 * JSON and come back as VFileMessages.
 */
import type { Fix, LintMessage, LintResult, Suggestion, Suppression } from '../types.js';
import { buildResult } from './lint.js';
import { newMessage } from './runner.js';

export interface PlainMessage {
  reason: string;
  ruleId: string | null;
  severity: 1 | 2;
  place?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  fix?: Fix;
  suggestions?: Suggestion[];
  messageId?: string;
  data?: Record<string, unknown>;
  actual?: string;
  url?: string;
  fileLevel?: boolean;
  suppressions?: Suppression[];
}

export interface PlainResult {
  filePath: string;
  messages: PlainMessage[];
  suppressedMessages?: PlainMessage[];
  output?: string;
  source?: string;
}

function toPlainMessage(m: LintMessage): PlainMessage {
  const p: PlainMessage = { reason: m.reason, ruleId: m.ruleId ?? null, severity: m.severity };
  if (m.place && 'start' in m.place) p.place = { start: { ...m.place.start }, end: { ...m.place.end } };
  if (m.fix) p.fix = m.fix;
  if (m.suggestions) p.suggestions = m.suggestions;
  if (m.messageId !== undefined) p.messageId = m.messageId;
  if (m.data !== undefined) p.data = m.data;
  if (m.actual !== undefined) p.actual = m.actual;
  if (m.url) p.url = m.url;
  if (m.fileLevel) p.fileLevel = true;
  if (m.suppressions) p.suppressions = m.suppressions;
  return p;
}

export function toPlainResult(r: LintResult): PlainResult {
  const out: PlainResult = { filePath: r.filePath, messages: r.messages.map(toPlainMessage) };
  if (r.suppressedMessages?.length) out.suppressedMessages = r.suppressedMessages.map(toPlainMessage);
  if (r.output !== undefined) out.output = r.output;
  if (r.source !== undefined) out.source = r.source;
  return out;
}

function fromPlainMessage(pm: PlainMessage, filePath: string): LintMessage {
  const m = newMessage(pm.reason, { place: pm.place, ruleId: pm.ruleId ?? undefined, source: 'articlelint' });
  m.file = filePath;
  m.fatal = pm.severity === 2;
  m.severity = pm.severity;
  if (pm.ruleId === null) m.ruleId = undefined;
  if (pm.fix) {
    m.fix = pm.fix;
    m.expected = [pm.fix.text];
  }
  if (pm.suggestions) m.suggestions = pm.suggestions;
  if (pm.messageId !== undefined) m.messageId = pm.messageId;
  if (pm.data !== undefined) m.data = pm.data;
  if (pm.actual !== undefined) m.actual = pm.actual;
  if (pm.url) m.url = pm.url;
  if (pm.fileLevel) m.fileLevel = true;
  if (pm.suppressions) m.suppressions = pm.suppressions;
  return m;
}

export function fromPlainResult(p: PlainResult): LintResult {
  const result = buildResult(p.filePath, p.messages.map((pm) => fromPlainMessage(pm, p.filePath)), p.output, p.source);
  if (p.suppressedMessages?.length) result.suppressedMessages = p.suppressedMessages.map((pm) => fromPlainMessage(pm, p.filePath));
  return result;
}
