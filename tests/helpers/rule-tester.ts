/**
 * ESLint's RuleTester, as strict as ESLint 9's, for articlelint rules:
 *
 * - a valid case raises nothing from the rule;
 * - an invalid case raises exactly the listed errors, in order; each states its
 *   `messageId` (and may state `data`, `line`, `column`, `endLine`, `endColumn`);
 * - an invalid case of a fixable rule states `output`: the text after `--fix`
 *   (safe fixes applied until stable; fixing it again changes nothing), or
 *   `null` when no fix applies;
 * - an error whose finding has suggestions lists them, each with `desc` or
 *   `messageId` and the `output` of applying that suggestion alone;
 * - options are validated against `meta.schema` as a config file's are;
 * - every message id of the rule is exercised by some case, no case repeats
 *   another, and `meta.defaultOptions` fit `meta.schema`;
 * - the `@example Invalid` / `@example Valid` blocks of the rule's header comment
 *   run as cases (see `headerExamples`), so the docs cannot drift.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { loadValidator, validateRuleOptions } from '../../src/config/validate.js';
import { decodeBytes } from '../../src/engine/decode.js';
import { Document } from '../../src/engine/document.js';
import { loadMarkdown } from '../../src/engine/markdown.js';
import { interpolate, runRules } from '../../src/engine/runner.js';
import { applyFixes, fixUntilStable } from '../../src/fix/apply.js';
import type { ActiveRule, LintMessage, Rule, Suggestion } from '../../src/types.js';
import { rules as registry } from '../../rules/index.js';

type MessageData = Record<string, unknown>;

// Cases may be Markdown files and may have options: the engine loads remark and ajv on demand, the tester up front.
await loadMarkdown();
await loadValidator();

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ValidCase {
  /** The article. Give `text`, or `bytes` to decode them as a file's bytes are. */
  text?: string;
  bytes?: Uint8Array;
  options?: Record<string, unknown>;
  /** The config's `settings`. */
  settings?: Record<string, unknown>;
  filename?: string;
  name?: string;
  /** The merged corpus summary the rule sees (corpus rules). */
  corpus?: unknown;
}

export interface ExpectedSuggestion {
  /** The suggestion's description, exactly; or give `messageId` (and `data`). */
  desc?: string;
  messageId?: string;
  data?: MessageData;
  /** The text after applying this suggestion alone. */
  output: string;
}

export interface ExpectedError {
  messageId: string;
  /** The message must read as `meta.messages[messageId]` filled with this data. */
  data?: MessageData;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Required when the finding has suggestions; `[]` asserts it has none. */
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The text after safe fixes until stable; `null` when no fix applies. Required for fixable rules. */
  output?: string | null;
}

const CASE_KEYS = ['text', 'bytes', 'options', 'settings', 'filename', 'name', 'corpus'];
const INVALID_KEYS = [...CASE_KEYS, 'errors', 'output'];
const ERROR_KEYS = ['messageId', 'data', 'line', 'column', 'endLine', 'endColumn', 'suggestions'];
const SUGGESTION_KEYS = ['desc', 'messageId', 'data', 'output'];
/** Properties of the old tester, with what replaces them. */
const REMOVED: Record<string, string> = {
  message: "state 'messageId' (and 'data') instead of 'message'",
  severity: 'a finding has the configured severity of its rule: remove it',
  fixTypes: "'output' is the text after safe fixes; check suggestions per error with 'suggestions: [{ desc, output }]'",
};

function assertKeys(object: object, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(object)) {
    if (allowed.includes(key)) continue;
    assert.fail(`${what}: unknown property '${key}'${REMOVED[key] ? ` (${REMOVED[key]})` : ''}. Expected one of ${allowed.join(', ')}.`);
  }
}

/** The document a case describes. */
function documentOf(c: ValidCase): Document {
  const filename = c.filename ?? 'case.txt';
  if (c.bytes) {
    const decoded = decodeBytes(c.bytes);
    assert.ok(decoded.ok, `the case's bytes cannot be decoded: ${decoded.ok ? '' : decoded.reason}`);
    return new Document(decoded.text, filename, { decoding: decoded.info });
  }
  assert.ok(typeof c.text === 'string', "a case states 'text' (or 'bytes')");
  return new Document(c.text, filename);
}

