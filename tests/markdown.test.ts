import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import { Document } from '../src/engine/document.js';
import { loadMarkdown } from '../src/engine/markdown.js';

await loadMarkdown();

const md = `# Talks **resume** in _Cairo_

Read the [full statement](https://example.com/a-very-long-url?with=query) and the \`code\`.

> A quote with *emphasis* and a [link][ref].

- one item
- another item

[ref]: https://example.com
`;

describe('Markdown', () => {
  it('headings, links and emphasis raise nothing from the recommended rules', async () => {
    const result = await lintText(md, { filePath: 'story.md', config: { extends: 'articlelint:recommended' } });
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([]);
  });
  it('masks syntax but keeps offsets, lines and columns of the original', () => {
    const doc = new Document(md, 'story.md');
    expect(doc.text.length).toBe(md.length);
    expect(doc.lines.map((l) => l.start)).toEqual(new Document(md, 'story.txt').lines.map((l) => l.start));
    expect(doc.text).not.toContain('](');
    expect(doc.text).not.toContain('**');
    const at = md.indexOf('Cairo');
    expect(doc.text.slice(at, at + 5)).toBe('Cairo');
    expect(doc.isProse(at, at + 5)).toBe(true);
    expect(doc.isProse(0, 2)).toBe(false);
  });
  it('positions of findings point into the original file', async () => {
    const text = '# Title\n\nThe *talks* were were long.\n';
    const result = await lintText(text, { filePath: 'x.md', config: { rules: { 'repeated-words': 'error' } } });
    const [m] = result.messages;
    expect(m).toMatchObject({ line: 3, column: 13 });
    expect(text.slice(m!.fix!.range[0], m!.fix!.range[1])).toBe(' were');
  });
  it('a fix that would rewrite Markdown syntax is not offered', async () => {
    const result = await lintText('Skip to content\n\n**the** **the** end\n', { filePath: 'x.md', config: { rules: { 'repeated-words': 'error' } } });
    for (const m of result.messages) if (m.fix) expect(m.fix.range[1] - m.fix.range[0]).toBeGreaterThan(0);
    const repeated = result.messages.find((m) => m.ruleId === 'repeated-words');
    if (repeated) expect(repeated.fix).toBeUndefined();
  });
});
