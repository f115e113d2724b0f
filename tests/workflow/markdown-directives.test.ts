/**
 * Markdown directive comments under `--fix`: a fix never removes or moves a
 * comment, directives hold on every fix pass, comments are not blank lines,
 * table padding is not a run of spaces, and silenced findings are reported as
 * `suppressedMessages` (ESLint's shape).
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { toJsonResult } from '../../src/formatters/json.js';
import { applyDirectives } from '../../src/engine/directives.js';
import { Document } from '../../src/engine/document.js';
import { loadMarkdown } from '../../src/engine/markdown.js';
import { createMessage } from '../../src/engine/runner.js';

const config = { rules: { 'no-skip-link': 'error' as const, 'no-byline': 'error' as const, whitespace: 'warn' as const } };
const lint = (text: string, fix = false) => lintText(text, { filePath: 'story.md', config, fix });

describe('Markdown fixes and directive comments', () => {
  const protectedByline = 'Skip to content\n\n<!-- articlelint-disable-next-line no-byline -->\nBy Maria Okafor, Metro Desk\n\nThe bridge reopened on Monday after repairs.\n';

  it('a fix that reaches a directive comment stops before it, and the comment keeps protecting its line', async () => {
    const result = await lint(protectedByline, true);
    expect(result.output).toBe('<!-- articlelint-disable-next-line no-byline -->\nBy Maria Okafor, Metro Desk\n\nThe bridge reopened on Monday after repairs.\n');
    expect(result.messages).toEqual([]);
  });

  it('fixing is idempotent with directive comments in place', async () => {
    const once = (await lint(protectedByline, true)).output!;
    expect((await lint(once, true)).output).toBeUndefined();
  });

  it('a fix never removes lines a directive silences for the fixing rule', async () => {
    const text = 'Menu\nHome\nSkip to content <!-- articlelint-disable-line no-skip-link -->\nThe bridge reopened.\n';
    await loadMarkdown();
    const doc = new Document(text, 'story.md');
    const spanning = createMessage(doc, 'no-skip-link', 2, { message: 'residue', start: 0, end: 4, fix: { range: [0, text.indexOf('The bridge')], text: '' } });
    const other = createMessage(doc, 'no-byline', 2, { message: 'residue', start: 0, end: 4, fix: { range: [0, text.indexOf('The bridge')], text: '' } });
    const { messages } = applyDirectives(doc, [spanning, other]);
    // Cut short before the silenced line; for a rule the directive does not name, cut before the comment.
    expect(messages[0]!.fix).toEqual({ range: [0, text.indexOf('Skip')], text: '' });
    expect(messages[1]!.fix).toEqual({ range: [0, text.indexOf('<!--')], text: '' });
    const replacing = createMessage(doc, 'no-byline', 2, { message: 'x', start: 0, end: 4, fix: { range: [0, text.length], text: 'X' } });
    expect(applyDirectives(doc, [replacing]).messages[0]!.fix).toBeUndefined();
  });

  it('comment lines are not blank lines', async () => {
    const text = 'The bridge reopened on Monday.\n\n<!-- editor: check the date -->\n\nTraffic returned by evening.\n';
    const result = await lint(text);
    expect(result.messages.filter((m) => m.ruleId === 'whitespace')).toEqual([]);
    const real = 'The bridge reopened on Monday.\n\n<!-- editor: check the date -->\n\n\nTraffic returned by evening.\n';
    expect((await lint(real)).messages.map((m) => `${m.line} ${m.reason}`)).toEqual(['5 2 blank lines in a row; one separates paragraphs.']);
  });

  it('a table row keeps its cell padding: no finding, no rewrite', async () => {
    const text = 'Results by year:\n\n| Year | Distance |\n| ---- | -------- |\n| 2024 | 10 m     |\n| 2025 | 12.5 m   |\n';
    const result = await lint(text, true);
    expect(result.messages).toEqual([]);
    expect(result.output).toBeUndefined();
    // Outside a table the same run is still reported.
    expect((await lint('Distance was 10 m   overall, officials said.\n')).messages.map((m) => m.reason)).toEqual(['Run of 3 spaces inside a line.']);
  });

  it('findings silenced by a comment are in suppressedMessages with kind "directive" and the justification', async () => {
    const text = '<!-- articlelint-disable-next-line no-byline -- the byline is part of this letter -->\nBy Maria Okafor, Metro Desk\n\nThe bridge reopened on Monday after repairs.\n';
    const result = await lint(text);
    expect(result.messages).toEqual([]);
    const json = toJsonResult(result);
    expect(json.suppressedMessages).toHaveLength(1);
    expect(json.suppressedMessages[0]).toMatchObject({ ruleId: 'no-byline', line: 2, suppressions: [{ kind: 'directive', justification: 'the byline is part of this letter' }] });
  });
});