/** The rule's messages on a document; the rules it `dependsOn` run too, at their defaults. */
function run(rule: Rule, c: ValidCase, doc: Document, severity: 1 | 2): LintMessage[] {
  const active = (r: Rule, level: 1 | 2, options?: Record<string, unknown>): ActiveRule => ({ rule: r, severity: level, options: { ...(r.meta.defaultOptions ?? {}), ...(options ?? {}) } });
  const dependencies = registry.filter((r) => rule.meta.dependsOn?.includes(r.meta.id)).map((r) => active(r, r.meta.severity === 'error' ? 2 : 1));
  const corpus = c.corpus === undefined ? undefined : { [rule.meta.id]: c.corpus };
  return runRules(doc, [...dependencies, active(rule, severity, c.options)], { corpus, settings: c.settings }).filter((m) => m.ruleId === rule.meta.id);
}

/** The rule's messages on a case, at its preset severity (for tests that inspect messages themselves). */
export function lintWithRule(rule: Rule, c: ValidCase): LintMessage[] {
  return run(rule, c, documentOf(c), rule.meta.severity === 'error' ? 2 : 1);
}

function title(c: ValidCase): string {
  const t = c.name ?? (c.text ?? '(bytes)').replace(/\n/g, '⏎');
  return t.length > 70 ? `${t.slice(0, 69)}…` : t;
}

function show(messages: readonly LintMessage[]): string {
  return messages.map((m) => `${m.line}:${m.column} ${m.messageId ?? '(no messageId)'} ${m.reason}`).join('\n  ') || '(none)';
}

/**
 * Checks every message of the rule keeps the contract, whatever the case
 * expects. (The engine itself throws on an unknown messageId and on an
 * undeclared fix or suggestion.)
 */
function assertContract(rule: Rule, messages: readonly LintMessage[]): void {
  const id = rule.meta.id;
  for (const m of messages) {
    const where = `${m.line}:${m.column} "${m.reason}"`;
    assert.ok(!m.reason.startsWith(`Rule "${id}" failed`), `the rule threw: ${m.reason}`);
    assert.ok(
      m.messageId !== undefined,
      `${where} has no messageId: rule "${id}" reports a free 'message'; declare meta.messages and report { messageId, data }.`,
    );
    const placeholder = /\{\{\s*([^{}]+?)\s*\}\}/.exec(m.reason);
    assert.ok(!placeholder, `${where}: placeholder '${placeholder?.[1]}' has no value in the report's data.`);
  }
}

function assertOptions(rule: Rule, c: ValidCase, what = 'test case'): void {
  if (c.options === undefined) return;
  try {
    validateRuleOptions(rule, c.options, what, `rules.${rule.meta.id}`);
  } catch (error) {
    assert.fail(`invalid options for the rule's meta.schema: ${(error as Error).message}`);
  }
}

/** Throws on two cases that are the same test (ESLint 9 does too): one of them is a copy. */
export function checkNoDuplicates(cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  const seen = new Map<string, string>();
  for (const [kind, list] of [['valid', cases.valid], ['invalid', cases.invalid]] as const) {
    list.forEach((c, i) => {
      const { name: _name, errors: _errors, output: _output, ...input } = c as InvalidCase;
      const key = JSON.stringify(input, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v));
      const first = seen.get(key);
      assert.ok(first === undefined, `${kind} case ${i} (${title(c)}) repeats ${first}: the same text, options and file name.`);
      seen.set(key, `${kind} case ${i}`);
    });
  }
}

function messageIdOf(rule: Rule, id: string | undefined, what: string): string {
  const ids = Object.keys(rule.meta.messages ?? {});
  assert.ok(id !== undefined, `${what} states no 'messageId' (one of ${ids.join(', ')}).`);
  assert.ok(ids.includes(id), `${what}: invalid messageId '${id}'. Expected one of ${ids.join(', ')}.`);
  return id;
}

