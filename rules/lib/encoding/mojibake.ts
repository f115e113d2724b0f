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
import { CODE_PAGES, decodeUtf8Sequence, hasMojibakePair, leadPages, pagesMapping, sequencePagesAt, utf8Length, type CodePage } from './codepages.js';

export interface MojibakeRepair {
  /** Offsets in the searched string, end exclusive. */
  start: number;
  end: number;
  original: string;
  repaired: string;
  /** Code pages applied, outermost first: ["windows-1252", "windows-1252"] for double damage. */
  via: string[];
  /** The code page of the outermost layer, as CODE_PAGES names it (`via` says latin-1 for C1 controls). */
  page: string;
  /** The decode steps, in the order they were applied (as ftfy's fix_and_explain lists them). */
  plan: string[];
  /** Badness before and after, measured with one character of context on each side. */
  before: number;
  after: number;
  /** Repair is certain enough for a safe fix. */
  safe: boolean;
}

const MAX_DEPTH = 3;
const MAX_GLUE = 12;
/** The byte a lossy pipeline drops most: 0x9D is undefined in windows-1252 (the last byte of ”, E2 80 9D). */
const LOST_BYTE = 0x9d;
/** Portuguese contractions written with à (às, àquele…): `Ã s` is one word whose A0 became a space. */
const GLUED_A_GRAVE = /^(?:s|quel[ae]s?|quilo)(?![\p{L}])/u;

/** Where a lost A0 byte may be read from an ASCII space. */
type A0Mode = 'a-grave' | 'all';

interface Sequence {
  end: number;
  text: string;
  /** Spaces read as byte A0. */
  a0: number;
  /** Decoded from a CESU-8 surrogate pair. */
  cesu: boolean;
  /** The last byte was missing and restored. */
  lost: boolean;
}

/** Byte of the character at `j` in `cp`, a space as A0 when allowed. */
function byteAt(s: string, j: number, cp: CodePage, spaceAsA0: boolean): number | undefined {
  const c = s.charCodeAt(j);
  if (c === 0x20) return spaceAsA0 && cp.nbspA0 ? 0xa0 : undefined;
  return cp.toByte.get(c);
}

/**
 * One UTF-8 (or CESU-8) sequence starting at `i` in code page `cp`: `inRun`
 * says a sequence precedes it in the same run, which lets a truncated final
 * lead (`Â` of `Ã¢â‚¬Â`) stand for one whose continuation byte was lost.
 */
function matchSequence(s: string, i: number, cp: CodePage, mode: A0Mode | undefined, inRun: boolean): Sequence | undefined {
  const lead = cp.toByte.get(s.charCodeAt(i));
  if (lead === undefined) return undefined;
  const n = utf8Length(lead);
  if (!n) return undefined;
  // `Ã` + space: à whose A0 byte became a space, or was lost before a space (`Ã la`).
  if (n === 2 && lead === 0xc3 && s.charCodeAt(i + 1) === 0x20 && mode && cp.nbspA0) {
    // Not inside capitals (`NÃ O`, `S Ã O`): à is lowercase, and so is the word after it.
    if (/\p{Lu}/u.test(s[i - 1] ?? '') || !/^(?: |\p{Ll}|\p{Lu}\p{Ll})/u.test(s.slice(i + 2, i + 4))) return undefined;
    const rest = s.slice(i + 2, i + 10);
    const glued = rest.startsWith(' ') || GLUED_A_GRAVE.test(rest);
    return { end: glued ? i + 2 : i + 1, text: 'à', a0: 1, cesu: false, lost: false };
  }
  // Only the second byte of a two-byte sequence: a space in a longer one is more often real (`â€ ` is ” then a space).
  const spaceAsA0 = mode === 'all' && n === 2;
  const bytes = [lead];
  let a0 = 0;
  let k = 1;
  for (; k < n; k++) {
    const b = byteAt(s, i + k, cp, spaceAsA0 || (lead === 0xed && k === 1));
    if (b === undefined || b < 0x80 || b > 0xbf) break;
    if (b === 0xa0 && s.charCodeAt(i + k) === 0x20) {
      // `Â ` as C2 A0 would only turn a space into a no-break space.
      if (lead === 0xc2) break;
      a0++;
    }
    bytes.push(b);
  }
  let lost = false;
  let end = i + k;
  if (k < n) {
    const restorable = k === n - 1 && ((n === 3 && lead === 0xe2 && bytes[1] === 0x80) || (n === 2 && lead === 0xc2 && inRun));
    if (!restorable || GLUE.test(s[i + k] ?? '')) return undefined;
    bytes.push(LOST_BYTE);
    lost = true;
    // `â€�`: a decoder already marked the lost byte.
    if (s[end] === '\uFFFD') end++;
  }
  if (lead === 0xed && bytes[1]! >= 0xa0 && bytes[1]! <= 0xaf && !lost) return matchSurrogatePair(s, i, end, bytes, a0, cp);
  const codePoint = decodeUtf8Sequence(bytes);
  return codePoint < 0 ? undefined : { end, text: String.fromCodePoint(codePoint), a0, cesu: false, lost };
}

