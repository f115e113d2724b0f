import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintFiles, mergeSummaries, rules, summarize } from '../../src/api.js';
import { WorkerPool } from '../../src/engine/parallel.js';
import { toJsonResult } from '../../src/formatters/json.js';
import { runCli, tempTree } from '../helpers/cli.js';

const seedsDir = path.resolve(new URL('../../seeds', import.meta.url).pathname);
const seeds = Object.fromEntries(
  ['000_6ed966ed02e41ff3.txt', '001_8ee1bc03666afbd8.txt', '002_295dfdbd1ff399b8.txt', '003_52e97fdea4135e2b.txt', '004_b098d514eaf49ddf.txt'].map((f) => [f, readFileSync(path.join(seedsDir, f), 'utf8')]),
);

/** 60 articles built from the seeds, with a shared footer line planted in a third of them. */
function corpusTree() {
  const files: Record<string, string> = {};
  const texts = Object.values(seeds);
  for (let i = 0; i < 60; i++) {
    let text = texts[i % texts.length]!;
    if (i % 3 === 0) text += '\nRead all our coverage at the Daily Example Gazette website today\n';
    files[`c/${String(i).padStart(2, '0')}/article.txt`] = text;
  }
  return tempTree(files);
}

afterEach(() => {
  vi.restoreAllMocks();
});

const asJson = (results: Awaited<ReturnType<typeof lintFiles>>) => JSON.stringify(results.map(toJsonResult));

describe('parallel linting', () => {
  it('worker threads give the same JSON as a single in-process run, in path order', async () => {
    const cwd = corpusTree();
    const config = { extends: 'articlelint:all' };
    const single = await lintFiles(['c'], { cwd, config, concurrency: 'off' });
    const pooled = await lintFiles(['c'], { cwd, config, concurrency: 2 });
    expect(pooled.map((r) => r.filePath)).toEqual([...pooled.map((r) => r.filePath)].sort());
    expect(asJson(pooled)).toBe(asJson(single));
    expect(single.reduce((n, r) => n + r.messages.length, 0)).toBeGreaterThan(0);
  });
  it('fixing in workers gives the same outputs', async () => {
    const cwd = corpusTree();
    const single = await lintFiles(['c'], { cwd, fix: true, concurrency: 'off' });
    const pooled = await lintFiles(['c'], { cwd, fix: true, concurrency: 2 });
    expect(pooled.map((r) => r.output)).toEqual(single.map((r) => r.output));
  });
});

