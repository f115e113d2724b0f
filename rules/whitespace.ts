/**
 * @module whitespace
 * Forbids white space debris: trailing white space (no-break spaces
 * included), runs of spaces or tabs inside a line, tabs at the start of a
 * plain-text line, mixed or old-Mac (CR) line endings, and more than one
 * blank line between paragraphs. Runs that hold a no-break space inside a
 * line belong to `no-invisible-characters`. In Markdown, two or more trailing
 * spaces (a hard line break) and anything inside syntax are left alone.
 *
 * @example Invalid
 *   The minister said so.\u00a0
 *   Prices  rose\tsharply.
 * @example Valid
 *   The minister said so.
 *   Prices rose sharply.
 *
 * Fix (safe): removes trailing white space and leading tabs, turns a run into
 * one space, rewrites line endings to the file's majority. Extra blank lines
 * are reported as warnings and removed only with `--fix-type suggestion`, or
 * with `blankLines: "fix"` — a run of blank lines often marks a section break
 * that other rules (residue detection) rely on. `blankLines: "off"` skips them.
 */
import type { Rule } from '../src/rule-kit/index.js';

interface Options {
  blankLines: 'off' | 'suggest' | 'fix';
}

const INNER = /[ \t]{2,}|\t/g;
const LEADING_TABS = /^[ \t]*\t[ \t]*/;
const BLANK = /^[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*$/;

function isHorizontalSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** The white space ending a line, found by scanning back from its end (no regex over the line). */
function trailingRun(lt: string): { index: number; 0: string } | null {
  let i = lt.length;
  while (i > 0 && isHorizontalSpace(lt.charCodeAt(i - 1))) i--;
  return i === lt.length ? null : { index: i, 0: lt.slice(i) };
}

function describe(ws: string): string {
  const nbsp = (ws.match(/\u00a0/g) ?? []).length;
  const tabs = (ws.match(/\t/g) ?? []).length;
  const parts: string[] = [];
  if (nbsp) parts.push(nbsp === 1 ? 'a no-break space' : `${nbsp} no-break spaces`);
  if (tabs) parts.push(tabs === 1 ? 'a tab' : `${tabs} tabs`);
  const other = ws.length - nbsp - tabs;
  if (other) parts.push(other === 1 ? 'a space' : `${other} spaces`);
  return parts.join(' and ');
}

const rule: Rule<Options> = {
  meta: {
    id: 'whitespace',
    description: 'Disallow trailing white space, runs of spaces, tabs, mixed line endings and runs of blank lines.',
    category: 'encoding',
    severity: 'warn',
    recommended: true,
    fixable: 'both',
    schema: {
      type: 'object',
      properties: { blankLines: { enum: ['off', 'suggest', 'fix'] } },
      additionalProperties: false,
    },
    defaultOptions: { blankLines: 'suggest' },
    docs: 'rules/whitespace.ts',
  },
  check({ doc, options, report }) {
    const src = doc.source;
    const md = doc.isMarkdown;
    const lines = doc.lines;
    for (const line of lines) {
      if (line.end === line.start) continue;
      const lt = src.slice(line.start, line.end);
      const trailing = trailingRun(lt);
      if (trailing) {
        const s = line.start + trailing.index;
        const hardBreak = md && /^ {2,}$/.test(trailing[0]) && trailing.index > 0;
        if (!hardBreak && (!md || doc.isProse(s, line.end) || trailing.index === 0)) {
          report({
            message: `Trailing white space (${describe(trailing[0])}).`,
            start: s,
            end: line.end,
            fix: { range: [s, line.end], text: '' },
          });
        }
      }
      const contentEnd = trailing ? trailing.index : lt.length;
      if (contentEnd === 0) continue;
      const first = lt.charCodeAt(0);
      const leading = !md && (first === 0x09 || first === 0x20) ? LEADING_TABS.exec(lt) : null;
      let innerFrom = 0;
      while (innerFrom < lt.length && (lt.charCodeAt(innerFrom) === 0x20 || lt.charCodeAt(innerFrom) === 0x09)) innerFrom++;
      if (leading) {
        report({
          message: `Line starts with ${describe(leading[0])}.`,
          start: line.start,
          end: line.start + leading[0].length,
          fix: { range: [line.start, line.start + leading[0].length], text: '' },
        });
      }
      if (!lt.includes('  ') && !lt.includes('\t')) continue;
      INNER.lastIndex = innerFrom;
      for (let m = INNER.exec(lt); m && m.index < contentEnd; m = INNER.exec(lt)) {
        const s = line.start + m.index;
        const e = s + m[0].length;
        if (m.index + m[0].length > contentEnd) break;
        if (md && !doc.isProse(s - 1, e + 1)) continue;
        report({
          message: m[0] === '\t' ? 'Tab inside a line.' : `Run of ${describe(m[0])} inside a line.`,
          start: s,
          end: e,
          fix: { range: [s, e], text: ' ' },
        });
      }
    }
    lineEndings(src, report);
    if (options.blankLines !== 'off') blankLines(doc, options.blankLines === 'fix', report);
  },
};

type Report = Parameters<Rule['check']>[0]['report'];

function lineEndings(src: string, report: Report): void {
  if (!src.includes('\r')) return;
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 13) {
      if (src.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  const target = crlf > lf ? '\r\n' : '\n';
  const wrong = (target === '\n' ? crlf : lf) + cr;
  if (!wrong) return;
  // One fix over the span from the first to the last wrong ending.
  const ENDING = /\r\n|\r|\n/g;
  let first = -1;
  let last = -1;
  for (const m of src.matchAll(ENDING)) {
    if (m[0] === target) continue;
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  const name = target === '\n' ? 'LF' : 'CRLF';
  const counts = [crlf && `${crlf} CRLF`, lf && `${lf} LF`, cr && `${cr} CR`].filter(Boolean).join(', ');
  report({
    message: `Mixed line endings (${counts}): ${wrong} should be ${name}.`,
    start: first,
    end: last,
    fix: { range: [first, last], text: src.slice(first, last).replace(ENDING, target) },
  });
}

function blankLines(doc: Parameters<Rule['check']>[0]['doc'], safe: boolean, report: Report): void {
  const lines = doc.lines;
  let i = 0;
  while (i < lines.length) {
    if (!BLANK.test(lines[i]!.text) || i === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && BLANK.test(lines[j]!.text)) j++;
    const count = j - i;
    if (count >= 2 && j < lines.length) {
      // Keep the first blank line; remove the lines after it, up to the next content line.
      const start = lines[i + 1]!.start;
      const end = lines[j]!.start;
      const fix = { range: [start, end] as [number, number], text: '' };
      const message = `${count} blank lines in a row; one separates paragraphs.`;
      if (safe) report({ message, start, end, fix });
      else report({ message, start, end, suggestions: [{ desc: 'Remove the extra blank lines', fix }] });
    }
    i = j;
  }
}

export default rule;
