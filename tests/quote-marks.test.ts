/**
 * The quote-balance scan jumps from mark to mark with a native search
 * (`nextMark`): the offsets it visits must be exactly those of the marks it
 * reads, the quotation marks and brackets, found here one character at a time.
 */
import { describe, expect, it } from 'vitest';
import { nextMark } from '../rules/lib/quote-balance.js';
// @ts-expect-error -- plain ESM script without types
import { corpus } from '../bench/corpus.mjs';

const MARKS = new Set(['“', '”', '"', '«', '»', '„', '‘', '’', '(', ')', '[', ']']);

/** Articles, and text made of marks, their neighbours in Unicode (‚ ‛ ‟ ‹ ›) and other brackets. */
const TEXTS: string[] = [
  ...(corpus(20, 9) as string[]),
  '',
  '"',
  'no marks at all here',
  '“A”, «b», „c“ ‘d’ (e) [f] {g} <h> ‚i‛ ‟j ‹k› \'l\' `m´ 55" 5\'11"',
  Array.from({ length: 0x2030 - 0x2010 }, (_, i) => String.fromCharCode(0x2010 + i)).join(' x '),
  Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join(''),
  '😀“emoji” 𝐀(math)[x]',
];

function visited(text: string): number[] {
  const out: number[] = [];
  for (let i = nextMark(text, 0); i < text.length; i = nextMark(text, i + 1)) out.push(i);
  return out;
}

describe('quote-balance nextMark', () => {
  it('visits every mark and nothing else, in order', () => {
    for (const text of TEXTS) {
      const expected = Array.from({ length: text.length }, (_, i) => i).filter((i) => MARKS.has(text[i]!));
      expect(visited(text), text.slice(0, 60)).toEqual(expected);
    }
  });

  it('finds the first mark at or after any offset', () => {
    const text = TEXTS[TEXTS.length - 5]!;
    for (let from = 0; from <= text.length; from++) {
      let expected = from;
      while (expected < text.length && !MARKS.has(text[expected]!)) expected++;
      expect(nextMark(text, from)).toBe(expected);
    }
  });
});
