/**
 * @module no-control-characters
 * Forbids control characters other than tab and line breaks. C0 controls
 * (NUL, vertical tab, form feed, ESC sequences, DEL…) are debris from the
 * source; C1 controls (U+0080–U+009F) in text are almost always Windows-1252
 * punctuation whose byte was read as Latin-1: U+0093 is the byte 0x93, "“".
 * C1 controls inside a longer mojibake span are left to no-mojibake.
 *
 * @example Invalid
 *   He said \u0093no\u0094 and left.
 *   Total:\u000bforty
 * @example Valid
 *   He said “no” and left.
 *
 * Fix (safe): a C1 control becomes its Windows-1252 character; a C0 control
 * between two words becomes a space, elsewhere it is removed (an ANSI escape
 * sequence is removed whole). C1 positions that Windows-1252 leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) are only suggested for removal.
 */
import iconv from 'iconv-lite';
import type { Rule } from '../src/rule-kit/index.js';
import { byteName, codePointName, insideMojibake } from './lib/encoding/shared.js';

const CONTROL = /\u001b\[[0-9;?]*[ -/]*[@-~]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const PRECHECK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const rule: Rule = {
  meta: {
    id: 'no-control-characters',
    description: 'Disallow C0 and C1 control characters (C1 controls are usually Windows-1252 punctuation read as Latin-1).',
    category: 'encoding',
    severity: 'error',
    recommended: true,
    fixable: 'both',
    docs: 'rules/no-control-characters.ts',
    messages: {
      c1: 'C1 control {{code}} is the Windows-1252 byte {{byte}} ("{{character}}") read as Latin-1: should be "{{character}}".',
      c1Undefined: 'C1 control {{code}} has no Windows-1252 meaning (byte {{byte}} is undefined there): remove it.',
      control: 'Unexpected control character {{code}} in text.',
      ansi: 'Unexpected ANSI escape sequence "{{sequence}}" in text.',
    },
  },
  check({ doc, report }) {
    const text = doc.text;
    if (!PRECHECK.test(text)) return;
    for (const m of text.matchAll(CONTROL)) {
      const start = m.index;
      const end = start + m[0].length;
      const code = m[0].charCodeAt(0);
      if (code >= 0x80 && code <= 0x9f) {
        if (insideMojibake(doc, start)) continue;
        const character = iconv.decode(Buffer.from([code]), 'windows-1252');
        const data = { code: codePointName(m[0]), byte: byteName(code), character };
        if (character === '\uFFFD') {
          const fix = { range: [start, end] as [number, number], text: '' };
          report({ messageId: 'c1Undefined', data, start, end, suggestions: [{ desc: 'Remove the control character', fix }] });
        } else {
          report({ messageId: 'c1', data, start, end, fix: { range: [start, end], text: character } });
        }
        continue;
      }
      const before = text[start - 1];
      const after = text[end];
      const between = before !== undefined && after !== undefined && /\S/.test(before) && /\S/.test(after);
      const fix = { range: [start, end] as [number, number], text: between && m[0].length === 1 ? ' ' : '' };
      if (code === 0x1b && m[0].length > 1) report({ messageId: 'ansi', data: { sequence: m[0].slice(1) }, start, end, fix });
      else report({ messageId: 'control', data: { code: codePointName(m[0]) }, start, end, fix });
    }
  },
};

export default rule;