/** A template's text with every placeholder matching anything. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\{[^{}]+?\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^]*')}$`);
}

function assertSuggestions(rule: Rule, text: string, actual: readonly Suggestion[], expected: readonly ExpectedSuggestion[], what: string): void {
  assert.equal(actual.length, expected.length, `${what} should have ${expected.length} suggestions, has ${actual.length}: ${actual.map((s) => s.desc).join(' | ')}`);
  expected.forEach((e, j) => {
    const where = `${what}, suggestion ${j}`;
    assertKeys(e, SUGGESTION_KEYS, where);
    const s = actual[j]!;
    if (e.desc !== undefined) {
      assert.ok(e.messageId === undefined && e.data === undefined, `${where}: state 'desc' or 'messageId' (and 'data'), not both.`);
      assert.equal(s.desc, e.desc, `${where}: desc`);
    } else {
      const id = messageIdOf(rule, e.messageId, where);
      const template = rule.meta.messages![id]!;
      if (e.data) assert.equal(s.desc, interpolate(template, e.data), `${where}: desc`);
      else assert.match(s.desc, templatePattern(template), `${where}: desc does not read as message '${id}'`);
      const actualId = (s as { messageId?: string }).messageId;
      if (actualId !== undefined) assert.equal(actualId, id, `${where}: messageId`);
    }
    assert.ok(typeof e.output === 'string', `${where} states no 'output' (the text after applying it).`);
    assert.notEqual(e.output, text, `${where}: 'output' equals the text; a suggestion must change it.`);
    const applied = applyFixes(text, [{ fix: s.fix } as LintMessage], ['safe']).output;
    assert.equal(applied, e.output, `${where}: output`);
  });
}

function assertError(rule: Rule, text: string, m: LintMessage, e: ExpectedError, what: string): void {
  assertKeys(e, ERROR_KEYS, what);
  const id = messageIdOf(rule, e.messageId, what);
  assert.equal(m.messageId, id, `${what}: messageId '${m.messageId}' does not match the expected '${id}' ("${m.reason}")`);
  if (e.data !== undefined) {
    const expected = interpolate(rule.meta.messages![id]!, e.data);
    assert.equal(m.reason, expected, `${what}: the message is "${m.reason}", the expected data give "${expected}"`);
  }
  const end = m.place && 'end' in m.place ? m.place.end : undefined;
  const actual = { line: m.line, column: m.column, endLine: end?.line, endColumn: end?.column };
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (e[key] !== undefined) assert.equal(actual[key], e[key], `${what}: ${key} is ${actual[key]}, expected ${e[key]}`);
  }
  const suggestions = m.suggestions ?? [];
  if (e.suggestions === undefined) {
    assert.equal(suggestions.length, 0, `${what} has suggestions (${suggestions.map((s) => s.desc).join(' | ')}): state them with 'suggestions: [{ desc, output }]'.`);
  } else assertSuggestions(rule, text, suggestions, e.suggestions, what);
}

async function assertOutput(rule: Rule, c: InvalidCase, doc: Document, messages: readonly LintMessage[]): Promise<void> {
  if (c.output === undefined) {
    assert.ok(!rule.meta.fixable, `rule "${rule.meta.id}" is fixable: state 'output' (the text after --fix, or null when no fix applies).`);
    return;
  }
  const text = doc.source;
  if (c.output === null) {
    const fixes = messages.filter((m) => m.fix);
    assert.equal(fixes.length, 0, `output is null but ${fixes.length} finding(s) have a fix:\n  ${show(fixes)}`);
    return;
  }
  assert.notEqual(c.output, text, "'output' equals the text: write 'output: null' when no fix applies.");
  const lint = (t: string) => run(rule, { ...c, bytes: undefined, text: t }, new Document(t, doc.path, { decoding: doc.decoding }), 2);
  const fixed = await fixUntilStable(text, lint, ['safe']);
  assert.equal(fixed.output, c.output, 'output after --fix');
  assert.equal(applyFixes(fixed.output, lint(fixed.output), ['safe']).output, fixed.output, 'fixing the output again changes it (fixes must be idempotent)');
}

export interface HeaderExample {
  kind: 'Invalid' | 'Valid';
  /** Line of `@example` in the rule file (1-based). */
  line: number;
  /** One case, or several files of one corpus (`name.txt: text` lines). */
  files: ValidCase[];
}

