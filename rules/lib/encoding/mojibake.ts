/**
 * Finding and repairing UTF-8 mojibake inside a line.
 *
 * A character that UTF-8 encodes as the bytes E2 80 9C, decoded with a
 * single-byte code page, becomes three characters of that code page's upper
 * half: `â€œ` (windows-1252), `β€œ` (windows-1253), `вЂњ` (windows-1251). So
 * mojibake is a run of upper-half characters that, mapped back to bytes,
 * forms well-formed UTF-8 lead/continuation patterns. We look for such runs
 * per code page, re-encode them, decode as UTF-8, repeat on the result (text
 * mis-decoded twice), and accept a repair only when the characters around it
 * become clearly less improbable (see badness.ts). Real Greek, Cyrillic,
 * Portuguese or French rarely forms such patterns, and when it does, the
 * "repair" is not less improbable than the original, so it is left alone.
 */
import { badness, letterScript, rarity } from './badness.js';
import { CODE_PAGES, decodeUtf8Sequence, hasMojibakePair, utf8Length, type CodePage } from './codepages.js';

export interface MojibakeRepair {
  /** Offsets in the searched string, end exclusive. */
  start: number;
  end: number;
  original: string;
  repaired: string;
  /** Code pages applied, outermost first: ["windows-1252", "windows-1252"] for double damage. */
  via: string[];
  /** Badness before and after, measured with one character of context on each side. */
  before: number;
  after: number;
  /** Repair is certain enough for a safe fix. */
  safe: boolean;
}

const MAX_DEPTH = 3;
const MAX_GLUE = 12;

/** Length in UTF-16 units of one UTF-8 sequence starting at `i` in code page `cp`, with its code point. */
function matchSequence(s: string, i: number, cp: CodePage): { end: number; codePoint: number } | undefined {
  const lead = cp.toByte.get(s.charCodeAt(i));
  if (lead === undefined) return undefined;
  const n = utf8Length(lead);
  if (!n || i + n > s.length) return undefined;
  const bytes = [lead];
  for (let k = 1; k < n; k++) {
    const b = cp.toByte.get(s.charCodeAt(i + k));
    if (b === undefined || b > 0xbf) return undefined;
    bytes.push(b);
  }
  const codePoint = decodeUtf8Sequence(bytes);
  return codePoint < 0 ? undefined : { end: i + n, codePoint };
}

const GLUE = /[A-Za-z0-9]/;

/**
 * The longest run starting at `i` of UTF-8 sequences in `cp`, possibly with
 * short ASCII letter/digit glue between them (`Ã©tÃ©`), and its decoding.
 */
function matchRun(s: string, i: number, cp: CodePage): { end: number; decoded: string } | undefined {
  const first = matchSequence(s, i, cp);
  if (!first) return undefined;
  let decoded = String.fromCodePoint(first.codePoint);
  let end = first.end;
  while (end < s.length) {
    const next = matchSequence(s, end, cp);
    if (next) {
      decoded += String.fromCodePoint(next.codePoint);
      end = next.end;
      continue;
    }
    let g = end;
    while (g < s.length && g - end < MAX_GLUE && GLUE.test(s[g]!)) g++;
    if (g === end) break;
    const after = matchSequence(s, g, cp);
    if (!after) break;
    decoded += s.slice(end, g) + String.fromCodePoint(after.codePoint);
    end = after.end;
  }
  return { end, decoded };
}

/** Repairs applied to a standalone string, recursively (used on decoded text to undo double damage). */
function repairAll(s: string, depth: number): { text: string; via: string[] } {
  const found = scan(s, depth);
  if (!found.length) return { text: s, via: [] };
  let out = '';
  let cursor = 0;
  let via: string[] = [];
  for (const r of found) {
    out += s.slice(cursor, r.start) + r.repaired;
    cursor = r.end;
    if (r.via.length > via.length) via = r.via;
  }
  return { text: out + s.slice(cursor), via };
}

const C1 = /[\u0080-\u009f]/;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * A repair that yields one letter of a script other than Latin or Greek with
 * no letter of that script beside it (`5×£35` → `5ף35`) is suspect: damaged
 * Hebrew, Cyrillic or Arabic comes in words, not lone letters.
 */