/** CESU-8: a high surrogate's three bytes, then a low surrogate's (`í ½í¸…` for 😅). */
function matchSurrogatePair(s: string, i: number, mid: number, high: number[], a0: number, cp: CodePage): Sequence | undefined {
  if (cp.toByte.get(s.charCodeAt(mid)) !== 0xed) return undefined;
  const low = [0xed];
  for (let k = 1; k < 3; k++) {
    const b = byteAt(s, mid + k, cp, false);
    if (b === undefined || b < 0x80 || b > 0xbf) return undefined;
    low.push(b);
  }
  if (low[1]! < 0xb0) return undefined;
  const hi = 0xd000 | ((high[1]! & 0x3f) << 6) | (high[2]! & 0x3f);
  const lo = 0xd000 | ((low[1]! & 0x3f) << 6) | (low[2]! & 0x3f);
  return { end: mid + 3, text: String.fromCharCode(hi, lo), a0, cesu: true, lost: false };
}

const GLUE = /[A-Za-z0-9]/;

interface Run {
  end: number;
  decoded: string;
  /** Sequences in the run, and how many of them directly follow another one. */
  sequences: number;
  adjacent: number;
  a0: number;
  cesu: boolean;
  lost: boolean;
  /** Holds a sequence of three or more bytes. */
  threeByte: boolean;
}

/**
 * The longest run starting at `i` of UTF-8 sequences in `cp`, possibly with
 * short ASCII letter/digit glue between them (`Ã©tÃ©`), and its decoding.
 */
function matchRun(s: string, i: number, cp: CodePage, mode: A0Mode | undefined): Run | undefined {
  const first = matchSequence(s, i, cp, mode, false);
  if (!first) return undefined;
  const run: Run = { end: first.end, decoded: first.text, sequences: 1, adjacent: 0, a0: first.a0, cesu: first.cesu, lost: first.lost, threeByte: first.end - i >= 3 };
  const add = (seq: Sequence, start: number, glue: string) => {
    run.decoded += glue + seq.text;
    run.end = seq.end;
    run.sequences++;
    if (!glue) run.adjacent++;
    if (seq.end - start >= 3) run.threeByte = true;
    run.a0 += seq.a0;
    run.cesu ||= seq.cesu;
    run.lost ||= seq.lost;
  };
  while (run.end < s.length && !run.lost) {
    const next = matchSequence(s, run.end, cp, mode, true);
    if (next) {
      add(next, run.end, '');
      continue;
    }
    let g = run.end;
    while (g < s.length && g - run.end < MAX_GLUE && GLUE.test(s[g]!)) g++;
    if (g === run.end) break;
    const after = matchSequence(s, g, cp, mode, true);
    if (!after) break;
    add(after, g, s.slice(run.end, g));
  }
  return run;
}

/** The decode steps of one layer, ftfy-style. */
function layerPlan(name: string, run: Run): string[] {
  return [
    `encode ${name}`,
    ...(run.a0 ? ['restore byte A0 (read as a space)'] : []),
    ...(run.lost ? [`restore lost final byte ${LOST_BYTE.toString(16).toUpperCase()}`] : []),
    run.cesu ? 'decode cesu-8' : 'decode utf-8',
  ];
}

/** Repairs applied to a standalone string, recursively (used on decoded text to undo double damage). */
function repairAll(s: string, depth: number): { text: string; via: string[]; plan: string[] } {
  const found = scan(s, depth);
  if (!found.length) return { text: s, via: [], plan: [] };
  let out = '';
  let cursor = 0;
  let deepest = found[0]!;
  for (const r of found) {
    out += s.slice(cursor, r.start) + r.repaired;
    cursor = r.end;
    if (r.via.length > deepest.via.length) deepest = r;
  }
  return { text: out + s.slice(cursor), via: deepest.via, plan: deepest.plan };
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
  // Astral letters (𝔸) are symbols in practice: they stand alone.
  if (chars.length !== 1 || chars[0]!.codePointAt(0)! > 0xffff) return 0;
  const script = letterScript(chars[0]!);
  if (!script || script === 'latin' || script === 'greek') return 0;
  return letterScript(left) === script || letterScript(right) === script ? 0 : 1;
}

