/**
 * @module file-encoding
 * Checks how the file's bytes were decoded (`doc.decoding`, see
 * src/engine/decode.ts). Bytes that are not valid UTF-8 are reported once
 * per line (the first byte and its byte offset, how many there are) with
 * the most likely encoding of the whole file: the legacy code page whose
 * decoding reads most plausibly (rules/lib/encoding/guess.ts), next to the
 * byte detector's guess. A file read from a legacy code page is reported
 * once, with that code page; a byte-order mark and UTF-16 are reported too.
 * Text given directly (no bytes) is not checked.
 *
 * @example Invalid
 *   (bytes) 43 61 66 E9 0A   "Caf\xE9": byte 0xE9 at byte offset 3 is not UTF-8
 * @example Valid
 *   (bytes) 43 61 66 C3 A9 0A   "Café" in UTF-8
 *
 * No fix from the rule itself. `--fix` never writes a file with undecodable
 * bytes (its original bytes would be lost), and writes a legacy file as
 * UTF-8 only with consent, `"file-encoding": ["error", { "convert": true }]`,
 * and when the detector's confidence is at least `minConfidence` (80%).
 */
import type { DecodeInfo, Rule } from '../src/rule-kit/index.js';
import { guessEncoding } from './lib/encoding/guess.js';
import { byteName } from './lib/encoding/shared.js';

interface Options {
  /** Most lines with invalid bytes reported one by one; the rest are summed up. */
  maxReports: number;
  /** Let `--fix` write a file decoded from a legacy code page as UTF-8. */
  convert: boolean;
  /** Least detector confidence (percent) for that conversion. */
  minConfidence: number;
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
      properties: {
        maxReports: { type: 'integer', minimum: 1 },
        convert: { type: 'boolean' },
        minConfidence: { type: 'integer', minimum: 0, maximum: 100 },
      },
      additionalProperties: false,
    },
    defaultOptions: { maxReports: 10, convert: false, minConfidence: 80 },
    docs: 'rules/file-encoding.ts',
    messages: {
      invalidLine:
        '{{count}} byte(s) on this line are not valid UTF-8 (first {{byte}} at byte offset {{byteOffset}}); the file is most likely {{likely}}. Not written by --fix.',
      moreLines: '{{count}} more line(s) with bytes that are not valid UTF-8.',
      legacyConverted: 'File is {{encoding}} (detector confidence {{confidence}}%), not UTF-8{{guess}}; --fix converts it to UTF-8.',
      legacyNoConsent:
        'File is {{encoding}} (detector confidence {{confidence}}%), not UTF-8{{guess}}; --fix does not write it unless the rule option "convert" is true.',
      legacyUnsure:
        'File is {{encoding}} (detector confidence {{confidence}}%, below minConfidence {{minConfidence}}%), not UTF-8{{guess}}; --fix does not write it.',
      utf16: 'File is {{encoding}}{{bom}}, not UTF-8.',
      bom: 'File starts with a UTF-8 byte-order mark.',
    },
  },
  check({ doc, options, report }) {
    const info = doc.decoding;
    if (!info) return;
    const enc = info.encoding.toLowerCase();
    if (enc === 'utf-8') {
      if (info.invalid.length) reportInvalidLines(doc.text, info, options, report);
      if (info.bom) report({ messageId: 'bom', start: 0, end: 0 });
    } else if (enc === 'utf-16le' || enc === 'utf-16be') {
      report({ messageId: 'utf16', data: { encoding: enc.toUpperCase(), bom: info.bom ? ' with a byte-order mark' : '' }, start: 0, end: 0 });
    } else {
      const first = info.invalid[0];
      const confidence = info.detected?.confidence ?? 0;
      const guess = guessEncoding(doc.text, info);
      const data = {
        encoding: info.encoding,
        confidence,
        minConfidence: options.minConfidence,
        likely: guess?.encoding ?? info.encoding,
        // Said only when the other reading is clearly better (ISO-8859-7 and windows-1253 read alike).
        guess: guess && guess.currentCost !== undefined && guess.cost + 0.2 < guess.currentCost ? `; its text reads better as ${guess.encoding}` : '',
      };
      const messageId = !options.convert ? 'legacyNoConsent' : confidence < options.minConfidence ? 'legacyUnsure' : 'legacyConverted';
      const converts = messageId === 'legacyConverted';
      report({ messageId, data, start: first?.offset ?? 0, end: first ? Math.min(first.offset + 1, doc.text.length) : 0, ...(converts && { convertsFileToUtf8: true }) });
    }
  },
};

/** One finding per line holding invalid bytes, up to `maxReports` lines, then a count of the rest. */
function reportInvalidLines(text: string, info: DecodeInfo, options: Options, report: Parameters<Rule<Options>['check']>[0]['report']): void {
  const guess = guessEncoding(text, info);
  const detected = info.detected;
  const likely = !guess
    ? detected
      ? `${detected.encoding} (byte detector, ${detected.confidence}%)`
      : 'unknown'
    : !detected
      ? guess.encoding
      : detected.encoding === guess.encoding
        ? `${guess.encoding} (also the byte detector's guess, ${detected.confidence}%)`
        : `${guess.encoding} (the byte detector guessed ${detected.encoding}, ${detected.confidence}%)`;
  const lines: { start: number; bytes: typeof info.invalid }[] = [];
  let lineEnd = -1;
  for (const b of info.invalid) {
    if (b.offset > lineEnd) {
      const nl = text.indexOf('\n', b.offset);
      lineEnd = nl < 0 ? text.length : nl;
      lines.push({ start: b.offset, bytes: [] });
    }
    lines[lines.length - 1]!.bytes.push(b);
  }
  const shown = lines.slice(0, options.maxReports);
  for (const line of shown) {
    const first = line.bytes[0]!;
    const last = line.bytes[line.bytes.length - 1]!;
    report({
      messageId: 'invalidLine',
      data: {
        count: line.bytes.length,
        byte: first.byte === undefined ? 'a byte' : byteName(first.byte),
        byteOffset: first.byteOffset,
        likely,
        encoding: guess?.encoding ?? info.detected?.encoding ?? 'unknown',
      },
      start: first.offset,
      end: Math.min(last.offset + 1, text.length),
    });
  }
  const rest = lines.length - shown.length;
  if (rest > 0) {
    const last = shown[shown.length - 1]!.bytes[0]!;
    report({ messageId: 'moreLines', data: { count: `${rest}${info.invalid.length >= 1000 ? '+' : ''}` }, start: last.offset, end: Math.min(last.offset + 1, text.length) });
  }
}

export default rule;
