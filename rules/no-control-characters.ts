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
import { codePointName, insideMojibake } from './lib/encoding/shared.js';

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
        const decoded = iconv.decode(Buffer.from([code]), 'windows-1252');
        const fix = { range: [start, end] as [number, number], text: decoded === '\uFFFD' ? '' : decoded };
        if (decoded === '\uFFFD') {
          report({
            message: `C1 control ${codePointName(m[0])} has no Windows-1252 meaning (byte 0x${code.toString(16).toUpperCase()} is undefined there): remove it.`,
            start,
            end,
            suggestions: [{ desc: 'Remove the control character', fix }],
          });
        } else {
          report({
            message: `C1 control ${codePointName(m[0])} is the Windows-1252 byte 0x${code.toString(16).toUpperCase()} ("${decoded}") read as Latin-1: should be "${decoded}".`,
            start,
            end,
            fix,
          });
        }
        continue;
      }
      const before = text[start - 1];
      const after = text[end];
      const between = before !== undefined && after !== undefined && /\S/.test(before) && /\S/.test(after);
      const what = code === 0x1b && m[0].length > 1 ? `ANSI escape sequence "${m[0].slice(1)}"` : `control character ${codePointName(m[0])}`;
      report({
        message: `Unexpected ${what} in text.`,
        start,
        end,
        fix: { range: [start, end], text: between && m[0].length === 1 ? ' ' : '' },
      });
    }
  },
};

export default rule;