/**
 * Evidence from the shape of a run: two or more sequences back to back (real text in a
 * single-byte script almost never spells valid UTF-8 twice in a row: Thai, Arabic), and a
 * three-byte sequence outside Thai (`ā€“` in windows-1257), whose vowels lead such sequences.
 */
function structure(run: Run, cp: CodePage): number {
  let n = Math.max(0, run.adjacent - 1);
  if (cp.name !== 'windows-874' && run.threeByte) n++;
  return n;
}

/**
 * Letters a code page cannot write: text damaged by reading it as windows-1250 was
 * Central European, so a repair to `Ù` (`MARCĂ™`) is less likely than a real `Ă™`.
 * Only for the regional Latin pages: windows-1252 is every system's default, and
 * Cyrillic or Greek mojibake in Latin text is proof enough by itself (`Der Γœberfall`).
 */
const LATIN_REGIONAL = new Set(['windows-1250', 'windows-1254', 'windows-1257', 'ISO-8859-2']);
const WESTERN_ONLY = new Set(['MacRoman', 'CP437']);
function foreignLetters(repaired: string, cp: CodePage | undefined): number {
  if (!cp) return 0;
  let n = 0;
  // MacRoman and CP437 are misread on Western European text: a repair to CJK (`„Ää` → 《) is not one.
  if (WESTERN_ONLY.has(cp.name)) for (const ch of repaired) if (ch.charCodeAt(0) >= 0x3000) n++;
  if (!LATIN_REGIONAL.has(cp.name)) return n;
  for (const ch of repaired) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x80 && c <= 0xffff && !cp.toByte.has(c) && /\p{L}/u.test(ch)) n++;
  }
  return n;
}

/** A lowercase repair ending a word of capitals (`BRÄ™` is not `BRę`). */
function caseBreak(s: string, i: number, repaired: string, right: string): number {
  if (!/^\p{Ll}/u.test(repaired) || /\p{Ll}/u.test(right)) return 0;
  return /\p{Lu}/u.test(s[i - 1] ?? '') && /\p{Lu}/u.test(s[i - 2] ?? '') ? 2 : 0;
}


/**
 * ftfy's whole-segment step: when every non-ASCII character of the string
 * belongs to one code page and the bytes are valid UTF-8 as a whole, decode
 * it all at once. This repairs words that look harmless on their own
 * (`ΞµΞ―Ο€Ξµ`) when the rest of the line proves the damage. Returns the runs
 * as separate repairs, or undefined when no code page fits.
 */
