import { describe, expect, it } from 'vitest';
import { splitChunks } from '../../src/lsp/chunks.js';

const paragraph = (i: number) => `Paragraph ${i} of the story: the council met on day ${i} and voted ${i % 7} to ${(i * 3) % 11}.`;
const story = (n: number) => Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n') + '\n';

describe('splitChunks', () => {
  it('cuts at paragraph breaks, and the chunks concatenate to the text', () => {
    const text = story(400);
    const chunks = splitChunks(text, 16);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    for (const c of chunks) expect(text.slice(c.start, c.start + c.text.length)).toBe(c.text);
    for (const c of chunks.slice(1)) expect(text.slice(c.start - 2, c.start)).toBe('\n\n');
  });

  it('an edit inside one paragraph leaves all chunks but one or two unchanged', () => {
    const text = story(400);
    const at = text.indexOf(paragraph(200)) + 10;
    const edited = `${text.slice(0, at)}typed words ${text.slice(at)}`;
    const before = new Set(splitChunks(text, 16).map((c) => c.text));
    const after = splitChunks(edited, 16);
    const changed = after.filter((c) => !before.has(c.text));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(2);
  });

  it('keeps chunks below the length cap when no boundary hash fires', () => {
    const text = story(2000);
    for (const c of splitChunks(text, 1_000_000, 4096)) expect(c.text.length).toBeLessThan(4096 + 200);
  });
});