function isolation(repaired: string, left: string, right: string): number {
  const chars = [...repaired];
  if (chars.length !== 1) return 0;
  const script = letterScript(chars[0]!);
  if (!script || script === 'latin' || script === 'greek') return 0;
  return letterScript(left) === script || letterScript(right) === script ? 0 : 1;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * ftfy's whole-segment step: when every non-ASCII character of the string
 * belongs to one code page and the bytes are valid UTF-8 as a whole, decode
 * it all at once. This repairs words that look harmless on their own
 * (`ΞµΞ―Ο€Ξµ`) when the rest of the line proves the damage. Returns the runs
 * as separate repairs, or undefined when no code page fits.
 */
function wholeLine(s: string, depth: number): MojibakeRepair[] | undefined {
  for (const cp of CODE_PAGES) {
    const bytes: number[] = [];
    let fits = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) bytes.push(c);
      else {
        const b = cp.toByte.get(c);
        if (b === undefined) {
          fits = false;
          break;
        }
        bytes.push(b);
      }
    }
    if (!fits) continue;
    let decoded: string;
    try {
      decoded = strictUtf8.decode(Uint8Array.from(bytes));
    } catch {
      continue;
    }
    if (decoded === s || CONTROL.test(decoded)) continue;
    const inner = repairAll(decoded, depth + 1);
    const before = badness(s);
    const after = badness(inner.text) + rarity(inner.text);
    if (before < (cp.primary ? 2 : 3) || (cp.primary ? after * 4 > before : after > 0)) continue;
    const out: MojibakeRepair[] = [];
    let i = 0;
    while (i < s.length) {
      const run = s.charCodeAt(i) >= 0x80 ? matchRun(s, i, cp) : undefined;
      if (!run) {
        i++;
        continue;
      }
      const original = s.slice(i, run.end);
      const fixed = repairAll(run.decoded, depth + 1);
      const name = cp.name === 'windows-1252' && C1.test(original) ? 'latin-1' : cp.name;
      out.push({ start: i, end: run.end, original, repaired: fixed.text, via: [name, ...fixed.via], before, after, safe: after === 0 });
      i = run.end;
    }
    return out;
  }
  return undefined;
}

function scan(s: string, depth: number): MojibakeRepair[] {
  if (depth >= MAX_DEPTH || !hasMojibakePair(s)) return [];
  const whole = wholeLine(s, depth);
  if (whole) return whole;
  const out: MojibakeRepair[] = [];
  let i = 0;
  while (i < s.length) {
    if (s.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    let best: MojibakeRepair | undefined;
    for (const cp of CODE_PAGES) {
      const run = matchRun(s, i, cp);
      if (!run) continue;
      const inner = repairAll(run.decoded, depth + 1);
      const left = i > 0 ? s[i - 1]! : '';
      const right = run.end < s.length ? s[run.end]! : '';
      const original = s.slice(i, run.end);
      const before = badness(left + original + right);
      if (before === 0) continue;
      if (CONTROL.test(inner.text)) continue;
      const rare = rarity(inner.text);
      if (!cp.primary && (before < 2 || rare > 0)) continue;
      const after = badness(left + inner.text + right) + rare + isolation(inner.text, left, right);
      if (!(after === 0 || (before >= 4 && after <= 1))) continue;
      if (!best || after < best.after || (after === best.after && run.end > best.end)) {
        const name = cp.name === 'windows-1252' && C1.test(original) ? 'latin-1' : cp.name;
        best = {
          start: i,
          end: run.end,
          original,
          repaired: inner.text,
          via: [name, ...inner.via],
          before,
          after,
          safe: after === 0,
        };
      }
    }
    if (best) {
      out.push(best);
      i = best.end;
    } else i++;
  }
  return out;
}

/** Mojibake repairs in one line (or any string), left to right, non-overlapping. */
export function findMojibake(line: string): MojibakeRepair[] {
  return scan(line, 0);
}

/** Applies every mojibake repair in a text, line by line (safe ones only unless `all`). */
export function repairMojibake(text: string, all = false): string {
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      let cursor = 0;
      for (const r of findMojibake(line)) {
        if (!all && !r.safe) continue;
        out += line.slice(cursor, r.start) + r.repaired;
        cursor = r.end;
      }
      return out + line.slice(cursor);
    })
    .join('\n');
}

/** "UTF-8 read as windows-1253", "UTF-8 read as windows-1252, twice". */
export function describeCause(via: readonly string[]): string {
  if (via.length === 0) return '';
  // `via` lists the undoing order; the damage happened the other way round.
  via = [...via].reverse();
  if (via.every((v) => v === via[0])) {
    const times = via.length === 1 ? '' : via.length === 2 ? ', twice' : `, ${via.length} times`;
    return `UTF-8 read as ${via[0]}${times}`;
  }
  return `UTF-8 read as ${via.join(', then as ')}`;
}
