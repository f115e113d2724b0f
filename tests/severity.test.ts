/**
 * A configured severity applies to every finding of a rule (ESLint's
 * semantics), for every rule in the registry: `--rule X:error` makes each
 * finding of X an error, `--rule X:warn` each a warning.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculateConfigForFile, lintFiles, rules, type LintResult } from '../src/api.js';

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'articlelint-severity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines of a rule's `@example Invalid` block, as written in its header. */
function invalidExample(ruleId: string): string[] {
  const source = readFileSync(path.join(root, 'rules', `${ruleId}.ts`), 'utf8');
  const block = /@example Invalid[^\n]*\n((?: \*(?: {3}[^\n]*)?\n)+)/.exec(source)?.[1] ?? '';
  return block.trimEnd().split('\n').map((l) => l.replace(/^ \*(?: {3})?/, ''));
}

const unescape = (s: string) => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/**
 * One folder where every rule has something to find: each rule's invalid
 * example (bytes written as bytes, `name.txt:` lines as files of their own),
 * three times so corpus rules see a repeated line, next to the seed articles.
 */
function writeCorpus(): void {
  for (const rule of rules) {
    const lines = invalidExample(rule.meta.id);
    for (let copy = 1; copy <= 3; copy++) {
      const name = (suffix: string) => path.join(dir, `${rule.meta.id}-${copy}${suffix}.txt`);
      const bytes = /^\(bytes\) ((?:[0-9A-F]{2} ?)+)/.exec(lines[0] ?? '');
      if (bytes) {
        writeFileSync(name(''), Buffer.from(bytes[1]!.trim().split(' ').map((h) => parseInt(h, 16))));
        continue;
      }
      const perFile = lines.filter((l) => /^[\w-]+\.txt: /.test(l));
      if (perFile.length) perFile.forEach((l, i) => writeFileSync(name(`-${i}`), `${unescape(l.replace(/^[\w-]+\.txt: /, ''))}\n`));
      else writeFileSync(name(''), `Report number ${copy} of the day.\n\n${lines.map(unescape).join('\n')}\n`);
    }
  }
  for (const seed of ['000_6ed966ed02e41ff3.txt', '002_295dfdbd1ff399b8.txt', '003_52e97fdea4135e2b.txt', '004_b098d514eaf49ddf.txt']) {
    writeFileSync(path.join(dir, seed), readFileSync(path.join(root, 'seeds', seed)));
  }
}

function severitiesByRule(results: LintResult[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const m of results.flatMap((r) => r.messages)) {
    if (!m.ruleId) continue;
    if (!out.has(m.ruleId)) out.set(m.ruleId, new Set());
    out.get(m.ruleId)!.add(m.severity);
  }
  return out;
}

describe('one severity per rule', () => {
  beforeAll(writeCorpus);
  const ids = rules.map((r) => r.meta.id);

  for (const [entry, level] of [
    ['error', 2],
    ['warn', 1],
  ] as const) {
    it(`--rule X:${entry} makes every finding of every rule a ${entry}`, async () => {
      const results = await lintFiles([dir], { cwd: dir, configLookup: false, rules: Object.fromEntries(ids.map((id) => [id, entry])) });
      const found = severitiesByRule(results);
      for (const id of ids) {
        // Each rule has findings here, so a rule that lowered or raised one would show.
        expect(found.get(id), `${id} has findings`).toBeDefined();
        expect([...found.get(id)!], id).toEqual([level]);
      }
    }, 120_000);
  }

  it('--print-config shows the severity that applies', async () => {
    const config = await calculateConfigForFile('a.txt', { cwd: dir, configLookup: false, rules: { 'no-truncated-paragraph': 'error', 'file-encoding': 'warn' } });
    expect(config.rules['no-truncated-paragraph']).toBe('error');
    expect(config.rules['file-encoding']).toBe('warn');
  });
});
