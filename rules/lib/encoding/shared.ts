/** Per-document results shared by the encoding rules, computed once per text. */
import type { DocumentView } from '../../../src/rule-kit/index.js';
import { findMojibake, type MojibakeRepair } from './mojibake.js';

/** Mojibake repairs of the document with offsets into `doc.text`. */
export function documentMojibake(doc: DocumentView): MojibakeRepair[] {
  return doc.memo('encoding:mojibake', () => {
    const found: MojibakeRepair[] = [];
    for (const line of doc.lines) {
      for (const r of findMojibake(line.text)) found.push({ ...r, start: r.start + line.start, end: r.end + line.start });
    }
    return found;
  });
}

/** Whether `offset` lies inside a repairable mojibake span (which no-mojibake owns). */
export function insideMojibake(doc: DocumentView, offset: number): boolean {
  return documentMojibake(doc).some((r) => r.start <= offset && offset < r.end);
}

/** `U+00A0` style name of a code point. */
export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Shows invisible and control characters in messages. */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]/gu, (c) => `<${codePointName(c)}>`);
}
