/**
 * @module no-invisible-characters
 * Forbids invisible characters that do nothing useful where they stand:
 * zero-width spaces, joiners and non-joiners outside the scripts that need
 * them (a ZWJ inside an emoji sequence, a ZWNJ in Persian or Indic words and a
 * zero-width space between Thai or Khmer words are left alone), soft hyphens,
 * stray byte-order marks and word joiners, bidi controls on lines without
 * right-to-left text, Hangul fillers outside Hangul. Also no-break spaces
 * that are doubled or mixed with spaces inside a line, or that open a line.
 * (No-break spaces at the end of a line belong to the `whitespace` rule.)
 *
 * @example Invalid
 *   Break\u200bing news: the pre\u00adsident said\u00a0\u00a0no.
 * @example Valid
 *   👩\u200d💻 developers; می\u200cخواهم; 10\u00a0km
 *
 * Fix (safe): removes the character; a run of spaces holding a no-break space
 * becomes one space (one no-break space when it held only those).
 */
import type { Rule } from '../src/rule-kit/index.js';
import { codePointName, insideMojibake } from './lib/encoding/shared.js';

const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/g;
const SPACE_RUN = /[ \t\u00a0]+/g;
const PRECHECK = /[\u00a0\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/;

const JOINING = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Thaana}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const SPACELESS = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Javanese}\p{Script=Balinese}]/u;
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3]/u;
const EMOJI_AFTER = /\p{Extended_Pictographic}/u;
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const HANGUL = /\p{Script=Hangul}/u;

const NAMES: Record<number, string> = {
  0x00ad: 'soft hyphen',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x061c: 'Arabic letter mark',
  0x2060: 'word joiner',
  0xfeff: 'byte-order mark (zero-width no-break space)',
  0x115f: 'Hangul filler',
  0x1160: 'Hangul filler',
  0x3164: 'Hangul filler',
  0xffa0: 'Hangul filler',
};

/** Marks and embeddings that only matter next to right-to-left text. */
function isBidiControl(code: number): boolean {
  return code === 0x200e || code === 0x200f || code === 0x061c || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function charBefore(text: string, i: number): string {
  const c = text.codePointAt(i - 1);
  if (c === undefined) return '';
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return String.fromCodePoint(text.codePointAt(i - 2)!);
  return String.fromCodePoint(c);
}

function charAfter(text: string, i: number): string {
  const c = text.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/** Whether the character at `i` is legitimate where it stands. */
function legitimate(text: string, i: number, lineText: string): boolean {
  const code = text.charCodeAt(i);
  const before = charBefore(text, i);
  const after = charAfter(text, i + 1);
  switch (code) {
    case 0x200b:
      return SPACELESS.test(before) || SPACELESS.test(after);
    case 0x200c:
      return JOINING.test(before) && JOINING.test(after);
    case 0x200d:
      return (EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after)) || (JOINING.test(before) && JOINING.test(after));
    case 0x115f:
    case 0x1160:
    case 0x3164:
    case 0xffa0:
      return HANGUL.test(before) || HANGUL.test(after);
    default:
      return isBidiControl(code) && RTL.test(lineText);
  }
}

const rule: Rule = {
  meta: {
    id: 'no-invisible-characters',
    description: 'Disallow stray invisible characters: zero-width spaces/joiners out of context, soft hyphens, BOMs, bidi controls, doubled no-break spaces.',
    category: 'encoding',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    messages: {
      invisible: 'Invisible {{name}} ({{codePoint}}).',
      joinerOutOfContext: 'Invisible {{name}} ({{codePoint}}) outside a script or emoji sequence that uses it.',
      bidiWithoutRtl: 'Invisible {{name}} ({{codePoint}}) on a line without right-to-left text.',
      leadingNbsp: 'No-break space at the start of a line.',
      doubledNbsp: '{{count}} no-break spaces in a row.',
      mixedNbsp: 'Spaces mixed with no-break spaces.',
    },
    docs: 'rules/no-invisible-characters.ts',
  },
  check({ doc, report }) {
    const text = doc.text;
    if (!PRECHECK.test(text)) return;
    for (const line of doc.lines) {
      const lt = line.text;
      if (!PRECHECK.test(lt)) continue;
      for (const m of lt.matchAll(INVISIBLE)) {
        const at = line.start + m.index;
        if (legitimate(text, at, lt)) continue;
        if (m[0] === '\u00ad' && insideMojibake(doc, at)) continue;
        const code = m[0].charCodeAt(0);
        const name = NAMES[code] ?? (isBidiControl(code) ? 'bidi control' : 'invisible character');
        const messageId = code === 0x200c || code === 0x200d ? 'joinerOutOfContext' : isBidiControl(code) ? 'bidiWithoutRtl' : 'invisible';
        report({
          messageId,
          data: { name, codePoint: codePointName(m[0]) },
          start: at,
          end: at + 1,
          fix: { range: [at, at + 1], text: '' },
        });
      }
      if (!lt.includes('\u00a0')) continue;
      for (const m of lt.matchAll(SPACE_RUN)) {
        if (!m[0].includes('\u00a0')) continue;
        const s = m.index;
        const e = s + m[0].length;
        if (e === lt.length) continue; // trailing: the whitespace rule's
        if (s === 0) {
          report({
            messageId: 'leadingNbsp',
            start: line.start,
            end: line.start + e,
            fix: { range: [line.start, line.start + e], text: '' },
          });
          continue;
        }
        if (m[0].length < 2) continue;
        if (insideMojibake(doc, line.start + s)) continue;
        const onlyNbsp = /^\u00a0+$/.test(m[0]);
        report({
          ...(onlyNbsp ? { messageId: 'doubledNbsp', data: { count: m[0].length } } : { messageId: 'mixedNbsp' }),
          start: line.start + s,
          end: line.start + e,
          fix: { range: [line.start + s, line.start + e], text: onlyNbsp ? '\u00a0' : ' ' },
        });
      }
    }
  },
};

export default rule;
