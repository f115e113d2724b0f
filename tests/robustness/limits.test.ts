/**
 * Resource limits: a 200 MB single-line file is skipped under the default
 * 50 MB limit and linted in bounded time when allowed; pathological text lints
 * to completion. Time budgets per rule live in bench/adversarial.mjs; here only
 * generous hard caps (the test timeout) catch hangs.
 */
import { createWriteStream, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { fixText, lintText } from '../../src/api.js';
import { NLCST_MAX_CHARS } from '../../src/engine/document.js';
import { expectOneLineErrors, parseJson, removeTree, resultFor, tempDir, writeTree } from './helpers.js';
import { lineColumn, placeOf } from './articles.js';

const MB = 1024 * 1024;

describe('a 200 MB single-line file', () => {
  let dir: string;
  const big = () => path.join(dir, 'huge.txt');
  beforeAll(async () => {
    dir = tempDir();
    writeTree(dir, {
      'good.txt': 'Skip to content\n\nThe delegation arrived on Sunday.\n',
      // Line rules plus one natural-language rule, which must be skipped on a huge text.
      '.articlelintrc.json': JSON.stringify({ rules: { 'no-skip-link': 'error', 'repeated-words': 'error' } }),
    });
    // Stream it: one line, no newline, 200 MB of prose-like words.
    const out = createWriteStream(big());
    const chunk = Buffer.from('The delegation arrived on Sunday and talks resumed. '.repeat(20_000));
    let written = 0;
    while (written < 200 * MB) {
      const piece = written + chunk.length > 200 * MB ? chunk.subarray(0, 200 * MB - written) : chunk;
      if (!out.write(piece)) await once(out, 'drain');
      written += piece.length;
    }
    out.end();
    await once(out, 'finish');
  }, 60_000);
  afterAll(() => {
    rmSync(big(), { force: true });
    removeTree(dir);
  });

  it('is reported as too large and skipped under the default 50 MB limit; the other file is linted', async () => {
    expect(statSync(big()).size).toBe(200 * MB);
    const r = await runCli(['.', '-f', 'json'], { cwd: dir });
    const [line] = expectOneLineErrors(r.stderr);
    expect(line).toBe('articlelint: huge.txt: too large (200.0 MB > 50.0 MB limit), skipped');
    const results = parseJson(r.stdout);
    expect(resultFor(results, 'huge.txt').messages).toHaveLength(1);
    expect(resultFor(results, 'good.txt').messages.map((m) => m.ruleId)).toContain('no-skip-link');
    expect(r.code).toBe(1);
  }, 30_000);

  it('--max-file-size 10: still skipped, with the limit named', async () => {
    const r = await runCli(['huge.txt', '--max-file-size', '10'], { cwd: dir });
    expect(expectOneLineErrors(r.stderr)[0]).toContain('> 10.0 MB limit');
    expect(r.code).toBe(2);
  }, 30_000);

  it('with --max-file-size 250 it is linted in bounded time; natural-language rules are skipped with one note', async () => {
    const r = await runCli(['huge.txt', '-f', 'json', '--max-file-size', '250'], { cwd: dir });
    const [line] = expectOneLineErrors(r.stderr);
    expect(line).toMatch(/^articlelint: huge\.txt: text too long for natural-language rules .*skipped repeated-words$/);
    const [result] = parseJson(r.stdout);
    expect(result!.errorCount).toBe(0);
    expect(result!.messages).toHaveLength(1);
    expect(result!.messages[0]!.severity).toBe(1);
    expect(r.code).toBe(0);
    expect(statSync(big()).size).toBe(200 * MB);
  }, 60_000);
});

/** Pathological texts: each must lint (all rules) and fix to completion, with sane messages. */
const PATHOLOGICAL: Record<string, () => string> = {
  'a 1 MB "word"': () => 'x'.repeat(MB),
  '100,000 blank lines': () => `Talks resumed.\n${'\n'.repeat(100_000)}The end.\n`,
  '100,000 CRLF whitespace lines': () => ' \t\r\n'.repeat(100_000),
  'deeply nested quotes': () => `${'“'.repeat(5_000)}word${'”'.repeat(5_000)}\n`,
  'deeply nested brackets': () => `${'(['.repeat(5_000)}word${'])'.repeat(5_000)}\n`,
  'unclosed quotes and brackets': () => '“("['.repeat(5_000),
  '10,000 repeated punctuation': () => `Really${'!'.repeat(10_000)} Why${'?'.repeat(10_000)} Then${'.'.repeat(10_000)}\n`,
  'a 200 KB line of words': () => 'the talks resumed on Sunday '.repeat(7_500),
  // parse-latin backtracks 2^n on n CRLF blank lines followed by other white space (see forParser).
  'CRLF blank lines then a no-break space line': () => `A first paragraph.${'\r\n'.repeat(400)}\u00a0\r\nNext paragraph.\r\n`,
  'CRLF blank lines then a form feed': () => `A${'\r\n'.repeat(400)}\f\nb`,
};

describe('pathological text lints in bounded time', () => {
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    it(name, async () => {
      const text = make();
      const r = await lintText(text, { config: { extends: 'articlelint:all' }, filePath: 'p.txt' });
      for (const m of r.messages) {
        const place = placeOf(m);
        if (!place) continue;
        expect(place.end.offset).toBeLessThanOrEqual(text.length);
        expect({ line: place.start.line, column: place.start.column }).toEqual(lineColumn(text, place.start.offset));
        expect(m.reason).not.toMatch(/^Rule ".*" failed/);
      }
      if (text.length < 300_000) {
        const once1 = await fixText(text, { config: { extends: 'articlelint:all' }, filePath: 'p.txt' });
        const twice = await fixText(once1.output, { config: { extends: 'articlelint:all' }, filePath: 'p.txt' });
        expect(twice.output).toBe(once1.output);
      }
    }, 120_000);
  }

  it('a text above the natural-language limit skips those rules with one note and still runs line rules', async () => {
    const text = `Skip to content\n\n${'word '.repeat(Math.ceil(NLCST_MAX_CHARS / 5) + 10)}\n`;
    const r = await lintText(text, { config: { rules: { 'no-skip-link': 'error', 'repeated-words': 'error' } }, filePath: 'p.txt' });
    expect(r.messages.map((m) => m.ruleId).sort()).toEqual(['no-skip-link', undefined]);
    const note = r.messages.find((m) => !m.ruleId)!;
    expect(note.reason).toMatch(/text too long for natural-language rules.*skipped repeated-words/);
    expect(note.severity).toBe(1);
  }, 60_000);
});


