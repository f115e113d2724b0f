/** Runs configured rules over one document and turns their reports into messages. */
import { VFileMessage, type Options as MessageOptions } from 'vfile-message';
import type { DocumentView, LintMessage, ReportDescriptor, Rule, SeverityLevel } from '../types.js';
import { DocumentTooLargeError } from './document.js';

export interface ActiveRule {
  rule: Rule;
  severity: Exclude<SeverityLevel, 0>;
  options: Record<string, unknown>;
}

export interface RunOptions {
  settings?: Record<string, unknown>;
  /** Merged corpus summaries by rule id. */
  corpus?: Record<string, unknown>;
}

export function pointAt(doc: DocumentView, offset: number) {
  // Just past a final newline is the start of a line `lines` does not list (as in vfile-location and ESLint).
  if (offset > 0 && offset === doc.text.length && doc.text.endsWith('\n')) return { line: doc.lines.length + 1, column: 1, offset };
  const line = doc.lineAt(offset);
  return { line: line + 1, column: offset - doc.lines[line]!.start + 1, offset };
}

export function createMessage(
  doc: DocumentView,
  ruleId: string | null,
  severity: 1 | 2,
  d: Pick<ReportDescriptor, 'start' | 'end' | 'fix' | 'suggestions' | 'actual'> & { message: string },
  url?: string,
): LintMessage {
  const start = Math.max(0, Math.min(d.start, doc.text.length));
  const end = Math.max(start, Math.min(d.end, doc.text.length));
  const message = newMessage(d.message, {
    place: { start: pointAt(doc, start), end: pointAt(doc, end) },
    ruleId: ruleId ?? undefined,
    source: 'articlelint',
  });
  message.file = doc.path;
  message.fatal = severity === 2;
  message.severity = severity;
  message.actual = d.actual ?? doc.source.slice(start, end);
  if (url) message.url = url;
  if (d.fix) {
    message.fix = d.fix;
    message.expected = [d.fix.text];
  }
  if (d.suggestions?.length) {
    message.suggestions = d.suggestions;
    message.expected ??= d.suggestions.map((s) => s.fix.text);
  }
  return message;
}

/** Fixes that would rewrite Markdown syntax are dropped; whole-line removals are kept. */
function fixIsAllowed(doc: DocumentView, fix: { range: [number, number]; text: string }): boolean {
  const [a, b] = fix.range;
  if (a < 0 || b < a || b > doc.text.length) return false;
  if (!doc.isMarkdown || doc.isProse(a, b)) return true;
  const startsLine = a === 0 || doc.text[a - 1] === '\n';
  const endsLine = b === doc.text.length || doc.text[b - 1] === '\n';
  return startsLine && endsLine && fix.text === '';
}

export function runRules(doc: DocumentView, rules: readonly ActiveRule[], options: RunOptions = {}): LintMessage[] {
  const messages: LintMessage[] = [];
  const settings = options.settings ?? {};
  const skipped: string[] = [];
  let tooLarge = '';
  for (const { rule, severity, options: ruleOptions } of rules) {
    const id = rule.meta.id;
    const report = (d: ReportDescriptor) => {
      const level: 1 | 2 = d.severity === 'warn' ? 1 : severity;
      const fix = d.fix && fixIsAllowed(doc, d.fix) ? d.fix : undefined;
      const suggestions = d.suggestions?.filter((s) => fixIsAllowed(doc, s.fix));
      const message = d.messageId === undefined ? (d.message ?? '') : interpolate(messageTemplate(rule, d.messageId), d.data);
      const m = createMessage(doc, id, level, { ...d, message, fix, suggestions }, rule.meta.docs);
      if (d.messageId !== undefined) {
        m.messageId = d.messageId;
        if (d.data) m.data = d.data;
      }
      messages.push(m);
    };
    const before = messages.length;
    try {
      rule.check({ doc, options: ruleOptions, settings, corpus: options.corpus?.[id], report });
    } catch (error) {
      if (error instanceof DocumentTooLargeError) {
        // Half a report from a rule that stopped midway would be misleading.
        messages.length = before;
        skipped.push(id);
        tooLarge = error.message;
        continue;
      }
      // A rule bug must not stop the run: report it on the file and go on.
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      messages.push(createMessage(doc, id, 2, { message: `Rule "${id}" failed: ${reason}`, start: 0, end: 0 }));
    }
  }
  if (skipped.length) {
    const note = createMessage(doc, null, 1, { message: `${tooLarge}: skipped ${skipped.join(', ')}`, start: 0, end: 0 });
    note.fileLevel = true;
    messages.push(note);
  }
  return sortMessages(messages);
}

function messageTemplate(rule: Rule, messageId: string): string {
  const template = rule.meta.messages?.[messageId];
  if (template === undefined) throw new Error(`unknown messageId "${messageId}"`);
  return template;
}

/** Fills `{{name}}` placeholders from `data`; a placeholder without data stays as written (ESLint). */
export function interpolate(template: string, data: Record<string, unknown> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{([^{}]+?)\}\}/g, (whole, name: string) => {
    const key = name.trim();
    return Object.hasOwn(data, key) ? String(data[key]) : whole;
  });
}

export function sortMessages(messages: LintMessage[]): LintMessage[] {
  return messages.sort(
    (a, b) =>
      (a.place as any).start.offset - (b.place as any).start.offset ||
      (a.place as any).end.offset - (b.place as any).end.offset ||
      String(a.ruleId).localeCompare(String(b.ruleId)),
  );
}

/**
 * A VFileMessage without a captured stack trace: it is an Error subclass, and
 * capturing a trace for each of thousands of findings is a measurable cost.
 */
export function newMessage(reason: string, options: MessageOptions): LintMessage {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new VFileMessage(reason, options) as LintMessage;
  } finally {
    Error.stackTraceLimit = limit;
  }
}
