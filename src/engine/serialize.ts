/**
 * Results cross thread and process boundaries (workers, cache files) as plain
 * JSON and come back as VFileMessages.
 */
import type { Fix, LintMessage, LintResult, Suggestion } from '../types.js';
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
}

export interface PlainResult {
  filePath: string;
  messages: PlainMessage[];
  output?: string;
  source?: string;
}

export function toPlainResult(r: LintResult): PlainResult {
  const out: PlainResult = {
    filePath: r.filePath,
    messages: r.messages.map((m) => {
      const p: PlainMessage = { reason: m.reason, ruleId: m.ruleId ?? null, severity: m.severity };
      if (m.place && 'start' in m.place) p.place = { start: { ...m.place.start }, end: { ...m.place.end } };
      if (m.fix) p.fix = m.fix;
      if (m.suggestions) p.suggestions = m.suggestions;
      if (m.messageId !== undefined) p.messageId = m.messageId;
      if (m.data !== undefined) p.data = m.data;
      if (m.actual !== undefined) p.actual = m.actual;
      if (m.url) p.url = m.url;
      if (m.fileLevel) p.fileLevel = true;
      return p;
    }),
  };
  if (r.output !== undefined) out.output = r.output;
  if (r.source !== undefined) out.source = r.source;
  return out;
}

export function fromPlainResult(p: PlainResult): LintResult {
  const messages = p.messages.map((pm) => {
    const m = newMessage(pm.reason, { place: pm.place, ruleId: pm.ruleId ?? undefined, source: 'articlelint' });
    m.file = p.filePath;
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
    return m;
  });
  return buildResult(p.filePath, messages, p.output, p.source);
}