/** JavaScript escapes in example text: `\u00a0`, `\u{1F600}`, `\x93`, `\t`, `\n`, `\\`. */
function unescape(s: string): string {
  return s.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|t|n|\\)/g, (_, e: string) => {
    if (e === 't') return '\t';
    if (e === 'n') return '\n';
    if (e === '\\') return '\\';
    return String.fromCodePoint(parseInt(e.replace(/^[ux]\{?|\}$/g, ''), 16));
  });
}

/**
 * The `@example Invalid` / `@example Valid` blocks of a rule's header comment
 * (remark-lint's not-ok / ok convention). A block is the comment lines after
 * the tag indented by two more spaces than the tag, blank lines inside
 * included; each line is one line of the article (the case ends with a
 * newline, as a text file does). In example text:
 *
 * - JavaScript escapes stand for invisible characters (`\u00a0`, `\t`);
 * - a run of three or more spaces ends the text of a line; what follows is a
 *   note for the reader;
 * - `(bytes) 43 61 E9 0A` lines give the file's bytes in hex;
 * - for a corpus rule, `a.txt: text` lines are files of one corpus;
 * - a JSON object after the tag gives the case's `options`, `settings` or
 *   `filename`: `@example Valid {"filename": "a.md"}`; other text after the
 *   tag is a caption for the reader.
 *
 * An Invalid example must raise at least one finding (of any messageId), a
 * Valid one none.
 */
export function headerExamples(rule: Rule): HeaderExample[] {
  return parseHeaderExamples(readFileSync(path.join(root, rule.meta.docs), 'utf8'), rule.meta.docs, rule.corpus !== undefined);
}

/** The examples of the first doc comment of `source` (the file `docs`); `corpus`: whether `a.txt: text` lines are files. */
export function parseHeaderExamples(source: string, docs: string, corpus: boolean): HeaderExample[] {
  const match = /\/\*\*[^]*?\*\//.exec(source);
  const first = match ? source.slice(0, match.index).split('\n').length : 1;
  const lines = (match?.[0] ?? '').split('\n').map((l) => l.replace(/^\s*\/?\*+\/?(?: |$)/, '').replace(/\s*\*\/$/, ''));
  const examples: HeaderExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const tag = /^(\s*)@example\s+(Invalid|Valid)\b\s*(.*)$/.exec(lines[i]!);
    if (!tag) continue;
    const indent = tag[1]!.length + 2;
    const at = `${docs}:${first + i}`;
    let settings: ValidCase = {};
    // After the tag: the case's settings as a JSON object, or a caption for the reader.
    if (tag[3]?.startsWith('{')) {
      try {
        settings = JSON.parse(tag[3]) as ValidCase;
      } catch {
        assert.fail(`${at}: what follows @example ${tag[2]} is not a JSON object: ${tag[3]}`);
      }
    }
    assertKeys(settings, ['options', 'settings', 'filename'], `${at} @example settings`);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.trim() === '') body.push('');
      else if (l.length - l.trimStart().length >= indent && !/^\s*@/.test(l)) body.push(l.slice(indent));
      else break;
    }
    while (body.length && body[body.length - 1] === '') body.pop();
    const text = body.map((l) => unescape(l.replace(/(\S) {3,}\S.*$/, '$1')));
    assert.ok(text.length > 0, `${at}: the @example ${tag[2]} block is empty (indent its lines two spaces past the tag).`);
    let files: ValidCase[];
    if (text.every((l) => /^\(bytes\)/.test(l))) {
      const hex = text.map((l) => l.replace(/^\(bytes\)/, '')).join(' ').trim().split(/\s+/);
      files = [{ ...settings, bytes: Uint8Array.from(hex.map((h) => parseInt(h, 16))) }];
    } else if (corpus && text.every((l) => /^[\w.-]+\.\w+: /.test(l))) {
      files = text.map((l) => {
        const [, filename, content] = /^([\w.-]+\.\w+): ([^]*)$/.exec(l)!;
        return { ...settings, filename, text: `${content}\n` };
      });
    } else {
      files = [{ ...settings, text: `${text.join('\n')}\n` }];
    }
    examples.push({ kind: tag[2] as 'Invalid' | 'Valid', line: first + i, files: files.map((f) => ({ ...f, name: at })) });
    i = j - 1;
  }
  return examples;
}

