/**
 * @module file-encoding
 * Checks how the file's bytes were decoded (`doc.decoding`, see
 * src/engine/decode.ts): bytes that are not valid UTF-8 are reported with
 * their byte offset and the most likely encoding of the whole file (chardet);
 * a file read from a legacy code page (because the detector was confident, or
 * because every non-ASCII byte reads as a letter in a word) is reported with
 * that code page; a byte-order mark and UTF-16 are reported as warnings.
 * Text given directly (no bytes) is not checked.
 *
 * @example Invalid
 *   (bytes) 43 61 66 E9 0A   "Caf\xE9": byte 0xE9 at byte offset 3 is not UTF-8
 * @example Valid
 *   (bytes) 43 61 66 C3 A9 0A   "Café" in UTF-8
 *
 * No fix from the rule itself: a legacy file is decoded and `--fix` writes
 * the fixed text back as UTF-8; a file with undecodable bytes is never
 * written, so its original bytes are not lost.
 */
import type { Rule } from '../src/rule-kit/index.js';

interface Options {
  /** Most invalid bytes reported one by one; the rest are summed up. */
  maxReports: number;
}

const rule: Rule<Options> = {
  meta: {
    id: 'file-encoding',
    description: 'Require UTF-8 files: report invalid bytes with the likely encoding, legacy code pages, BOMs and UTF-16.',
    category: 'encoding',
    severity: 'error',
    recommended: true,
    schema: {
      type: 'object',
      properties: { maxReports: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { maxReports: 10 },
    docs: 'rules/file-encoding.ts',
  },
  check({ doc, options, report }) {
    const info = doc.decoding;
    if (!info) return;
    const enc = info.encoding.toLowerCase();
    const likely = info.detected ? `${info.detected.encoding} (detector confidence ${info.detected.confidence}%)` : 'unknown';
    if (enc === 'utf-8') {
      if (info.invalid.length) {
        const shown = info.invalid.slice(0, options.maxReports);
        for (const b of shown) {
          const value = b.byte === undefined ? 'A byte' : `Byte 0x${b.byte.toString(16).toUpperCase().padStart(2, '0')}`;
          report({
            message: `${value} at byte offset ${b.byteOffset} is not valid UTF-8; the whole file is most likely ${likely}. Not written by --fix.`,
            start: b.offset,
            end: Math.min(b.offset + 1, doc.text.length),
          });
        }
        const rest = info.invalid.length - shown.length;
        if (rest > 0) {
          const last = shown[shown.length - 1]!;
          report({
            message: `${rest}${info.invalid.length >= 1000 ? '+' : ''} more bytes that are not valid UTF-8.`,
            start: last.offset,
            end: Math.min(last.offset + 1, doc.text.length),
          });
        }
      }
    } else if (enc === 'utf-16le' || enc === 'utf-16be') {
      report({
        message: `File is ${enc.toUpperCase()}${info.bom ? ' with a byte-order mark' : ''}, not UTF-8.`,
        start: 0,
        end: 0,
      });
    } else {
      const first = info.invalid[0];
      const where = first ? ` (first non-UTF-8 byte at byte offset ${first.byteOffset})` : '';
      const how = info.detected ? ` detected with ${info.detected.confidence}% confidence` : '';
      report({
        message: `File is not UTF-8${where}: decoded as ${info.encoding}${how}; --fix writes UTF-8.`,
        start: first?.offset ?? 0,
        end: first ? Math.min(first.offset + 1, doc.text.length) : 0,
      });
    }
    if (info.bom && enc === 'utf-8') {
      report({ message: 'File starts with a UTF-8 byte-order mark.', start: 0, end: 0 });
    }
  },
};

export default rule;
