/**
 * The HTML report, rendered for real in headless Chromium (Debian's `chromium`,
 * driven by playwright-core). Counts on the page are checked against the JSON
 * report of the same run, the filters are exercised, and screenshots are taken.
 * Chromium is required: without it this test fails, it does not skip.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import html, { FATAL_RULE } from '../../src/formatters/html.js';
import type { LintMessage, LintResult } from '../../src/types.js';
import { rel, repoRoot, seedsRun, type SeedsRun } from './seeds-run.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Screenshots land here (kept after the run so a person can look at them). */
export const SHOTS = process.env.ARTICLELINT_SCREENSHOTS ?? path.join(os.tmpdir(), 'articlelint-html-report');

let browser: Browser;
let page: Page;
let run: SeedsRun;
const requests: string[] = [];
const pageErrors: string[] = [];

let setupError: unknown;

mkdirSync(SHOTS, { recursive: true });

beforeAll(async () => {
  // A missing browser fails every test below with this message (never a silent skip).
  try {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: the HTML report test needs it. Install Debian's package: apt-get install -y chromium (or set CHROMIUM_PATH).`);
    }
    run = await seedsRun();
    const file = path.join(SHOTS, 'report.html');
    writeFileSync(file, await html(run.results, run.context));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('request', (req) => requests.push(req.url()));
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
    await page.goto(pathToFileURL(file).href);
  } catch (error) {
    setupError = error;
  }
}, 180_000);

function ready(): void {
  if (setupError) throw setupError;
}

afterAll(async () => {
  await browser?.close();
});

const count = (sel: string) => page.locator(sel).count();
const attr = async (sel: string, name: string) => page.locator(sel).first().getAttribute(name);
const visibleFindings = () => page.locator('li.finding:not([hidden])').count();

function tally(run: SeedsRun) {
  const byRule = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const r of run.json) {
    byFile.set(rel(r.filePath), r.messages.length);
    for (const m of r.messages) byRule.set(m.ruleId ?? FATAL_RULE, (byRule.get(m.ruleId ?? FATAL_RULE) ?? 0) + 1);
  }
  return { byRule, byFile };
}