/** Findings of the rule on an example: one document, or each file of a corpus checked against their merged summary. */
function runExample(rule: Rule, example: HeaderExample): LintMessage[] {
  const docs = example.files.map((f) => ({ c: f, doc: documentOf(f) }));
  let corpus: unknown;
  if (rule.corpus) {
    const hooks = rule.corpus;
    corpus = docs.reduce((sum, { c, doc }) => hooks.merge(sum, hooks.collect(doc, { ...(rule.meta.defaultOptions ?? {}), ...(c.options ?? {}) })), hooks.empty());
  }
  return docs.flatMap(({ c, doc }) => run(rule, { ...c, corpus }, doc, 2));
}

/** Throws unless the rule declares messages and its header has both kinds of example. */
export function checkMeta(rule: Rule): void {
  const messages = Object.entries(rule.meta.messages ?? {});
  assert.ok(messages.length > 0, `rule "${rule.meta.id}" declares no meta.messages: give each message an id and report { messageId, data }.`);
  for (const [key, template] of messages) assert.ok(typeof template === 'string' && template.length > 0, `meta.messages.${key} is empty`);
  if (rule.meta.defaultOptions) assertOptions(rule, { options: rule.meta.defaultOptions }, 'meta.defaultOptions');
  const kinds = new Set(headerExamples(rule).map((e) => e.kind));
  assert.ok(kinds.has('Invalid') && kinds.has('Valid'), `${rule.meta.docs}: the header comment needs an @example Invalid and an @example Valid block.`);
}

/** Throws unless some invalid case expects each message id of the rule. */
export function checkMessageIdsUsed(rule: Rule, invalid: readonly InvalidCase[]): void {
  const used = new Set(invalid.flatMap((c) => c.errors.flatMap((e) => [e.messageId, ...(e.suggestions ?? []).map((s) => s.messageId)])));
  const unused = Object.keys(rule.meta.messages ?? {}).filter((k) => !used.has(k));
  assert.deepEqual(unused, [], `message ids no invalid case expects: ${unused.join(', ')}`);
}

export function checkExample(rule: Rule, example: HeaderExample): void {
  example.files.forEach((f) => assertOptions(rule, f));
  const messages = runExample(rule, example);
  assertContract(rule, messages);
  if (example.kind === 'Valid') assert.equal(messages.length, 0, `the Valid example raises findings:\n  ${show(messages)}`);
  else assert.ok(messages.length > 0, 'the Invalid example raises no finding');
}

export function checkValid(rule: Rule, c: ValidCase): void {
  assertKeys(c, CASE_KEYS, 'valid case');
  assertOptions(rule, c);
  const messages = run(rule, c, documentOf(c), 2);
  assertContract(rule, messages);
  assert.equal(messages.length, 0, `should have no findings, has:\n  ${show(messages)}`);
}

export async function checkInvalid(rule: Rule, c: InvalidCase): Promise<void> {
  assertKeys(c, INVALID_KEYS, 'invalid case');
  assert.ok(Array.isArray(c.errors) && c.errors.length > 0, "an invalid case lists at least one expected error in 'errors'");
  assertOptions(rule, c);
  const doc = documentOf(c);
  const messages = run(rule, c, doc, 2);
  assertContract(rule, messages);
  assert.equal(messages.length, c.errors.length, `should have ${c.errors.length} finding(s), has ${messages.length}:\n  ${show(messages)}`);
  c.errors.forEach((e, i) => assertError(rule, doc.source, messages[i]!, e, `error ${i}`));
  await assertOutput(rule, c, doc, messages);
}

/** Registers the rule's cases, its header examples and its meta checks as vitest tests. */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('meta: messages and header examples', () => checkMeta(rule));
    it('every message id is exercised by a case', () => checkMessageIdsUsed(rule, cases.invalid));
    it('no case repeats another', () => checkNoDuplicates(cases));
    let examples: HeaderExample[] = [];
    try {
      examples = headerExamples(rule);
    } catch (error) {
      it('header examples', () => assert.fail((error as Error).message));
    }
    for (const example of examples) {
      it(`header @example ${example.kind} (${rule.meta.docs}:${example.line})`, () => checkExample(rule, example));
    }
    for (const c of cases.valid) it(`valid: ${title(c)}`, () => checkValid(rule, c));
    for (const c of cases.invalid) it(`invalid: ${title(c)}`, () => checkInvalid(rule, c));
  });
}
