/**
 * Shared machinery of the line-level residue rules (`no-ad-label`,
 * `no-share-widget`, `no-byline`, ...): every line is normalised once per
 * document (cached), a rule supplies a matcher that says whether a whole line
 * is page furniture, and the factory turns matches into reports with fixes.
 *
 * Matchers look at the whole line, never at a fragment of a paragraph, so a
 * sentence that merely mentions "Facebook" or "newsletter" is left alone.
 */
import { isBlank, lineSpan, removeLineFix, type DocumentView, type Fix, type Line, type Rule, type RuleMeta } from '../../src/rule-kit/index.js';

export interface LineInfo {
  line: Line;
  /** Whitespace collapsed and trimmed. */
  text: string;
  /** `text` without leading bullets/separators, trailing separators and one pair of enclosing brackets. */
  core: string;
  /** `core` lower-cased, typographic apostrophes made straight. */
  lower: string;
  /** Number of space-separated words of `core` (0 for a blank line). */
  words: number;
}

const LEADING_MARKS = /^[•·*●■▪►▶»›>|\-–—~+]+\s*/;
const TRAILING_MARKS = /\s*[•·●■▪|»›>\-–—~]+$/;

export function normalizeLine(raw: string): { text: string; core: string; lower: string; words: number } {
  const text = raw.replace(/\s+/g, ' ').trim();
  let core = text.replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '');
  const open = core[0];
  const close = core[core.length - 1];
  if ((open === '(' && close === ')') || (open === '[' && close === ']')) {
    const inner = core.slice(1, -1);
    // Only when the brackets enclose the whole line: "(Photo: AP)", not "(a) and (b)".
    if (!/[()[\]]/.test(inner)) core = inner.trim();
  }
  const lower = core.toLowerCase().replace(/[’‘`´]/g, "'");
  const words = core === '' ? 0 : core.split(' ').length;
  return { text, core, lower, words };
}

const cache = new WeakMap<DocumentView, LineInfo[]>();

/** Normalised lines of a document, computed once and shared by all residue rules. */
export function lineInfos(doc: DocumentView): LineInfo[] {
  let infos = cache.get(doc);
  if (!infos) {
    infos = doc.lines.map((line) => ({ line, ...normalizeLine(line.text) }));
    cache.set(doc, infos);
  }
  return infos;
}

/** Splits a short line into lower-case tokens on spaces and list separators. */
export function tokens(lower: string): string[] {
  return lower.split(/[\s,;|•·/+]+/).filter((t) => t !== '' && t !== '&' && t !== 'and' && t !== '-' && t !== '–' && t !== '—');
}

/** True when every token of the line is in `set` (after trimming punctuation around it). */
export function allTokensIn(lower: string, set: ReadonlySet<string>, max = 12): boolean {
  const ts = tokens(lower);
  if (ts.length === 0 || ts.length > max) return false;
  return ts.every((t) => set.has(t.replace(/^[("'“‘[]+|[)"'”’\]:.!?…]+$/g, '')));
}

function nextLineStart(doc: DocumentView, line: Line): number {
  const next = doc.lines[line.index + 1];
  return next ? next.start : doc.text.length;
}

/**
 * Removes lines `first..last` (inclusive) like `removeLineFix` removes one:
 * blank lines the removal leaves behind go with it, so paragraphs stay
 * separated by one blank line.
 */
export function removeLinesFix(doc: DocumentView, first: number, last: number): Fix {
  if (first === last) return removeLineFix(doc, first);
  const lines = doc.lines;
  const prev = lines[first - 1];
  let end = last;
  while (isBlank(lines[end + 1])) end++;
  if (end === lines.length - 1 && prev !== undefined) {
    let p = first - 1;
    while (p > 0 && isBlank(lines[p])) p--;
    const start = doc.text.endsWith('\n') ? nextLineStart(doc, lines[p]!) : lines[p]!.end;
    return { range: [start, doc.text.length], text: '' };
  }
  const takeFollowingBlanks = prev === undefined || isBlank(prev);
  const stop = takeFollowingBlanks ? nextLineStart(doc, lines[end]!) : nextLineStart(doc, lines[last]!);
  return { range: [lines[first]!.start, stop], text: '' };
}

/** What a matcher says about one line. */
export interface LineMatch {
  /** What the line is, for the message: "advertisement label", "share buttons". */
  what: string;
  /** `true`: removal is a safe fix; `false`: offered as a suggestion only. */
  safe: boolean;
  /** Report as a warning (the rule is less sure). */
  warn?: boolean;
}

export type LineMatcher = (info: LineInfo, infos: readonly LineInfo[]) => LineMatch | undefined;

function quoteLine(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * A rule that tests every non-blank line of at most `maxWords` words with
 * `match` and reports the whole line; the fix removes it (and the blank line
 * it leaves). Flagged lines that follow one another (blank lines between them
 * allowed) share one fix that removes them together, so removing a share bar of
 * four lines leaves exactly one paragraph break.
 */
export function lineRule(meta: RuleMeta, maxWords: number, match: LineMatcher, explain: string): Rule {
  return {
    meta,
    check({ doc, report }) {
      const infos = lineInfos(doc);
      const hits: { info: LineInfo; m: LineMatch }[] = [];
      for (const info of infos) {
        if (info.words === 0 || info.words > maxWords) continue;
        const m = match(info, infos);
        if (m) hits.push({ info, m });
      }
      for (let g = 0; g < hits.length; ) {
        // A group: consecutive hits of the same fix kind with only blank lines between.
        let h = g;
        while (
          h + 1 < hits.length &&
          hits[h + 1]!.m.safe === hits[g]!.m.safe &&
          nextNonBlank(infos, hits[h]!.info.line.index) === hits[h + 1]!.info.line.index
        ) {
          h++;
        }
        const fix = removeLinesFix(doc, hits[g]!.info.line.index, hits[h]!.info.line.index);
        for (let k = g; k <= h; k++) {
          const { info, m } = hits[k]!;
          report({
            message: `"${quoteLine(info.text)}" looks like ${m.what}: ${explain}`,
            ...lineSpan(info.line),
            ...(m.warn ? { severity: 'warn' as const } : {}),
            ...(m.safe ? { fix } : { suggestions: [{ desc: h > g ? 'Remove these lines' : 'Remove the line', fix }] }),
          });
        }
        g = h + 1;
      }
    },
  };
}

/** Index of the next non-blank line after `i` (or -1). */
export function nextNonBlank(infos: readonly LineInfo[], i: number): number {
  for (let j = i + 1; j < infos.length; j++) if (infos[j]!.words > 0) return j;
  return -1;
}

/** Index of the previous non-blank line before `i` (or -1). */
export function prevNonBlank(infos: readonly LineInfo[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (infos[j]!.words > 0) return j;
  return -1;
}

/** A line that reads like prose: ends a sentence and has several words. */
export function isProseLine(info: LineInfo): boolean {
  return info.words >= 8 && /[.!?…"”'’)]$/.test(info.core);
}

// --- dates and times --------------------------------------------------------

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?';
const ZONE = '(?:et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|gmt|utc|bst|cet|cest|eet|eest|ist|aest|aedt|acst|awst|nzst|nzdt|hkt|sgt|jst|kst|wib|eat|sast|wat|msk|pht|ict|pkt|ast|hst|akst)';
const TIME = '\\d{1,2}(?:[:.]\\d{2}){1,2}(?:\\s?(?:am|pm|a\\.m\\.|p\\.m\\.))?|\\d{1,2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)';
const NUMERIC_DATE = '\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.]+(?:z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}';

/** One token of a date/time stamp line ("Updated", "Nov.", "19,", "9:41", "pm", "ET", "ago"). */
const DATE_TOKEN = new RegExp(
  `^(?:${MONTH}|${WEEKDAY}|${ZONE}|${TIME}|${NUMERIC_DATE}|\\d{1,4}(?:st|nd|rd|th)?|'\\d{2}|\\d+\\s?(?:h|hr|hrs|m|min|mins|d|w|mo|y|yr|s)|am|pm|a\\.m\\.|p\\.m\\.|` +
    'published|updated|update|posted|by|an|a|last|modified|first|created|date|dated|on|at|read|reading|time|min|mins|minute|minutes|hour|hours|hr|hrs|day|days|week|weeks|month|months|year|years|ago|just|now|yesterday|today|of|the|de|le|um|am|el|—|–|-|\\||•|·|:|@)$',
);
/** A token that makes a line a date/time stamp rather than a list of words. */
const DATE_ANCHOR = new RegExp(`(?:^|\\s)(?:${MONTH}\\s?\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH}|${TIME}|${NUMERIC_DATE}|(?:\\d+|an?)\\s?(?:h|hr|hrs|m|min|mins|d|minutes?|hours?|days?|weeks?|months?|years?) ago\\b|\\d+ min(?:ute)?s? read\\b|${MONTH}\\s(?:19|20)\\d\\d\\b)`);

/** Tokens of a line split for date checking (punctuation around tokens dropped). */
export function dateTokens(lower: string): string[] {
  return lower
    .replace(/((?:19|20)\d\d)(\d{1,2}:\d\d)/g, '$1 $2')
    .replace(/(am|pm|est|edt|gmt|utc|et)(updated|posted|published)/gi, '$1 $2')
    .replace(/\s\/\s/g, ' | ')
    .split(/[\s,;|•·()]+/)
    .map((t) => t.replace(/^[[("'“]+|[)\]"'”:;,!]+$/g, ''))
    .filter((t) => t !== '');
}

export function isDateToken(token: string): boolean {
  return DATE_TOKEN.test(token);
}

/** True when the line contains a real date or time (not just a number). */
export function hasDateAnchor(lower: string): boolean {
  return DATE_ANCHOR.test(lower);
}
