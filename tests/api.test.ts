import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText, formatters, getFormatter, lintFiles, lintText, rules } from '../src/api.js';
import { SKIP_LINK_ARTICLE, tempTree, TWO_RULES } from './helpers/cli.js';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const only = { rules: { 'no-skip-link': 'error' as const, 'repeated-words': 'warn' as const } };

describe('lintText', () => {
  it('returns an ESLint-like result with VFileMessages carrying rule, place and fix', async () => {
    const result = await lintText(SKIP_LINK_ARTICLE, { config: only });
    expect(result).toMatchObject({ filePath: '<text>', errorCount: 1, warningCount: 0, fixableErrorCount: 1 });
    const [m] = result.messages;
    expect(m).toMatchObject({ ruleId: 'no-skip-link', source: 'articlelint', severity: 2, fatal: true, line: 1, column: 1 });
    expect(m!.place).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 16, offset: 15 } });
    expect(m!.fix).toEqual({ range: [0, 17], text: '' });
    expect(m!.actual).toBe('Skip to content');
  });
  it('uses the config found from filePath when no config object is given', async () => {
    const cwd = tempTree({ '.articlelintrc.json': '{"rules": {"no-skip-link": "warn"}}' });
    const result = await lintText(SKIP_LINK_ARTICLE, { cwd, filePath: 'story.txt' });
    expect(result.filePath).toBe(path.join(cwd, 'story.txt'));
    expect(result.messages.map((m) => m.severity)).toEqual([1]);
  });
  it('--rule-like overrides through options.rules', async () => {
    const result = await lintText(SKIP_LINK_ARTICLE, { config: only, rules: { 'no-skip-link': 'off' } });
    expect(result.messages).toEqual([]);
  });
});

describe('fixText', () => {
  it('returns the fixed text and the messages left', async () => {
    const { output, fixed, result } = await fixText('Skip to content\n\nThe the talks.\n', { config: only });
    expect(output).toBe('The talks.\n');
    expect(fixed).toBe(true);
    expect(result.messages).toEqual([]);
  });
  it('leaves clean text alone', async () => {
    expect(await fixText('Fine.\n', { config: only })).toMatchObject({ output: 'Fine.\n', fixed: false });
  });
});

describe('lintFiles', () => {
  it('lints folders and returns results sorted by path', async () => {
    const cwd = tempTree({ '.articlelintrc.json': TWO_RULES, 'b/x.txt': SKIP_LINK_ARTICLE, 'a.txt': 'ok\n' });
    const results = await lintFiles(['.'], { cwd });
    expect(results.map((r) => path.relative(cwd, r.filePath))).toEqual(['a.txt', 'b/x.txt']);
    expect(results.map((r) => r.errorCount)).toEqual([0, 1]);
  });
  it('fix without write fills output and leaves the file', async () => {
    const cwd = tempTree({ '.articlelintrc.json': TWO_RULES, 'x.txt': SKIP_LINK_ARTICLE });
    const [r] = await lintFiles(['x.txt'], { cwd, fix: true });
    expect(r!.output).toBe('Talks resume in Cairo\n\nThe delegation arrived on Sunday.\n');
    expect(readFileSync(path.join(cwd, 'x.txt'), 'utf8')).toBe(SKIP_LINK_ARTICLE);
  });
});

describe('exports', () => {
  it('exposes the rules and the formatters', async () => {
    expect(rules.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(formatters)).toEqual(expect.arrayContaining(['stylish', 'json', 'compact']));
    expect(await getFormatter('json')).toBe(formatters.json);
  });
});

describe('rule contract', () => {
  const categories = ['residue', 'encoding', 'names', 'sentences', 'style'];
  for (const rule of rules) {
    it(`${rule.meta.id}: metadata, docs with examples, and a test file`, () => {
      const { meta } = rule;
      expect(meta.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(categories).toContain(meta.category);
      expect(['warn', 'error']).toContain(meta.severity);
      expect(meta.description.length).toBeGreaterThan(10);
      if (meta.fixable) expect(['safe', 'suggestion', 'both']).toContain(meta.fixable);
      const docs = path.join(root, meta.docs);
      expect(existsSync(docs), docs).toBe(true);
      const source = readFileSync(docs, 'utf8');
      expect(source).toMatch(/@example\s+Invalid/i);
      expect(source).toMatch(/@example\s+Valid/i);
      expect(existsSync(path.join(root, 'tests/rules', `${meta.id}.test.ts`)), `tests/rules/${meta.id}.test.ts`).toBe(true);
    });
  }
  it('rule ids are unique', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
