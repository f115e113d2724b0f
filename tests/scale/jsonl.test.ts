import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTopLevelValue } from '../../src/engine/jsonl.js';
import { runCli, tempTree } from '../helpers/cli.js';

const records = [
  '{"id": "a1", "meta": {"score": 1.50, "tags": ["x","y"]}, "text": "Skip to content\\n\\nThe talks resumed.\\n", "url": "https://e.x/a?b=1"}',
  '{"text":"A clean article.\\n","id":"b2","n":1e3}',
  '{"id": "c3", "text": "Caf\\u00e9 owners \\"said\\" the the rent rose.\\n"}',
];

describe('--jsonl', () => {
  it('writes one ESLint-shaped result line per record, filePath = id field', async () => {
    const cwd = tempTree({ 'data.jsonl': `${records.join('\n')}\n` });
    const run = await runCli(['--jsonl', 'data.jsonl', '--id-field', 'id', '--no-config-lookup'], { cwd });
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.filePath)).toEqual(['a1', 'b2', 'c3']);
    expect(lines[0].messages.some((m: { ruleId: string }) => m.ruleId === 'no-skip-link')).toBe(true);
    expect(lines[1].errorCount).toBe(0);
    expect(run.code).toBe(1);
  });
  it('-f json writes one ESLint JSON array, streamed: the same results as the line-per-record output', async () => {
    const cwd = tempTree({ 'data.jsonl': `${records.join('\n')}\n`, 'empty.jsonl': '' });
    const lines = await runCli(['--jsonl', 'data.jsonl', '--id-field', 'id', '--no-config-lookup'], { cwd });
    const array = await runCli(['--jsonl', 'data.jsonl', '--id-field', 'id', '--no-config-lookup', '-f', 'json'], { cwd });
    expect(array.code).toBe(lines.code);
    expect(array.stdout).toBe(`[${lines.stdout.trim().split('\n').join(',')}]\n`);
    expect(JSON.parse(array.stdout).map((r: { filePath: string }) => r.filePath)).toEqual(['a1', 'b2', 'c3']);
    const empty = await runCli(['--jsonl', 'empty.jsonl', '--no-config-lookup', '-f', 'json'], { cwd });
    expect(empty.code).toBe(2);
    expect(JSON.parse(empty.stdout)).toEqual([]);
  });
  it('--fix --out writes records back with the fixed text and every other field byte-for-byte', async () => {
    const cwd = tempTree({ 'data.jsonl': `${records.join('\n')}\n` });
    const run = await runCli(['--jsonl', 'data.jsonl', '--fix', '--out', 'fixed.jsonl', '--config', 'cfg.json'], { cwd: cwd });
    expect(run.code, run.stderr).toBe(2); // cfg.json does not exist: a config error
    const ok = await runCli(['--jsonl', 'data.jsonl', '--fix', '--out', 'fixed.jsonl', '--no-config-lookup'], { cwd });
    expect(ok.stderr).toBe('');
    const out = readFileSync(path.join(cwd, 'fixed.jsonl'), 'utf8').trim().split('\n');
    expect(out).toHaveLength(3);
    for (const [i, line] of out.entries()) {
      const before = records[i]!;
      const span = findTopLevelValue(before, 'text')!;
      const spanAfter = findTopLevelValue(line, 'text')!;
      expect(line.slice(0, spanAfter[0])).toBe(before.slice(0, span[0]));
      expect(line.slice(spanAfter[1])).toBe(before.slice(span[1]));
    }
    expect(JSON.parse(out[0]!).text).toBe('The talks resumed.\n');
    expect(out[1]).toBe(records[1]);
    expect(JSON.parse(out[2]!).text).toBe('Café owners "said" the rent rose.\n');
  });
  it('reports malformed lines and records without a string text by line number, and goes on', async () => {
    const cwd = tempTree({ 'data.jsonl': ['{"text": "ok one.\\n"}', '{broken', '[1,2]', '{"text": 42}', '{"body": "x"}', '', '{"text": "ok two.\\n"}'].join('\n') });
    const run = await runCli(['--jsonl', 'data.jsonl', '--no-config-lookup'], { cwd });
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(run.stderr).toMatch(/data\.jsonl: line 2: malformed JSON/);
    expect(run.stderr).toMatch(/line 3: not a JSON object/);
    expect(run.stderr).toMatch(/line 4: "text" is not a string/);
    expect(run.stderr).toMatch(/line 5: no "text" field/);
    expect(lines.filter((l) => l.fatalErrorCount === 1)).toHaveLength(4);
    expect(lines.at(-1).filePath).toBe('data.jsonl:7');
  });
  it('reads standard input with --stdin and honours --text-field', async () => {
    const cwd = tempTree({});
    const run = await runCli(['--jsonl', '--stdin', '--text-field', 'body', '--no-config-lookup'], { cwd, stdin: '{"body": "Skip to content\\n\\nText.\\n"}\n' });
    const [line] = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(line.filePath).toBe('<stdin>:1');
    expect(line.messages[0].ruleId).toBe('no-skip-link');
  });
  it('finds top-level values only, past nested objects and escaped quotes', () => {
    const s = '{"a": {"text": "inner"}, "b": "x\\"text\\": 1", "text": "outer", "c": [1, {"text": 2}]}';
    const [a, b] = findTopLevelValue(s, 'text')!;
    expect(s.slice(a, b)).toBe('"outer"');
    expect(findTopLevelValue(s, 'missing')).toBeUndefined();
  });
});
