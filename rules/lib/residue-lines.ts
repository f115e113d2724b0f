/**
 * Shared machinery of the line-level residue rules (`no-ad-label`,
 * `no-share-widget`, `no-byline`, ...): every line is normalised once per
 * document (cached), a rule supplies a matcher that says whether a whole line
 * is page furniture, and the factory turns matches into reports with fixes.
 *
 * Matchers look at the whole line, never at a fragment of a paragraph, so a
 * sentence that merely mentions "Facebook" or "newsletter" is left alone.
 */
import { excerpt, isBlank, lineSpan, removeLineFix, removeLinesFix, type DocumentView, type Fix, type Line, type Rule, type RuleMeta } from '../../src/rule-kit/index.js';
import { allWords, MONTHS, PUBLISHED, STAMP_GLUE } from './residue-vocabulary.js';

export interface LineInfo {
  readonly line: Line;
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

/** White space other than a plain space. */
const OTHER_SPACE = /[^\S ]/;

/**
 * `raw.replace(/\s+/g, ' ').trim()`, without new strings when `raw` is
 * already in that form (checked by native searches, faster than a loop over
 * its characters).
 */
function collapseSpaces(raw: string): string {
  const n = raw.length;
  if (n === 0) return raw;
  if (raw.charCodeAt(0) === 32 || raw.charCodeAt(n - 1) === 32 || raw.includes('  ') || OTHER_SPACE.test(raw)) return raw.replace(/\s+/g, ' ').trim();
  return raw;
}

/** Characters of TRAILING_MARKS' class: a line that ends otherwise has no trailing marks. */
function endsWithMark(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return (
    c === 0x2022 || c === 0xb7 || c === 0x25cf || c === 0x25a0 || c === 0x25aa || c === 124 || c === 0xbb || c === 0x203a || c === 62 || c === 45 || c === 0x2013 || c === 0x2014 || c === 126
  );
}

/** Characters of LEADING_MARKS' class: a line that starts otherwise has no leading marks. */
function startsWithMark(s: string): boolean {
  const c = s.charCodeAt(0);
  return (
    c === 0x2022 || c === 0xb7 || c === 42 || c === 0x25cf || c === 0x25a0 || c === 0x25aa || c === 0x25ba || c === 0x25b6 || c === 0xbb || c === 0x203a || c === 62 || c === 124 || c === 45 || c === 0x2013 || c === 0x2014 || c === 126 || c === 43
  );
}

/** Number of spaces plus one: `s.split(' ').length`. */
function spaceCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** `text` without leading bullets/separators, trailing separators and one pair of enclosing brackets. */
function coreOf(text: string): string {
  let core = text;
  // The mark patterns are anchored at the ends: look at the end characters first.
  if (core !== '' && startsWithMark(core)) core = core.replace(LEADING_MARKS, '');
  if (core !== '' && endsWithMark(core)) core = core.replace(TRAILING_MARKS, '');
  const open = core[0];
  const close = core[core.length - 1];
  if ((open === '(' && close === ')') || (open === '[' && close === ']')) {
    const inner = core.slice(1, -1);
    // Only when the brackets enclose the whole line: "(Photo: AP)", not "(a) and (b)".
    if (!/[()[\]]/.test(inner)) core = inner.trim();
  }
  return core;
}

export function normalizeLine(raw: string): { text: string; core: string; lower: string; words: number } {
  const text = collapseSpaces(raw);
  const core = coreOf(text);
  return { text, core, lower: lowerOf(core), words: core === '' ? 0 : spaceCount(core) };
}

function lowerOf(core: string): string {
  return core.toLowerCase().replace(/[’‘`´]/g, "'");
}

/**
 * A LineInfo whose `lower` is computed on first use: most long lines are
 * never matched against a lower-cased pattern, and lower-casing text with
 * characters beyond Latin-1 is slow.
 */
class LazyLineInfo implements LineInfo {
  readonly line: Line;
  readonly text: string;
  readonly core: string;
  readonly words: number;
  private lowered: string | undefined = undefined;
  constructor(line: Line, text: string, core: string, words: number) {
    this.line = line;
    this.text = text;
    this.core = core;
    this.words = words;
  }
  get lower(): string {
    return (this.lowered ??= lowerOf(this.core));
  }
}

/** `{ line, ...normalizeLine(line.text) }`, with `lower` made on demand. */
function lineInfo(line: Line): LineInfo {
  const text = collapseSpaces(line.text);
  const core = coreOf(text);
  return new LazyLineInfo(line, text, core, core === '' ? 0 : spaceCount(core));
}

/** Normalised lines of a document, computed once and shared by all residue rules. */
export function lineInfos(doc: DocumentView): LineInfo[] {
  return doc.memo('residue-lines:infos', () => doc.lines.map(lineInfo));
}

/**
 * Per line: 1 when another line of the page reads the same (`lower`: case and
 * apostrophes aside), computed once per document for no-related-links and the
 * line classifier. Lower-casing makes and takes no spaces, so two such lines
 * have as many words, and a line whose number of words no other line has is
 * compared with none (nor lower-cased).
 */
export function repeatedLines(doc: DocumentView): Uint8Array {
  return doc.memo('residue-lines:repeated', () => countRepeated(lineInfos(doc)));
}

function countRepeated(infos: readonly LineInfo[]): Uint8Array {
  const linesOfWords = new Map<number, number>();
  for (const info of infos) if (info.words > 0) linesOfWords.set(info.words, (linesOfWords.get(info.words) ?? 0) + 1);
  const candidates: number[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (info.words === 0 || linesOfWords.get(info.words)! < 2) continue;
    candidates.push(i);
    seen.set(info.lower, (seen.get(info.lower) ?? 0) + 1);
  }
  const repeated = new Uint8Array(infos.length);
  for (const i of candidates) if (seen.get(infos[i]!.lower)! > 1) repeated[i] = 1;
  return repeated;
}

/** A token of a short line: lower-case text between spaces and list separators. */
const TOKEN = /[^\s,;|•·/+]+/g;
const TOKEN_PUNCTUATION = /^[("'“‘[]+|[)"'”’\]:.!?…]+$/g;
const trimToken = (t: string) => t.replace(TOKEN_PUNCTUATION, '');

/** True when every token of the line is in `set` (after trimming punctuation around it). */
export function allTokensIn(lower: string, set: ReadonlySet<string>, max = 12): boolean {
  // `tokens(lower)`, walked one token at a time: most lines fail on their first token or
  // have too many, and a paragraph is never split whole.
  let count = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m !== null; m = TOKEN.exec(lower)) {
    const t = m[0];
    if (t === '&' || t === 'and' || t === '-' || t === '–' || t === '—') continue;
    if (++count > max || !set.has(trimToken(t))) return false;
  }
  return count > 0;
}

/** Kept here for the residue rules' imports; the implementation is the engine's. */
export { removeLinesFix };

/** What a matcher says about one line. */
export interface LineMatch {
  /** The kind of finding: a key of the rule's `meta.messages`. */
  messageId: string;
  /** `true`: removal is a safe fix; `false`: offered as a suggestion only. */
  safe: boolean;
  /** How sure the rule is that the line is furniture (0–1): the kind's measured precision, see docs/residue-precision.md. */
  confidence: number;
  /** The signals that fired, for `data.evidence`. */
  evidence: string[];
}

/** `options`: the rule's options (its `meta.defaultOptions` merged with the configured ones). */
export type LineMatcher = (info: LineInfo, infos: readonly LineInfo[], options: Readonly<Record<string, unknown>>) => LineMatch | undefined;

/** The `data` of a residue finding on one line. */
export function residueData(text: string, confidence: number, evidence: readonly string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { line: excerpt(text), ...extra, confidence, evidence: [...evidence] };
}

/**
 * A rule that tests every non-blank line of at most `maxWords` words with
 * `match` and reports the whole line; the fix removes it (and the blank line
 * it leaves). Flagged lines that follow one another (blank lines between them
 * allowed) share one fix that removes them together, so removing a share bar of
 * four lines leaves exactly one paragraph break. Templates in `meta.messages`
 * may use `{{line}}` (the line, cut to 60 characters).
 */
export function lineRule(meta: RuleMeta, maxWords: number, match: LineMatcher): Rule {
  return {
    meta,
    check({ doc, options, report }) {
      const infos = lineInfos(doc);
      const hits: { info: LineInfo; m: LineMatch }[] = [];
      for (const info of infos) {
        if (info.words === 0 || info.words > maxWords) continue;
        const m = match(info, infos, options ?? {});
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
            messageId: m.messageId,
            data: residueData(info.text, m.confidence, m.evidence),
            ...lineSpan(info.line),
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

/**
 * A short label (at most `maxWords` words) alone between two paragraphs of
 * prose stands where an article puts a section heading ("Newsletter", "Terms
 * of use", "Komentarz" over the paragraphs about them): the rule's
 * `headingAmidProse` kind, a suggestion. `isFurniture` tells a neighbour that
 * is itself the rule's furniture (a sign-up box's text under its heading).
 * `what` names the label for `data.evidence`.
 */
export function headingAmidProse(infos: readonly LineInfo[], info: LineInfo, maxWords: number, isFurniture: (info: LineInfo) => boolean, what: string): LineMatch | undefined {
  if (info.words > maxWords) return undefined;
  const before = prevNonBlank(infos, info.line.index);
  const after = nextNonBlank(infos, info.line.index);
  if (before < 0 || after < 0) return undefined;
  const p = infos[before]!;
  const n = infos[after]!;
  if (!isParagraph(p) || !isParagraph(n) || isFurniture(p) || isFurniture(n)) return undefined;
  return { messageId: 'headingAmidProse', safe: false, confidence: 0.8, evidence: [what, 'alone between two paragraphs'] };
}

/**
 * Whether the page's first line (often its title, "Headline – Site") begins
 * with this line of four or more words: the story's own headline, wherever
 * else it stands.
 */
export function pageTitleBeginsWith(infos: readonly LineInfo[], info: LineInfo): boolean {
  if (info.words < 4) return false;
  const title = infos.find((l) => l.words > 0)?.lower ?? '';
  return title.length > info.lower.length && title.startsWith(info.lower);
}

/** A paragraph of prose, longer than a one-line notice ("© 2019 NJ.com. All rights reserved."). */
function isParagraph(info: LineInfo): boolean {
  return info.words >= 12 && isProseLine(info);
}

/** Whether a prose line stands before line `i` (`direction` -1) or after it (+1). */
export function proseBeyond(infos: readonly LineInfo[], i: number, direction: -1 | 1): boolean {
  for (let j = i + direction; j >= 0 && j < infos.length; j += direction) if (isProseLine(infos[j]!)) return true;
  return false;
}

// --- dates and times --------------------------------------------------------

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?';
const ZONE = '(?:et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|gmt|utc|bst|cet|cest|eet|eest|ist|aest|aedt|acst|awst|nzst|nzdt|hkt|sgt|jst|kst|wib|eat|sast|wat|msk|pht|ict|pkt|ast|hst|akst)';
// "15 am", "5 Mar" must end there: "15 Amazing Images", "5 Marriage Myths" are no times or dates.
const TIME = '(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d){1,2}(?:\\s?(?:am|pm|a\\.m\\.|p\\.m\\.))?|\\d{1,2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?!\\p{L})';
// A day and a month that can be one (19.11.2019, 11/19/2019), not any three numbers ("13/45-01", a call sign).
/** A time that anchors a stamp by itself: "9:41", "9:41 am", "17.30 Uhr", "5 pm" — not a dotted number alone ("4.51", a version; "1.27 MB"). */
const TIME_ANCHOR =
  '(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?:\\s?(?:am|pm|a\\.m\\.|p\\.m\\.))?|(?:[01]?\\d|2[0-3])\\.[0-5]\\d\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|uhr|h)(?!\\p{L})|\\d{1,2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?!\\p{L})';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH_NUMBER = '(?:0?[1-9]|1[0-2])';
const NUMERIC_DATE = `\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.]+(?:z|[+-]\\d{2}:?\\d{2})?)?|${DAY}[/.-]${MONTH_NUMBER}[/.-]\\d{2,4}|${MONTH_NUMBER}[/.-]${DAY}[/.-]\\d{2,4}|\\d{4}[/.]${MONTH_NUMBER}[/.]${DAY}`;

/** Month names and stamp words of the other languages of the residue vocabulary. */
const MONTH_OTHER = `(?:${[...new Set(allWords(MONTHS))].join('|')})\\.?`;
const STAMP_OTHER = [...new Set([...allWords(PUBLISHED), ...allWords(STAMP_GLUE)].flatMap((w) => w.split(' ')))].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Relative stamps of the other languages: "vor 3 Stunden", "il y a 2 jours", "hace 5 minutos", "2 ore fa", "há 3 dias", "3 uur geleden", "5 godzin temu". */
const RELATIVE_OTHER =
  '(?:vor \\d+ (?:min(?:uten?)?|std\\.?|stunden?|tagen?|wochen?)|il y a \\d+ (?:min(?:utes?)?|h|heures?|jours?)|hace \\d+ (?:min(?:utos?)?|h|horas?|días?)|\\d+ (?:min(?:uti)?|ore|giorni) fa|há \\d+ (?:min(?:utos?)?|h|horas?|dias?)|\\d+ (?:min(?:uten)?|uur|dagen) geleden|\\d+ (?:min(?:ut)?|godz(?:in)?|dni) temu)';

/** One token of a date/time stamp line ("Updated", "Nov.", "19,", "9:41", "pm", "ET", "ago"). */
const DATE_TOKEN = new RegExp(
  `^(?:${MONTH}|${MONTH_OTHER}|${WEEKDAY}|${ZONE}|${TIME}|${NUMERIC_DATE}|\\d{1,4}(?:st|nd|rd|th|\\.)?|'\\d{2}|\\d+\\s?(?:h|hr|hrs|m|min|mins|d|w|mo|y|yr|s)|am|pm|a\\.m\\.|p\\.m\\.|` +
    `${STAMP_OTHER}|` +
    'published|updated|update|posted|by|an|a|last|modified|first|created|date|dated|on|at|read|reading|time|min|mins|minute|minutes|hour|hours|hr|hrs|day|days|week|weeks|month|months|year|years|ago|just|now|yesterday|today|of|the|de|le|um|am|el|—|–|-|\\||•|·|:|@)$',
  'u',
);
/** A token that makes a line a date/time stamp rather than a list of words. */
const DATE_ANCHOR = new RegExp(
  `(?:^|\\s)(?:${MONTH}\\s?\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH}(?!\\p{L})|${TIME_ANCHOR}|${NUMERIC_DATE}|(?:\\d+|an?)\\s?(?:h|hr|hrs|m|min|mins|d|minutes?|hours?|days?|weeks?|months?|years?) ago\\b|\\d+ min(?:ute)?s? read\\b|${MONTH}\\s(?:19|20)\\d\\d\\b|` +
    `\\d{1,2}\\.?\\s(?:de\\s)?${MONTH_OTHER}(?:\\s|$)|${MONTH_OTHER}\\s\\d{1,2}\\b|${MONTH_OTHER}\\s(?:de\\s)?(?:19|20)\\d\\d\\b|${RELATIVE_OTHER})`,
  'u',
);

/** A whole date with its day: "19.11.2019", "2019-11-19", "19 November", "19. Jänner", "Nov. 19", "19 de abril". */
const FULL_DATE = new RegExp(
  `(?:^|[\\s(])(?:${NUMERIC_DATE}|\\d{1,2}(?:st|nd|rd|th|\\.)?\\s(?:de\\s)?(?:${MONTH}|${MONTH_OTHER})(?!\\p{L})|(?:${MONTH}|${MONTH_OTHER})\\s\\d{1,2}(?!\\d))`,
  'gu',
);

/** How many whole dates (with their day) a line names: two make a period ("3 March – 14 June", "01.02.2022 - 28.02.2022"). */
export function countDates(lower: string): number {
  return lower.match(FULL_DATE)?.length ?? 0;
}

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
