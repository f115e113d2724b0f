/** Runs configured rules over one document and turns their reports into messages. */
import { VFileMessage, type Options as MessageOptions } from 'vfile-message';
import type { ActiveRule, DocumentView, LintMessage, ReportDescriptor, Rule } from '../types.js';
import { DocumentTooLargeError } from './document.js';
import { ruleDocsUrl } from '../rule-docs.js';
import { oneFindingPerLine } from './one-finding-per-line.js';

export type { ActiveRule };

/** A rule broke the rule contract (an undeclared messageId, fix, suggestion or dependency): a bug in the rule, not in the text. */
export class RuleContractError extends Error {
  override name = 'RuleContractError';
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

/** A report with its message text resolved. */
/** A report with its message text; engine-made messages (file problems, rule failures) have no messageId. */
export type ResolvedReport = Pick<ReportDescriptor, 'start' | 'end' | 'fix' | 'suggestions' | 'actual' | 'data' | 'convertsFileToUtf8'> & { message: string; messageId?: string };

export function createMessage(doc: DocumentView, ruleId: string | null, severity: 1 | 2, d: ResolvedReport, url?: string): LintMessage {
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
  if (d.messageId !== undefined) message.messageId = d.messageId;
  if (d.data !== undefined) message.data = d.data;
  if (d.convertsFileToUtf8) message.convertsFileToUtf8 = true;
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

/** A message template cut at its placeholders: text, then `[key, placeholder as written]` pairs and text after each. */
type CompiledTemplate = { head: string; holes: Array<{ key: string; whole: string; after: string }> };
const compiledTemplates = new Map<string, CompiledTemplate>();

function compileTemplate(template: string): CompiledTemplate {
  let compiled = compiledTemplates.get(template);
  if (!compiled) {
    const holes: CompiledTemplate['holes'] = [];
    let head = '';
    let last = 0;
    for (const m of template.matchAll(/\{\{([^{}]+?)\}\}/g)) {
      const text = template.slice(last, m.index);
      if (holes.length) holes[holes.length - 1]!.after = text;
      else head = text;
      holes.push({ key: m[1]!.trim(), whole: m[0], after: '' });
      last = m.index + m[0].length;
    }
    if (holes.length) holes[holes.length - 1]!.after = template.slice(last);
    else head = template;
    compiled = { head, holes };
    if (compiledTemplates.size >= 10_000) compiledTemplates.clear();
    compiledTemplates.set(template, compiled);
  }
  return compiled;
}

/**
 * ESLint's interpolation: `{{ name }}` becomes `data.name`; a placeholder without data stays as written.
 * Templates are few (the rules' messages): each is cut at its placeholders once.
 */
export function interpolate(template: string, data: Record<string, unknown> | undefined): string {
  if (!data) return template;
  const { head, holes } = compileTemplate(template);
  let out = head;
  for (const { key, whole, after } of holes) out += (key in data ? String(data[key]) : whole) + after;
  return out;
}

/** The message text of a report, checked against what the rule declares in `meta`. */
function resolveReport(rule: Rule, d: ReportDescriptor): ResolvedReport {
  const { id, messages, fixable, hasSuggestions } = rule.meta;
  const template = Object.hasOwn(messages, d.messageId) ? messages[d.messageId] : undefined;
  if (template === undefined) {
    throw new RuleContractError(`Rule "${id}" reported unknown messageId "${d.messageId}" (known: ${Object.keys(messages).join(', ') || 'none'})`);
  }
  if (d.fix && fixable !== 'safe' && fixable !== 'both') {
    throw new RuleContractError(`Rule "${id}" reported a fix but its meta.fixable is ${fixable === undefined ? 'not set' : `"${fixable}"`} (declare 'safe' or 'both')`);
  }
  if (d.suggestions?.length && !hasSuggestions && fixable !== 'suggestion' && fixable !== 'both') {
    throw new RuleContractError(`Rule "${id}" reported suggestions but declares neither meta.hasSuggestions nor a suggestion fixable`);
  }
  return { ...d, message: interpolate(template, d.data) };
}

/**
 * The active rules in an order where each rule comes after the rules it
 * `dependsOn` (otherwise as given). Dependencies that are not active are
 * skipped: they contribute no findings.
 */
function orderByDependencies(rules: readonly ActiveRule[]): readonly ActiveRule[] {
  if (!rules.some((r) => r.rule.meta.dependsOn?.length)) return rules;
  const byId = new Map(rules.map((r) => [r.rule.meta.id, r]));
  const ordered: ActiveRule[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (active: ActiveRule, path: readonly string[]) => {
    const id = active.rule.meta.id;
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') throw new RuleContractError(`Rules depend on each other in a cycle: ${[...path, id].join(' → ')}`);
    state.set(id, 'visiting');
    for (const dep of active.rule.meta.dependsOn ?? []) {
      const target = byId.get(dep);
      if (target) visit(target, [...path, id]);
    }
    state.set(id, 'done');
    ordered.push(active);
  };
  for (const active of rules) visit(active, []);
  return ordered;
}

/** The run order of a rule list and the ids whose reports another rule reads; rule lists are reused for every document of a run. */
interface Plan {
  ordered: readonly ActiveRule[];
  wanted: ReadonlySet<string>;
}
const plans = new WeakMap<readonly ActiveRule[], Plan>();

function planOf(rules: readonly ActiveRule[]): Plan {
  let plan = plans.get(rules);
  if (!plan) {
    const ordered = orderByDependencies(rules);
    plan = { ordered, wanted: new Set(ordered.flatMap((r) => r.rule.meta.dependsOn ?? [])) };
    plans.set(rules, plan);
  }
  return plan;
}

export function runRules(doc: DocumentView, rules: readonly ActiveRule[], options: RunOptions = {}): LintMessage[] {
  const messages: LintMessage[] = [];
  const settings = options.settings ?? {};
  const skipped: string[] = [];
  let tooLarge = '';
  // Reports are kept only for rules another active rule depends on.
  const { ordered, wanted } = planOf(rules);
  const recorded = new Map<string, readonly ReportDescriptor[]>();
  for (const { rule, severity, options: ruleOptions } of ordered) {
    const id = rule.meta.id;
    const own: ReportDescriptor[] | undefined = wanted.has(id) ? [] : undefined;
    const report = (d: ReportDescriptor) => {
      const resolved = resolveReport(rule, d);
      own?.push(d);
      const fix = d.fix && fixIsAllowed(doc, d.fix) ? d.fix : undefined;
      const suggestions = d.suggestions?.filter((s) => fixIsAllowed(doc, s.fix));
      messages.push(createMessage(doc, id, severity, { ...resolved, fix, suggestions }, ruleDocsUrl(id)));
    };
    const dependsOn = rule.meta.dependsOn ?? [];
    const findings = (ruleId: string): readonly ReportDescriptor[] => {
      if (!dependsOn.includes(ruleId)) throw new RuleContractError(`Rule "${id}" read the findings of "${ruleId}", which its meta.dependsOn does not list`);
      return recorded.get(ruleId) ?? [];
    };
    const before = messages.length;
    try {
      rule.check({ doc, options: ruleOptions, settings, corpus: options.corpus?.[id], report, findings });
      if (own) recorded.set(id, own);
    } catch (error) {
      if (error instanceof RuleContractError) throw error;
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
  return sortMessages(oneFindingPerLine(doc, messages, rules));
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
