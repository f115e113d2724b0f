import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';

const config = { rules: { 'no-skip-link': 'error' as const, 'repeated-words': 'error' as const } };
const lint = (text: string, report: 0 | 1 | 2 = 0) => lintText(text, { filePath: 'a.md', config, reportUnusedDirectives: report });
const lines = async (text: string, report: 0 | 1 | 2 = 0) => (await lint(text, report)).messages.map((m) => `${m.line} ${m.ruleId ?? 'directive'}`);

describe('Markdown inline directives', () => {
  it('disable … enable silences a block, for all rules or the named ones', async () => {
    const text = 'The the one.\n\n<!-- articlelint-disable -->\n\nThe the two.\n\n<!-- articlelint-enable -->\n\nThe the three.\n';
    expect(await lines(text)).toEqual(['1 repeated-words', '9 repeated-words']);
    const named = 'Skip to content\n\n<!-- articlelint-disable no-skip-link -->\n\nSkip to content\n\nThe the two.\n';
    expect(await lines(named)).toEqual(['1 no-skip-link', '7 repeated-words']);
  });
  it('disable-next-line and disable-line', async () => {
    const text = '<!-- articlelint-disable-next-line repeated-words -->\nThe the one.\nThe the two. <!-- articlelint-disable-line -->\nThe the three.\n';
    expect(await lines(text)).toEqual(['4 repeated-words']);
  });
  it('plain text has no directives: the comment text is just text', async () => {
    const r = await lintText('<!-- articlelint-disable -->\n\nThe the one.\n', { filePath: 'a.txt', config });
    expect(r.messages.map((m) => m.ruleId)).toEqual(['repeated-words']);
  });
  it('--report-unused-disable-directives reports a directive that silences nothing', async () => {
    const text = '<!-- articlelint-disable-next-line no-skip-link -->\nThe talks went on.\n\n<!-- articlelint-disable-next-line -->\nThe the one.\n';
    const r = await lint(text, 2);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ line: 1, ruleId: undefined, severity: 2 });
    expect(r.messages[0]!.reason).toMatch(/Unused articlelint-disable-next-line directive \(no problems were reported from 'no-skip-link'\)/);
    expect(r.fatalErrorCount).toBe(0);
    expect((await lint(text, 0)).messages).toEqual([]);
  });
});
