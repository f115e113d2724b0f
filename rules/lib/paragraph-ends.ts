/**
 * How prose paragraphs end, for no-truncated-paragraph (cut off at a teaser or
 * in mid-sentence) and no-unterminated-paragraph (no sentence punctuation at
 * the end): one pass per document, shared through `doc.memo`.
 */
import { isSpace, type DocumentView } from '../../src/rule-kit/index.js';
import { blocks, quote } from './sentences/analysis.js';

/** A teaser marker at the end of a paragraph, after sentence punctuation or an ellipsis, or bracketed. */
const TEASER =
  /(?:(?<=[.!?…"”’]\s*)(?:read more|continue reading|read the full (?:story|article)|read full (?:story|article)|full story)(?:\s*(?:\.\.\.|[»›>…→.:]))*|\[\s*(?:…|\.{3})\s*\]|\(\s*(?:…|\.{3})\s*\))\s*$/i;
const FUNCTION_END =
  /(?:^|\s)(?:the|a|an|of|to|and|or|nor|in|on|at|for|with|by|from|into|that|which|who|whose|as|but|is|are|was|were|has|have|had|its|their|his|her|our|this|these|those|than|because|while|if|when)\s*$/i;
const SENTENCE_BREAK = /[.!?]["”’)]*\s+["“‘(]?\p{Lu}/u;

/** `text.split(/\s+/).length`, without the array: runs of white space plus one. */
function pieceCount(text: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (!inSpace) n++;
      inSpace = true;
    } else inSpace = false;
  }
  return n;
}

/** Characters TEASER's tail may consist of: white space and `.`, `»`, `›`, `>`, `…`, `→`, `:`. */
function isTeaserTail(c: number): boolean {
  return isSpace(c) || c === 46 || c === 0xbb || c === 0x203a || c === 62 || c === 0x2026 || c === 0x2192 || c === 58;
}

/**
 * A necessary condition for TEASER to match `text`: before its tail, the text
 * ends with the last letter of a marker ("more", "reading", "story",
 * "article") or with a closing bracket.
 */
function mayEndWithTeaser(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isTeaserTail(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 101 || c === 69 || c === 103 || c === 71 || c === 121 || c === 89 || c === 93 || c === 41;
}

/** `/[.!?…:;]["'”’»)\]]*\s*$|["”’»)]\s*$/u.test(text)`, read from the end instead of scanning the whole paragraph. */
function terminated(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  let c = text.charCodeAt(i);
  // ["”’»)]\s*$
  if (c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41) return true;
  // [.!?…:;]["'”’»)\]]*\s*$
  while (c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93) {
    if (--i < 0) return false;
    c = text.charCodeAt(i);
  }
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59;
}

/** A paragraph ending worth a finding; offsets into the document text. */
export type ParagraphEnding =
  | { kind: 'teaser'; start: number; end: number; /** Where the removal starts (the spaces before the marker). */ from: number; teaser: string }
  | { kind: 'midSentence' | 'unterminated'; start: number; end: number; /** The paragraph's last 40 characters. */ tail: string };

export function paragraphEndings(doc: DocumentView): readonly ParagraphEnding[] {
  return doc.memo('paragraph-ends:endings', () => findEndings(doc));
}

function findEndings(doc: DocumentView): ParagraphEnding[] {
  const found: ParagraphEnding[] = [];
  for (const b of blocks(doc)) {
    const text = doc.text.slice(b.start, b.end);
    const trimmed = text.trimEnd();
    const end = b.start + trimmed.length;
    if (!doc.isProse(end - 1, end)) continue;
    const teaser = mayEndWithTeaser(trimmed) ? TEASER.exec(trimmed.length > 200 ? trimmed.slice(-200) : trimmed) : null;
    if (teaser) {
      const start = end - teaser[0].length;
      const before = doc.text.slice(b.start, start).trim();
      if (before.split(/\s+/).length < 4) continue; // the whole line is a label: residue
      let from = start;
      while (from > b.start && /[ \t]/.test(doc.text[from - 1]!)) from--;
      found.push({ kind: 'teaser', start, end, from, teaser: teaser[0].trim() });
      continue;
    }
    if (terminated(trimmed)) continue;
    const words = pieceCount(trimmed);
    if (words < 8) continue;
    // A paragraph may end with a link: "It is available at https://example.com/report".
    const lastToken = /\S+$/.exec(trimmed)![0];
    if (/[./@]\p{L}/u.test(lastToken)) continue;
    const lastLine = doc.lines[b.last]!;
    const tail = quote(trimmed.slice(-40), 40);
    const span = { start: Math.max(lastLine.start, end - lastToken.length), end, tail };
    if (trimmed.endsWith(',') || (words >= 10 && FUNCTION_END.test(trimmed))) found.push({ kind: 'midSentence', ...span });
    else if (words >= 12 && SENTENCE_BREAK.test(text)) found.push({ kind: 'unterminated', ...span });
  }
  return found;
}
