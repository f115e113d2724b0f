/** The rule contract as the engine enforces it: message ids, declared fixes, memoised analyses, dependencies. */
import { describe, expect, it } from 'vitest';
import { Document } from '../src/engine/document.js';
import { interpolate, runRules, RuleContractError } from '../src/engine/runner.js';
import { toJsonMessage } from '../src/formatters/json.js';
import type { ActiveRule, Rule, RuleMeta } from '../src/types.js';

function meta(id: string, extra: Partial<RuleMeta> = {}): RuleMeta {
  return { id, description: id, category: 'style', severity: 'warn', recommended: false, docs: `rules/${id}.ts`, messages: { m: '{{text}}' }, ...extra };
}
const on = (rule: Rule, severity: 1 | 2 = 2): ActiveRule => ({ rule, severity, options: {} });
const doc = (text = 'One line.\nTwo lines.\n') => new Document(text, 'case.txt');

describe('messages with ids', () => {
  it('fills {{name}} placeholders from data, as ESLint does', () => {
    expect(interpolate('"{{ word }}" twice ({{count}}x), {{missing}}', { word: 'the', count: 2 })).toBe('"the" twice (2x), {{missing}}');
  });

  it('puts messageId and data on the message and into the JSON output', () => {
    const rule: Rule = {
      meta: meta('says-word', { messages: { word: 'Word "{{word}}" found.' } }),
      check: ({ report }) => report({ messageId: 'word', data: { word: 'One' }, start: 0, end: 3 }),
    };
    const [m] = runRules(doc(), [on(rule)]);
    expect(m!.reason).toBe('Word "One" found.');
    expect(m!.messageId).toBe('word');
    expect(m!.data).toEqual({ word: 'One' });
    expect(toJsonMessage(m!)).toMatchObject({ messageId: 'word', message: 'Word "One" found.' });
  });

  it('throws on a messageId the rule does not declare', () => {
    const rule: Rule = { meta: meta('typo', { messages: { word: 'x' } }), check: ({ report }) => report({ messageId: 'wrod', start: 0, end: 1 }) };
    expect(() => runRules(doc(), [on(rule)])).toThrow(/Rule "typo" reported unknown messageId "wrod" \(known: word\)/);
  });

  it('throws on a fix without meta.fixable and suggestions without hasSuggestions', () => {
    const fix = { range: [0, 3] as [number, number], text: 'A' };
    const fixer: Rule = { meta: meta('fixer'), check: ({ report }) => report({ messageId: 'm', data: { text: 'm' }, start: 0, end: 3, fix }) };
    const suggester: Rule = { meta: meta('suggester', { fixable: 'safe' }), check: ({ report }) => report({ messageId: 'm', data: { text: 'm' }, start: 0, end: 3, suggestions: [{ desc: 'd', fix }] }) };
    expect(() => runRules(doc(), [on(fixer)])).toThrow(RuleContractError);
    expect(() => runRules(doc(), [on(suggester)])).toThrow(/suggestions but declares neither/);
    const declared: Rule = { ...suggester, meta: meta('suggester', { hasSuggestions: true }) };
    expect(runRules(doc(), [on(declared)])[0]!.suggestions).toEqual([{ desc: 'd', fix }]);
  });

  it('gives every finding the configured severity', () => {
    const rule: Rule = { meta: meta('two'), check: ({ report }) => (report({ messageId: 'm', data: { text: 'a' }, start: 0, end: 1 }), report({ messageId: 'm', data: { text: 'b' }, start: 4, end: 5 })) };
    expect(runRules(doc(), [on(rule, 1)]).map((m) => m.severity)).toEqual([1, 1]);
    expect(runRules(doc(), [on(rule, 2)]).map((m) => m.severity)).toEqual([2, 2]);
  });
});

describe('per-document memo', () => {
  it('computes once per document and key', () => {
    const d = doc();
    let calls = 0;
    const compute = () => ++calls;
    expect(d.memo('k', compute)).toBe(1);
    expect(d.memo('k', compute)).toBe(1);
    expect(d.memo('other', compute)).toBe(2);
    expect(doc().memo('k', compute)).toBe(3);
  });
});

describe('findings of declared dependencies', () => {
  const base: Rule = { meta: meta('base'), check: ({ report }) => report({ messageId: 'm', data: { text: 'base' }, start: 0, end: 3 }) };
  const reader: Rule = {
    meta: meta('reader', { dependsOn: ['base'] }),
    check: ({ findings, report }) => {
      for (const f of findings('base')) report({ messageId: 'm', data: { text: `saw ${f.start}-${f.end}` }, start: f.start, end: f.end });
    },
  };

  it('runs the dependency first whatever the configured order', () => {
    const messages = runRules(doc(), [on(reader), on(base)]);
    expect(messages.map((m) => m.reason).sort()).toEqual(['base', 'saw 0-3']);
  });

  it('gives nothing when the dependency is off', () => {
    expect(runRules(doc(), [on(reader)])).toEqual([]);
  });

  it('throws when a rule reads a rule it does not declare', () => {
    const sneaky: Rule = { meta: meta('sneaky'), check: ({ findings }) => void findings('base') };
    expect(() => runRules(doc(), [on(base), on(sneaky)])).toThrow(/does not list/);
  });

  it('throws on a dependency cycle', () => {
    const a: Rule = { meta: meta('a', { dependsOn: ['b'] }), check: () => undefined };
    const b: Rule = { meta: meta('b', { dependsOn: ['a'] }), check: () => undefined };
    expect(() => runRules(doc(), [on(a), on(b)])).toThrow(/cycle: a → b → a/);
  });
});