describe('html report in Chromium', { timeout: 120_000 }, () => {
  it('shows the totals of the JSON report', async () => {
    ready();
    expect(run.total).toBeGreaterThan(0);
    expect(await attr('body', 'data-problems')).toBe(String(run.total));
    expect(await attr('body', 'data-errors')).toBe(String(run.errors));
    expect(await attr('body', 'data-warnings')).toBe(String(run.warnings));
    expect(await attr('body', 'data-files')).toBe(String(run.json.length));
    expect(await attr('[data-testid=problems]', 'data-count')).toBe(String(run.total));
    expect(await page.locator('[data-testid=errors] .num').textContent()).toBe(String(run.errors));
    expect(await page.locator('[data-testid=warnings] .num').textContent()).toBe(String(run.warnings));
    const fixable = run.json.reduce((n, r) => n + r.messages.filter((m) => m.fix).length, 0);
    expect(await attr('[data-testid=fixable]', 'data-count')).toBe(String(fixable));
    expect(await count('li.finding')).toBe(run.total);
    expect(await count('li.finding[data-severity=error]')).toBe(run.errors);
    expect(await attr('#shown', 'data-count')).toBe(String(run.total));
  });

  it('has totals by rule (table and chart) and by file that match the JSON report', async () => {
    ready();
    const { byRule, byFile } = tally(run);
    expect(await count('#by-rule tbody tr[data-rule]')).toBe(byRule.size);
    expect(await count('svg.chart g.bar')).toBe(byRule.size);
    for (const [rule, n] of byRule) {
      expect(await attr(`#by-rule tr[data-rule="${rule}"]`, 'data-count'), rule).toBe(String(n));
      expect(await attr(`svg.chart g.bar[data-rule="${rule}"]`, 'data-count'), rule).toBe(String(n));
      expect(await count(`li.finding[data-rule="${rule}"]`), rule).toBe(n);
    }
    // The chart's bars are proportional to the counts.
    const widths = await page.$$eval('svg.chart g.bar', (gs) =>
      gs.map((g) => ({ n: Number(g.getAttribute('data-count')), w: [...g.querySelectorAll('rect')].reduce((s, r) => s + Number(r.getAttribute('width')), 0) })),
    );
    const ratio = widths[0]!.w / widths[0]!.n;
    for (const { n, w } of widths) expect(w).toBeCloseTo(n * ratio, 0);
    expect(await count('#by-file tbody tr[data-file]')).toBe(byFile.size);
    for (const [file, n] of byFile) {
      expect(await attr(`#by-file tr[data-file="${file}"]`, 'data-count'), file).toBe(String(n));
      if (n) expect(await attr(`article.file[data-file="${file}"]`, 'data-count'), file).toBe(String(n));
    }
  });

  it('highlights each problem in the article text, in place', async () => {
    ready();
    let ranged = 0;
    for (const [i, r] of run.results.entries()) {
      for (const [k, m] of r.messages.entries()) {
        const start = m.place && 'start' in m.place ? m.place.start.offset : undefined;
        const end = m.place && 'end' in m.place ? m.place.end.offset : undefined;
        if (start === undefined || end === undefined || end <= start) continue;
        const id = `${i}-${k}`;
        const marked = await page.$$eval(`article#file-${i} mark.hl`, (ms, id) => ms.filter((mk) => mk.getAttribute('data-ids')!.split(' ').includes(id)).map((mk) => mk.textContent).join(''), id);
        expect(marked, `${r.filePath} ${m.ruleId} ${m.line}:${m.column}`).toBe(r.source!.slice(start, end));
        ranged++;
      }
    }
    expect(ranged).toBeGreaterThan(0);
    // The article text itself is complete: highlights only wrap it.
    const first = run.results.findIndex((r) => r.messages.length);
    expect(await page.locator(`article#file-${first} pre.text`).textContent()).toBe(run.results[first]!.source);
  });

  it('shows proposed fixes as a diff: removed text struck in red, inserted text in green', async () => {
    ready();
    const withFix = run.results.flatMap((r, i) => r.messages.map((m, k) => ({ r, m, id: `${i}-${k}` }))).filter((x) => x.m.fix);
    expect(withFix.length).toBeGreaterThan(0);
    expect(await count('.fix[data-kind=fix]')).toBe(withFix.length);
    const plain = (s: string | null) => (s ?? '').replace(/␍↵|↵|␍/g, '');
    for (const { r, m, id } of withFix) {
      const fix = m.fix!;
      const box = page.locator(`#finding-${id} .fix[data-kind=fix]`);
      const removed = r.source!.slice(fix.range[0], fix.range[1]);
      if (removed) expect(plain(await box.locator('del').textContent())).toBe(removed);
      if (fix.text) expect(plain(await box.locator('ins').textContent())).toBe(fix.text);
    }
    const del = page.locator('.fix del').first();
    expect(await del.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
    const [r, g] = (await del.evaluate((el) => getComputedStyle(el).color)).match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(g! + 80);
    const suggestions = run.results.reduce((n, r) => n + r.messages.reduce((s, m) => s + (m.suggestions?.length ?? 0), 0), 0);
    expect(await count('.fix[data-kind=suggestion]')).toBe(suggestions);
  });

  it('filters by severity and by rule', async () => {
    ready();
    const { byRule } = tally(run);
    await page.screenshot({ path: path.join(SHOTS, 'report-top.png') });
    const article = page.locator('article.file').first();
    const before = await article.screenshot({ path: path.join(SHOTS, 'article-all.png') });

    await page.locator('input[data-filter-severity=warning]').uncheck();
    expect(await visibleFindings()).toBe(run.errors);
    expect(await attr('#shown', 'data-count')).toBe(String(run.errors));
    expect(await page.locator('#shown').textContent()).toBe(`Showing ${run.errors} of ${run.total} problem${run.total === 1 ? '' : 's'}`);
    const hiddenArticles = await page.$$eval('article.file', (as) => as.filter((a) => a.hidden).map((a) => a.getAttribute('data-file')));
    const noErrors = run.json.filter((r) => r.messages.length && !r.messages.some((m) => m.severity === 2)).map((r) => rel(r.filePath));
    expect(hiddenArticles.sort()).toEqual(noErrors.sort());
    // Highlights of hidden findings are switched off.
    const lit = await page.$$eval('mark.hl:not(.off)', (ms) => ms.map((m) => m.getAttribute('data-ids')!.split(' ')));
    const errorIds = new Set(await page.$$eval('li.finding[data-severity=error]', (ls) => ls.map((l) => l.getAttribute('data-id'))));
    for (const ids of lit) expect(ids.some((id) => errorIds.has(id))).toBe(true);
    await page.locator('input[data-filter-severity=warning]').check();
    expect(await visibleFindings()).toBe(run.total);

    await page.locator('button[data-rules=none]').click();
    expect(await visibleFindings()).toBe(0);
    expect(await attr('#shown', 'data-count')).toBe('0');
    expect(await count('mark.hl:not(.off)')).toBe(0);
    const [rule, n] = [...byRule].sort((a, b) => b[1] - a[1])[0]!;
    await page.locator(`input[data-filter-rule="${rule}"]`).check();
    expect(await visibleFindings()).toBe(n);
    expect(await page.locator(`li.finding:not([hidden]):not([data-rule="${rule}"])`).count()).toBe(0);
    expect(await attr('#shown', 'data-count')).toBe(String(n));
    await page.screenshot({ path: path.join(SHOTS, `report-filtered-${rule}.png`), fullPage: false });

    await page.locator('button[data-rules=all]').click();
    expect(await visibleFindings()).toBe(run.total);
    await page.locator('input[data-filter-severity=error]').uncheck();
    const after = await article.screenshot({ path: path.join(SHOTS, 'article-warnings-only.png') });
    expect(Buffer.compare(before, after) === 0 && run.errors > 0).toBe(false);
    await page.locator('input[data-filter-severity=error]').check();
    expect(before.subarray(1, 4).toString()).toBe('PNG');
    expect(before.length).toBeGreaterThan(10_000);
  });

  it('is self-contained: no request leaves the page and the script raises no error', async () => {
    ready();
    const foreign = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    const source = readFileSync(path.join(SHOTS, 'report.html'), 'utf8');
    expect(source).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(source).toContain("default-src 'none'");
  });
});

describe('html report without Chromium-specific needs', () => {
  it('escapes article text (from the result, never the disk) and messages', async () => {
    const text = 'Headline <b>bold</b> & "quoted"\nSkip to content\n';
    const file = path.join(SHOTS, 'escape-test.txt');
    writeFileSync(file, text);
    const start = text.indexOf('Skip');
    const m = {
      reason: 'Looks like <script>alert(1)</script>',
      ruleId: 'no-skip-link',
      severity: 2,
      line: 2,
      column: 1,
      place: { start: { line: 2, column: 1, offset: start }, end: { line: 2, column: 16, offset: start + 15 } },
      fix: { range: [start, text.length], text: '' },
    } as unknown as LintMessage;
    const result: LintResult = { filePath: file, messages: [m], errorCount: 1, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 1, fixableWarningCount: 0, source: text };
    writeFileSync(file, 'changed on disk since');
    const out = await html([result], { cwd: repoRoot, color: false, rulesMeta: {} });
    expect(out).not.toContain('<script>alert');
    expect(out).toContain('Headline &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;');
    expect(out).toMatch(/<mark class="hl" data-ids="0-0">Skip to content<\/mark>/);
    expect(out).toContain('<del>Skip to content<span class="nl">↵</span>\n</del>');
  });
});
