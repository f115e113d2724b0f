/**
 * One finding per defect: a line a residue rule proposes to remove keeps one
 * residue finding, and the sentence/style findings on it go with it.
 */
import { describe, expect, it } from 'vitest';
import { lintText, rules } from '../src/api.js';

const body = 'The council voted 7-2 on Tuesday night to approve the budget for the next two years.';
const more = 'Opponents said the tax rise would hurt small shops in the old town.';
const only = (ids: string[]) => Object.fromEntries(rules.map((r) => [r.meta.id, ids.includes(r.meta.id) ? r.meta.severity : ('off' as const)]));

describe('one finding per line', () => {
  it('drops the sentence finding on a line a residue rule removes', async () => {
    const text = `${body}\n\nvor 3 Stunden\n\n${more}\n`;
    const alone = await lintText(text, { filePath: 'a.txt', rules: only(['no-sentence-fragment']) });
    expect(alone.messages.map((m) => m.line)).toEqual([3]);
    const both = await lintText(text, { filePath: 'a.txt', rules: only(['no-sentence-fragment', 'no-timestamp']) });
    expect(both.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['3 no-timestamp']);
  });

  it('keeps one residue finding per line, preferring the one with a safe fix', async () => {
    const text = `Reuters November 18, 2019 11:03 PM\n\n${body}\n\nReuters November 18, 2019 11:03 PM\n\n${more}\n`;
    const result = await lintText(text, { filePath: 'a.txt', rules: only(['no-timestamp', 'no-duplicate-lines']) });
    // Line 5 is both a stamp (safe fix) and a distant repeat of line 1 (a suggestion): the stamp stays.
    expect(result.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['1 no-timestamp', '5 no-timestamp']);
  });

  it('drops a join of the line above with a line that a safe fix removes (the byline would stay, glued on)', async () => {
    const text = `${body}\nSports reporter of the week\nby Ana Ruiz\n\n${more}\n`;
    const alone = await lintText(text, { filePath: 'a.txt', rules: only(['no-hard-wrap']) });
    expect(alone.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['2 no-hard-wrap']);
    const both = await lintText(text, { filePath: 'a.txt', rules: only(['no-hard-wrap', 'no-byline']) });
    expect(both.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['3 no-byline']);
  });

  it('keeps findings on lines no residue rule flags', async () => {
    const text = `${body}\n\nthis line starts in lower case and goes on for a while without an end\n`;
    const result = await lintText(text, { filePath: 'a.txt', rules: only(['no-sentence-fragment', 'no-timestamp']) });
    expect(result.messages.map((m) => m.ruleId)).toContain('no-sentence-fragment');
  });
});

describe('one finding per line: prose lines', () => {
  it('keeps the sentence findings of a prose line that a residue rule removes (a bio may be kept and reused)', async () => {
    const bio = 'Ana Ruiz is a staff writer for the Daily Courier, covering courts and crime.It is her third year.';
    const text = `${body}\n\n${more}\n\n${bio}\n`;
    const result = await lintText(text, { filePath: 'a.txt', rules: only(['sentence-spacing', 'no-byline']) });
    expect(result.messages.map((m) => m.ruleId).sort()).toEqual(['no-byline', 'sentence-spacing']);
  });
});
