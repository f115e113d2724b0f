/** Helpers for line-level rules. */
import type { DocumentView, Fix, Line } from '../types.js';

export function isBlank(line: Line | undefined): boolean {
  return line !== undefined && line.text.trim() === '';
}

/** Offset where the line after `line` starts (or the end of the text). */
function nextLineStart(doc: DocumentView, line: Line): number {
  const next = doc.lines[line.index + 1];
  return next ? next.start : doc.text.length;
}

/**
 * A fix that removes a whole line and the blank line it leaves behind, so
 * paragraphs stay separated by exactly one blank line:
 *
 *   "para\n\nresidue\n\nnext"  ->  "para\n\nnext"
 *   "para\nresidue\nnext"      ->  "para\nnext"
 *   "para\n\nresidue\n"        ->  "para\n"
 */
export function removeLineFix(doc: DocumentView, lineIndex: number): Fix {
  const lines = doc.lines;
  const line = lines[lineIndex]!;
  const prev = lines[lineIndex - 1];
  let last = lineIndex;
  while (isBlank(lines[last + 1])) last++;
  const atEnd = last === lines.length - 1;
  if (atEnd && prev !== undefined) {
    // Last content: remove from the end of the previous non-blank line, keeping
    // whether the file ended with a newline.
    let p = lineIndex - 1;
    while (p > 0 && isBlank(lines[p])) p--;
    const keepsFinalNewline = doc.text.endsWith('\n');
    const start = keepsFinalNewline ? nextLineStart(doc, lines[p]!) : lines[p]!.end;
    return { range: [start, doc.text.length], text: '' };
  }
  const takeFollowingBlanks = prev === undefined || isBlank(prev);
  const end = takeFollowingBlanks ? nextLineStart(doc, lines[last]!) : nextLineStart(doc, line);
  return { range: [line.start, end], text: '' };
}

/** Report range for a whole line: its text, without the line terminator. */
export function lineSpan(line: Line): { start: number; end: number } {
  return { start: line.start, end: line.end };
}
