/**
 * Content-defined chunks of a long document, for incremental linting in the
 * editor: a paragraph break becomes a chunk boundary when a hash of the next
 * paragraph's opening says so, so an edit moves at most the boundaries next to
 * it and every other chunk keeps its text (and its cached findings).
 */
export interface Chunk {
  /** Offset of the chunk in the document. */
  start: number;
  text: string;
}

const BREAK = /\n[ \t]*\n/g;
/** Characters of a paragraph's opening that decide whether a chunk starts there. */
const KEY_LENGTH = 64;

function fnv1a(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Splits `text` into chunks of about `paragraphs` paragraphs each (never one
 * longer than `maxLength` unless a paragraph is). The chunks' texts concatenate to `text`.
 */
export function splitChunks(text: string, paragraphs = 32, maxLength = 65536): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    const next = m.index! + m[0].length;
    if (next >= text.length) break;
    const boundary = fnv1a(text, next, Math.min(text.length, next + KEY_LENGTH)) % paragraphs === 0 || next - start > maxLength;
    if (!boundary) continue;
    chunks.push({ start, text: text.slice(start, next) });
    start = next;
  }
  chunks.push({ start, text: text.slice(start) });
  return chunks;
}
