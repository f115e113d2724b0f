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
 * A fix that removes lines `first..last` (inclusive) and the blank lines the
 * removal leaves behind, so paragraphs stay separated by exactly one blank line:
 *
 *   "para\n\nresidue\n\nnext"  ->  "para\n\nnext"
 *   "para\nresidue\nnext"      ->  "para\nnext"
 *   "para\n\nresidue\n"        ->  "para\n"
 */
export function removeLinesFix(doc: DocumentView, first: number, last = first): Fix {
  const lines = doc.lines;
  const prev = lines[first - 1];
  let end = last;
  while (isBlank(lines[end + 1])) end++;
  if (end === lines.length - 1 && prev !== undefined) {
    // Last content: remove from the end of the previous non-blank line, keeping
    // whether the file ended with a newline.
    let p = first - 1;
    while (p > 0 && isBlank(lines[p])) p--;
    const start = doc.text.endsWith('\n') ? nextLineStart(doc, lines[p]!) : lines[p]!.end;
    return { range: [start, doc.text.length], text: '' };
  }
  const takeFollowingBlanks = prev === undefined || isBlank(prev);
  const stop = takeFollowingBlanks ? nextLineStart(doc, lines[end]!) : nextLineStart(doc, lines[last]!);
  return { range: [lines[first]!.start, stop], text: '' };
}

/** `removeLinesFix` for one line. */
export function removeLineFix(doc: DocumentView, lineIndex: number): Fix {
  return removeLinesFix(doc, lineIndex, lineIndex);
}

/** Report range for a whole line: its text, without the line terminator. */
export function lineSpan(line: Line): { start: number; end: number } {
  return { start: line.start, end: line.end };
}