describe('corpus summaries across shards', () => {
  it('summaries of shards merged in any order equal the whole run, and linting against them gives the same result', async () => {
    const cwd = corpusTree();
    const config = { extends: 'articlelint:all' };
    const registry = new Map(rules.map((r) => [r.meta.id, r]));
    const whole = await summarize(['c'], { cwd, config });
    const shardA = await summarize(['c/0*', 'c/1*', 'c/2*'].map((g) => `${g}/*.txt`), { cwd, config });
    const shardB = await summarize(['c/3*', 'c/4*', 'c/5*'].map((g) => `${g}/*.txt`), { cwd, config });
    expect(mergeSummaries(shardA, shardB, registry)).toEqual(whole);
    expect(mergeSummaries(shardB, shardA, registry)).toEqual(whole);
    const single = await lintFiles(['c'], { cwd, config });
    const sharded = [
      ...(await lintFiles(['c/0*/*.txt', 'c/1*/*.txt', 'c/2*/*.txt'], { cwd, config, corpus: mergeSummaries(shardA, shardB, registry) })),
      ...(await lintFiles(['c/3*/*.txt', 'c/4*/*.txt', 'c/5*/*.txt'], { cwd, config, corpus: mergeSummaries(shardB, shardA, registry) })),
    ];
    expect(asJson(sharded)).toBe(asJson(single));
  });
  it('the CLI summarize / merge-summaries / --summary steps equal a single run', async () => {
    const cwd = corpusTree();
    writeFileSync(path.join(cwd, '.articlelintrc.json'), '{"extends": "articlelint:all"}');
    expect((await runCli(['summarize', 'c/0*/*.txt', 'c/1*/*.txt', 'c/2*/*.txt', '-o', 's1.json'], { cwd })).code).toBe(0);
    expect((await runCli(['summarize', 'c/3*/*.txt', 'c/4*/*.txt', 'c/5*/*.txt', '-o', 's2.json'], { cwd })).code).toBe(0);
    expect((await runCli(['merge-summaries', 's2.json', 's1.json', '-o', 'all.json'], { cwd })).code).toBe(0);
    const a = await runCli(['c/0*/*.txt', 'c/1*/*.txt', 'c/2*/*.txt', '--summary', 'all.json', '-f', 'json'], { cwd });
    const b = await runCli(['c/3*/*.txt', 'c/4*/*.txt', 'c/5*/*.txt', '--summary', 'all.json', '-f', 'json'], { cwd });
    const single = await runCli(['c', '-f', 'json'], { cwd });
    expect([...JSON.parse(a.stdout), ...JSON.parse(b.stdout)]).toEqual(JSON.parse(single.stdout));
  });
  it('a file that is not a summary is a one-line error', async () => {
    const cwd = tempTree({ 'x.json': '{"a": 1}', 'a.txt': 'x' });
    const run = await runCli(['a.txt', '--summary', 'x.json'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not an articlelint corpus summary');
  });
});

describe('--cache', () => {
  it('skips unchanged files and re-lints on content, config or version change', async () => {
    const cwd = tempTree({ 'a.txt': 'Skip to content\n\nBody.\n', 'b.txt': 'Clean body.\n', '.articlelintrc.json': '{"rules": {"no-skip-link": "error"}}' });
    const cacheFile = path.join(cwd, '.articlelintcache');
    const first = await lintFiles(['.'], { cwd, cache: true });
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8'));
    expect(Object.keys(stored.entries).map((f) => path.basename(f)).sort()).toEqual(['a.txt', 'b.txt']);

    // Poison a cached result: if the cache is used, the poisoned message shows up.
    const aPath = path.join(cwd, 'a.txt');
    stored.entries[aPath].result.messages[0].reason = 'FROM CACHE';
    writeFileSync(cacheFile, JSON.stringify(stored));
    const second = await lintFiles(['.'], { cwd, cache: true });
    expect(second.find((r) => r.filePath === aPath)!.messages[0]!.reason).toBe('FROM CACHE');

    // Content change invalidates.
    writeFileSync(aPath, 'Skip to content\n\nBody changed.\n');
    const third = await lintFiles(['.'], { cwd, cache: true });
    expect(third.find((r) => r.filePath === aPath)!.messages[0]!.reason).toBe(first[0]!.messages[0]!.reason);

    // Config change invalidates.
    const again = JSON.parse(readFileSync(cacheFile, 'utf8'));
    again.entries[aPath].result.messages[0].reason = 'FROM CACHE';
    writeFileSync(cacheFile, JSON.stringify(again));
    const otherConfig = await lintFiles(['.'], { cwd, cache: true, rules: { 'no-skip-link': 'warn' } });
    expect(otherConfig.find((r) => r.filePath === aPath)!.messages[0]).toMatchObject({ severity: 1 });
    expect(otherConfig.find((r) => r.filePath === aPath)!.messages[0]!.reason).not.toBe('FROM CACHE');

    // Version change invalidates: entries keyed with another version never match.
    const keyed = JSON.parse(readFileSync(cacheFile, 'utf8'));
    for (const e of Object.values(keyed.entries) as { key: string; result: { messages: { reason: string }[] } }[]) {
      e.key = 'made-by-another-version';
      for (const m of e.result.messages) m.reason = 'FROM CACHE';
    }
    writeFileSync(cacheFile, JSON.stringify(keyed));
    const fresh = await lintFiles(['.'], { cwd, cache: true });
    expect(fresh.flatMap((r) => r.messages.map((m) => m.reason))).not.toContain('FROM CACHE');
  });
  it('a warm run reads no unchanged file, corpus summaries included; a touched file with the same bytes still hits', async () => {
    const cwd = tempTree({ 'a.txt': 'Skip to content\n\nThe daily Al Akhbar said so.\n', 'b.txt': 'The daily Al-Akhbar said so.\n' });
    const options = { cwd, cache: true, rules: { 'no-skip-link': 'error' as const, 'consistent-names-corpus': 'warn' as const } };
    // A whole-second mtime survives being set again exactly.
    const aPath = path.join(cwd, 'a.txt');
    utimesSync(aPath, 1_700_000_000, 1_700_000_000);
    const first = await lintFiles(['.'], options);
    const corpusFinding = (rs: typeof first) => rs.flatMap((r) => r.messages).filter((m) => m.ruleId === 'consistent-names-corpus').length;
    expect(corpusFinding(first)).toBeGreaterThan(0);
    // Same size and mtime, other bytes: a run that read the file would see neither finding.
    const original = readFileSync(aPath, 'utf8');
    writeFileSync(aPath, original.replace('Skip to content', 'Dkip to content').replace('Al Akhbar', 'Al-Akhbar'));
    utimesSync(aPath, 1_700_000_000, 1_700_000_000);
    const warm = await lintFiles(['.'], options);
    expect(asJson(warm)).toBe(asJson(first));
    // New mtime, bytes as cached: read and hashed, then reused (the poisoned result proves it).
    writeFileSync(aPath, original);
    const stored = JSON.parse(readFileSync(path.join(cwd, '.articlelintcache'), 'utf8'));
    stored.entries[aPath].result.messages[0].reason = 'FROM CACHE';
    writeFileSync(path.join(cwd, '.articlelintcache'), JSON.stringify(stored));
    const touched = await lintFiles(['.'], options);
    expect(touched.find((r) => r.filePath === aPath)!.messages[0]!.reason).toBe('FROM CACHE');
  });
  it('a warm run over unchanged files writes nothing; a changed or missing file changes the corpus the others are checked against', async () => {
    const footer = 'Follow the Harbour Courier for more stories every morning';
    const stories = {
      a: 'Water rationing begins in the northern districts as the reservoir falls to record lows this summer.',
      b: 'Three trade unions agreed on Monday to pause their strike while a mediator reviews the wage offer.',
      c: 'Engineers finished the new rail bridge two months early, and the first trains will cross it in May.',
      d: 'A local bakery won the national bread prize with a rye loaf its owner has baked for thirty years.',
    };
    const body = (id: keyof typeof stories) => `${stories[id]}\n\n${footer}\n`;
    const cwd = tempTree({ 'a.txt': body('a'), 'b.txt': body('b'), 'c.txt': body('c'), 'd.txt': body('d') });
    const options = { cwd, cache: true, rules: { 'no-template-lines': ['warn', { minFiles: 4 }] as ['warn', { minFiles: number }] } };
    const flagged = (rs: Awaited<ReturnType<typeof lintFiles>>) => rs.filter((r) => r.messages.some((m) => m.ruleId === 'no-template-lines')).map((r) => path.basename(r.filePath));
    const cacheFile = path.join(cwd, '.articlelintcache');
    expect(flagged(await lintFiles(['.'], options))).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    const written = readFileSync(cacheFile, 'utf8');
    utimesSync(cacheFile, 1_600_000_000, 1_600_000_000);
    expect(flagged(await lintFiles(['.'], options))).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    expect(readFileSync(cacheFile, 'utf8')).toBe(written);
    expect(statSync(cacheFile).mtimeMs).toBe(1_600_000_000_000);
    // d loses the footer: three stories are too few, in the files that did not change too.
    writeFileSync(path.join(cwd, 'd.txt'), body('d').replace(footer, 'A line of its own, written only for this one story'));
    expect(flagged(await lintFiles(['.'], options))).toEqual([]);
    writeFileSync(path.join(cwd, 'd.txt'), body('d'));
    expect(flagged(await lintFiles(['.'], options))).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    // A run over fewer files is checked against their merge alone, not against the cached one.
    expect(flagged(await lintFiles(['a.txt', 'b.txt', 'c.txt'], options))).toEqual([]);
    expect(flagged(await lintFiles(['.'], options))).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  });
  it('the cache file is ASCII; non-ASCII findings and cached summaries come back as they were', async () => {
    const footer = 'Follow the Harbour Courier — “every morning” for more stories ☕';
    const stories = [
      'Water rationing begins in Zürich as the reservoir falls to record lows this summer, officials said.',
      'Three trade unions led by José Núñez agreed on Monday to pause their strike while a mediator reviews the offer.',
      'Engineers finished the new rail bridge near Malmö two months early, and the first trains will cross it in May.',
      'A bakery in Montréal won the national bread prize with a rye loaf its owner has baked for thirty years.',
    ];
    const cwd = tempTree(Object.fromEntries(stories.map((story, i) => [`${i}.txt`, `${story}\n\n${footer}\n`])));
    const options = { cwd, cache: true, rules: { 'no-template-lines': ['warn', { minFiles: 3 }] as ['warn', { minFiles: number }], 'consistent-names-corpus': 'warn' as const } };
    const cold = await lintFiles(['.'], options);
    expect(cold.flatMap((r) => r.messages).some((m) => m.reason.includes('“every morning”'))).toBe(true);
    expect(readFileSync(path.join(cwd, '.articlelintcache'), 'utf8')).toMatch(/^[\x20-\x7e]*$/);
    expect(asJson(await lintFiles(['.'], options))).toBe(asJson(cold));
    // One file changed: the others' summaries are merged from the cache, as a run without it merges them.
    writeFileSync(path.join(cwd, '3.txt'), `${stories[3]}\n\nA line of its own — written only for this one story\n`);
    const changed = await lintFiles(['.'], options);
    expect(asJson(changed)).toBe(asJson(await lintFiles(['.'], { ...options, cache: false })));
    expect(asJson(changed)).not.toBe(asJson(cold));
  });
  it('a result reused without reading its file still gives formatters its text', async () => {
    const text = 'Skip to content\n\nBody.\n';
    const cwd = tempTree({ 'a.txt': text, '.articlelintrc.json': '{"rules": {"no-skip-link": "error"}}' });
    await lintFiles(['.'], { cwd, cache: true });
    const [warm] = await lintFiles(['.'], { cwd, cache: true });
    expect(warm!.messages[0]!.ruleId).toBe('no-skip-link');
    expect(warm!.source).toBe(text);
  });
  it('works with workers too', async () => {
    const cwd = corpusTree();
    const first = await lintFiles(['c'], { cwd, cache: true, concurrency: 2 });
    const second = await lintFiles(['c'], { cwd, cache: true, concurrency: 2 });
    expect(asJson(second)).toBe(asJson(first));
  });
  it('a fully warm run starts no workers; a failed discovery leaves none running', async () => {
    const start = vi.spyOn(WorkerPool, 'start');
    const destroy = vi.spyOn(WorkerPool.prototype, 'destroy');
    const cwd = corpusTree();
    const first = await lintFiles(['c'], { cwd, cache: true, concurrency: 2 });
    expect(start).toHaveBeenCalledTimes(1);
    start.mockClear();
    expect(asJson(await lintFiles(['c'], { cwd, cache: true, concurrency: 2 }))).toBe(asJson(first));
    expect(start).not.toHaveBeenCalled();
    // Without a cache the workers start before discovery, so a discovery that throws must stop them.
    destroy.mockClear();
    await expect(lintFiles(['missing'], { cwd, concurrency: 2 })).rejects.toThrow();
    expect(start).toHaveBeenCalledTimes(1);
    expect(destroy).toHaveBeenCalledTimes(1);
  });
  it('--cache-location and the CLI flag', async () => {
    const cwd = tempTree({ 'a.txt': 'Skip to content\n\nBody.\n' });
    const run = await runCli(['a.txt', '--cache', '--cache-location', 'tmp/lint-cache.json'], { cwd });
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(cwd, 'tmp/lint-cache.json'), 'utf8')).format).toBe(3);
  });
});