function wholeLine(s: string, depth: number): MojibakeRepair[] | undefined {
  let fitting = 0xffff;
  for (let i = 0; i < s.length && fitting; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) fitting &= pagesMapping(c);
  }
  for (let k = 0; k < CODE_PAGES.length; k++) {
    if (!(fitting & (1 << k))) continue;
    const cp = CODE_PAGES[k]!;
    // Every non-ASCII character must belong to a well-formed sequence: decode as we check.
    let decoded = '';
    let i = 0;
    let ascii = 0;
    while (i < s.length) {
      if (s.charCodeAt(i) < 0x80) {
        i++;
        continue;
      }
      const seq = matchSequence(s, i, cp, undefined, false);
      if (!seq || seq.lost) break;
      decoded += s.slice(ascii, i) + seq.text;
      i = ascii = seq.end;
    }
    if (i < s.length) continue;
    decoded += s.slice(ascii);
    if (decoded === s || CONTROL.test(decoded)) continue;
    const before = badness(s);
    if (before < (cp.primary ? 2 : 3) || (!cp.primary && rarity(decoded) > 0 && !hasMojibakePair(decoded))) continue;
    const inner = repairAll(decoded, depth + 1);
    // A restored U+FFFD (`ï¿½`) is no cost of the repair: the text had lost those bytes already.
    const judged = s.includes('\uFFFD') ? inner.text : inner.text.replace(/\uFFFD/g, '');
    const after = badness(judged) + rarity(judged);
    if (before < (cp.primary ? 2 : 3) || (cp.primary ? after * 4 > before : after > 0)) continue;
    const out: MojibakeRepair[] = [];
    i = 0;
    while (i < s.length) {
      const run = s.charCodeAt(i) >= 0x80 ? matchRun(s, i, cp, undefined) : undefined;
      if (!run) {
        i++;
        continue;
      }
      const original = s.slice(i, run.end);
      const fixed = repairAll(run.decoded, depth + 1);
      const name = cp.name === 'windows-1252' && C1.test(original) ? 'latin-1' : cp.name;
      const plan = [...layerPlan(name, run), ...fixed.plan];
      out.push({ start: i, end: run.end, original, repaired: fixed.text, via: [name, ...fixed.via], page: cp.name, plan, before, after, safe: after === 0 });
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
  const found = scanRuns(s, depth, new Set());
  // A space that stands for a lost A0 byte (`Å veices`, Šveices) and a run with no badness of its
  // own (`Рё`, и between spaces) are only believed on a line that other damage of the same code
  // page already proves: scan again when such characters are left outside the repairs.
  if (!found.length) return found;
  const proven = provenPages(found);
  return proven.size && leftovers(s, found) ? scanRuns(s, depth, proven) : found;
}

/** Code pages that read some accepted repair's characters as the same bytes its own page does. */
function provenPages(found: readonly MojibakeRepair[]): Set<string> {
  const pages = new Set<string>();
  for (const cp of CODE_PAGES) {
    const agrees = found.some((r) => {
      const own = CODE_PAGES.find((p) => p.name === r.page)!;
      for (let i = 0; i < r.original.length; i++) {
        const c = r.original.charCodeAt(i);
        if (c >= 0x80 && c !== 0xfffd && cp.toByte.get(c) !== own.toByte.get(c)) return false;
      }
      return true;
    });
    if (agrees) pages.add(cp.name);
  }
  return pages;
}

/** Whether a possible lead byte is left outside the repairs. */
function leftovers(s: string, found: readonly MojibakeRepair[]): boolean {
  let cursor = 0;
  for (const r of [...found, { start: s.length, end: s.length }]) {
    for (let i = cursor; i < r.start; i++) if (leadPages(s.charCodeAt(i))) return true;
    cursor = r.end;
  }
  return false;
}

/** The cheapest repair of each run of suspicious characters, left to right. */
function scanRuns(s: string, depth: number, a0Pages: ReadonlySet<string>): MojibakeRepair[] {
  const out: MojibakeRepair[] = [];
  let i = 0;
  while (i < s.length) {
    if (s.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const pages = sequencePagesAt(s, i, a0Pages.size > 0);
    if (!pages) {
      i++;
      continue;
    }
    let best: MojibakeRepair | undefined;
    for (let k = 0; k < CODE_PAGES.length; k++) {
      if (!(pages & (1 << k))) continue;
      const cp = CODE_PAGES[k]!;
      const mode: A0Mode | undefined = a0Pages.has(cp.name) ? 'all' : cp.name === 'windows-1252' ? 'a-grave' : undefined;
      const run = matchRun(s, i, cp, mode);
      if (!run) continue;
      // Cheap rejection first: a secondary page whose decoding is already implausible (`’é` in
      // MacRoman is Armenian) and has no further layer to undo.
      if (!cp.primary && !run.cesu && rarity(run.decoded) > 0 && !hasMojibakePair(run.decoded)) continue;
      const inner = repairAll(run.decoded, depth + 1);
      const left = i > 0 ? s[i - 1]! : '';
      const right = run.end < s.length ? s[run.end]! : '';
      const original = s.slice(i, run.end);
      const before = badness(left + original + right) + structure(run, cp);
      // On a line that this code page's damage already proves, a run needs no badness of its own.
      const proven = a0Pages.has(cp.name);
      if (before === 0 && !run.a0 && !run.cesu && !proven) continue;
      if (CONTROL.test(inner.text)) continue;
      // A lone sequence with little against it must give a common letter (`10 Å—` is not `10 ŗ`).
      if (run.sequences === 1 && before < 2 && !proven && !run.cesu && /^[\u0100-\u024f]$/u.test(inner.text)) continue;
      // `ï¿½`: U+FFFD itself mis-decoded; restoring it is certain, what it replaced stays lost.
      const replacement = /^\uFFFD+$/.test(inner.text) && !original.includes('\uFFFD');
      const rare = replacement ? 0 : rarity(inner.text);
      if (!cp.primary && ((before < 2 && !run.cesu && !proven) || rare > 0)) continue;
      const after = replacement
        ? 0
        : badness(left + inner.text + right) + rare + (proven ? 0 : isolation(inner.text, left, right)) + foreignLetters(inner.text, inner.via.length ? undefined : cp) + caseBreak(s, i, inner.text, right);
      if (!(after === 0 || (before >= 4 && after <= 1 && !run.a0))) continue;
      if (!best || after < best.after || (after === best.after && run.end > best.end)) {
        const name = cp.name === 'windows-1252' && C1.test(original) ? 'latin-1' : cp.name;
        best = {
          start: i,
          end: run.end,
          original,
          repaired: inner.text,
          via: [name, ...inner.via],
          page: cp.name,
          plan: [...layerPlan(name, run), ...inner.plan],
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
