/**
 * @module no-comment-section
 * Flags a section of reader comments scraped with the article, as one block.
 * Such a section is found by its structure, not by its words: the same unit
 * repeated several times after the article's prose — a header that is a
 * name and a time stamp (on one line, or a short name line above the stamp),
 * the comment's text, and often a row of short controls (reply, like, votes)
 * that recurs in every unit. The stamps of one section share a shape ("2 days
 * ago at 07:52", "19 June 2018 at 15:28 - Reply"), digits aside.
 *
 * A section needs all of: at least `minComments` units whose stamps share a
 * shape, a text under most of them, a name in most headers, a control that
 * recurs in most units (a row repeated digits aside, or a word that ends every
 * header), and prose of the article above it. So a schedule (dated lines
 * without a text under them) or a live blog (stamped entries without names or
 * controls) is left alone. Comment words in the seven languages of
 * `lib/residue-vocabulary.ts` only raise the confidence.
 *
 * @example Invalid
 *   The council approved the budget on Monday after a debate that lasted more than six hours, officials said.
 *   Members voted seven to two in favour of the plan, which raises spending on schools and roads by a tenth.
 *   The mayor said the vote was a victory for residents who had waited years for the new library to open its doors.
 *   Harriet Vane
 *   3 days ago at 09:14
 *   About time the roads got some attention, the potholes on my street are older than my car.
 *   12 likes
 *   rob_k
 *   3 days ago at 10:02
 *   The library should have come first.
 *   4 likes
 *   M. Osei
 *   2 days ago at 18:40
 *   Seven to two is a strong vote for a plan this big.
 *   1 likes
 * @example Valid
 *   The council approved the budget on Monday after a debate that lasted more than six hours, officials said.
 *   Members voted seven to two in favour of the plan, which raises spending on schools and roads by a tenth.
 *   The mayor said the vote was a victory for residents who had waited years for the new library to open its doors.
 *   09:14
 *   The mayor opened the session with a statement on the roads.
 *   10:02
 *   The first amendment, on the library, was rejected.
 *   11:40
 *   Members began the final vote.
 *
 * Findings are suggestions (never a safe fix): a section is a guess from its
 * shape, and its bounds at the end are a guess too.
 */
import { type Rule } from '../src/rule-kit/index.js';
import { dateTokens, hasDateAnchor, isDateToken, isProseLine, lineInfos, removeLinesFix, residueData, type LineInfo } from './lib/residue-lines.js';
import { allWords, COMMENTS } from './lib/residue-vocabulary.js';

interface CommentSectionOptions {
  /** Fewest repeated units that make a section. */
  minComments: number;
  /** Most lines a comment's text may have (longer gaps end the section). */
  maxCommentLines: number;
}

/** A header line that holds a time stamp, with what stands before it (the name) and the stamp's shape. */
interface Stamp {
  index: number;
  /** Ordinal of the line among non-blank lines. */
  ordinal: number;
  /** Tokens before the stamp: the commenter's name when the header is on one line. */
  head: readonly string[];
  /** Tokens of the stamp that are not date words: the controls ending a header ("reply"). */
  controls: readonly string[];
  /** The stamp with every number as 0 and every date word as `d`: "0 d d d 0 d". */
  shape: string;
}

/** Most words of a header line (name, stamp and a control or two). */
const MAX_HEADER_WORDS = 16;
/** Most words that are neither date words nor numbers after the stamp begins ("Antworten", "Permalink"). */
const MAX_HEADER_CONTROLS = 3;
/** Prose words above the section that make it "after the article". */
const MIN_PROSE_ABOVE = 60;
/** Share of units that must show a signal for it to count. */
const MOST = 0.6;

/** Comment words of the vocabulary's languages and of English, for supporting evidence only. */
const COMMENT_WORDS: ReadonlySet<string> = new Set([
  ...allWords(COMMENTS).flatMap((w) => w.split(' ')),
  ...['reply', 'replies', 'like', 'likes', 'report', 'vote', 'votes', 'rating', 'permalink', 'quote', 'flag', 'upvote', 'downvote', 'points', 'helpful', 'comment', 'comments'],
]);

function stampOf(info: LineInfo, ordinal: number): Stamp | undefined {
  if (info.words > MAX_HEADER_WORDS || !/\d/.test(info.core) || isProseLine(info)) return undefined;
  const lower = info.lower;
  if (!hasDateAnchor(lower)) return undefined;
  const tokens = dateTokens(lower);
  let begin = tokens.findIndex((t) => /\d/.test(t) && isDateToken(t));
  if (begin < 0) return undefined;
  // Date words just before the first number belong to the stamp ("Monday June 19").
  while (begin > 0 && isDateToken(tokens[begin - 1]!)) begin--;
  const controls: string[] = [];
  let shape = '';
  for (let k = begin; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (/\d/.test(t)) shape += ' 0';
    else if (isDateToken(t)) shape += ' d';
    else {
      // A place or a title after the date ("June 17 – Nashville, TN @ Arena") makes a schedule line, not a header.
      if (controls.length === MAX_HEADER_CONTROLS || !/^\p{L}+$/u.test(t)) return undefined;
      controls.push(t);
      shape += ` ${t}`;
    }
  }
  return { index: info.line.index, ordinal, head: tokens.slice(0, begin), controls, shape };
}

/** A line that can be a commenter's name or handle on its own: a few words, no sentence. */
function isNameLine(info: LineInfo): boolean {
  return info.words >= 1 && info.words <= 4 && info.core.length <= 40 && /\p{L}/u.test(info.core) && !/[.!?:;,]$/.test(info.core.replace(/\.{3}$|…$/, ''));
}

/** A name before the stamp on a header line: a few tokens with letters. */
function isNameHead(head: readonly string[]): boolean {
  return head.length >= 1 && head.length <= 6 && head.some((t) => /\p{L}/u.test(t));
}

/** A line of a comment's text: a sentence, or a line of several words. */
function readsAsText(info: LineInfo): boolean {
  return info.words >= 6 || /[.!?…)"”]$/.test(info.core);
}

/** A line that may repeat in every unit as a control row, keyed with its numbers as 0 ("12 likes" → "0 likes"). */
function controlKey(info: LineInfo): string | undefined {
  return info.words >= 1 && info.words <= 5 ? info.lower.replace(/\d+/g, '0') : undefined;
}

interface Section {
  first: number;
  last: number;
  comments: number;
  evidence: string[];
  confidence: number;
}

/**
 * Judges one run of stamps of the same shape; the section it makes, or undefined.
 * `proseBefore`: prose words above the page's first run of stamps of this shape
 * (a thread whose posts start at the top has no article above them).
 */
function sectionOf(infos: readonly LineInfo[], stamps: readonly Stamp[], proseBefore: number, options: CommentSectionOptions): Section | undefined {
  const k = stamps.length;
  if (k < options.minComments) return undefined;
  const most = Math.max(2, Math.ceil(MOST * k));
  const prev = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (infos[j]!.words > 0) return j;
    return -1;
  };
  // Header layout: the name on the stamp line, or on its own line above it.
  const inlineNames = stamps.filter((s) => isNameHead(s.head)).length;
  const stampLines = new Set(stamps.map((s) => s.index));
  const nameAbove = stamps.filter((s) => {
    const p = prev(s.index);
    return s.head.length === 0 && p >= 0 && isNameLine(infos[p]!) && !stampLines.has(p);
  }).length;
  const namesAbove = nameAbove >= most;
  if (inlineNames + nameAbove < most) return undefined;
  const starts = stamps.map((s) => (namesAbove && s.head.length === 0 && prev(s.index) >= 0 && isNameLine(infos[prev(s.index)]!) ? prev(s.index) : s.index));
  // Bodies and control rows of every unit but the last.
  const controlUnits = new Map<string, number>();
  const countControls = (from: number, to: number) => {
    const seen = new Set<string>();
    for (let j = from; j <= to; j++) {
      const key = controlKey(infos[j]!);
      if (key !== undefined && !seen.has(key)) {
        seen.add(key);
        controlUnits.set(key, (controlUnits.get(key) ?? 0) + 1);
      }
    }
  };
  let withText = 0;
  let longest = 0;
  for (let u = 0; u + 1 < k; u++) {
    const from = stamps[u]!.index + 1;
    const to = starts[u + 1]! - 1;
    let lines = 0;
    let text = false;
    for (let j = from; j <= to; j++) {
      if (infos[j]!.words === 0) continue;
      lines++;
      if (infos[j]!.words >= 3) text = true;
    }
    if (text) withText++;
    longest = Math.max(longest, lines);
    countControls(from, to);
  }
  // The last unit: its text, up to the longest unit seen, ends at a control row or at a line that is not text.
  const rows = new Set([...controlUnits].filter(([, n]) => n >= Math.max(2, Math.ceil(MOST * (k - 1)))).map(([key]) => key));
  let last = stamps[k - 1]!.index;
  {
    let lines = 0;
    let text = false;
    for (let j = last + 1; j < infos.length && lines < Math.max(1, longest); j++) {
      const info = infos[j]!;
      if (info.words === 0) continue;
      const key = controlKey(info);
      if (key !== undefined && rows.has(key)) {
        // The unit's control rows close it ("reply", "report").
        last = j;
        for (let c = j + 1; c < infos.length; c++) {
          const after = controlKey(infos[c]!);
          if (infos[c]!.words === 0) continue;
          if (after === undefined || !rows.has(after)) break;
          last = c;
        }
        break;
      }
      if (lines > 0 && !readsAsText(info)) break;
      lines++;
      last = j;
      if (info.words >= 3) text = true;
    }
    if (text) withText++;
  }
  if (withText < most) return undefined;
  // A control that recurs in most units: a row repeated digits aside, or a word ending every header.
  const headerControls = new Map<string, number>();
  for (const s of stamps) for (const c of new Set(s.controls)) headerControls.set(c, (headerControls.get(c) ?? 0) + 1);
  const headerControl = [...headerControls].some(([, n]) => n >= most);
  if (rows.size === 0 && !headerControl) return undefined;
  if (proseBefore < MIN_PROSE_ABOVE) return undefined;
  const first = starts[0]!;
  const vocabulary =
    [...rows].some((r) => r.split(/[\s:]+/).some((w) => COMMENT_WORDS.has(w))) || [...headerControls.keys()].some((c) => COMMENT_WORDS.has(c));
  const evidence = [
    `${k} units with stamps of one shape`,
    inlineNames >= most ? 'a name before every stamp' : 'a name line above every stamp',
    'a text under most stamps',
    ...(rows.size ? ['a control row repeated in every unit'] : []),
    ...(headerControl ? ['a control word ending every header'] : []),
    'after the article\'s prose',
    ...(vocabulary ? ['comment vocabulary'] : []),
  ];
  const confidence = Math.min(0.95, 0.8 + (rows.size && headerControl ? 0.05 : 0) + (k >= 5 ? 0.05 : 0) + (vocabulary ? 0.05 : 0));
  return { first, last, comments: k, evidence, confidence: Number(confidence.toFixed(2)) };
}

const rule: Rule<CommentSectionOptions> = {
  meta: {
    id: 'no-comment-section',
    description: 'Disallow sections of reader comments (repeated name, time stamp, text and reply/like rows) scraped with the article.',
    category: 'residue',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    hasSuggestions: true,
    schema: {
      type: 'object',
      properties: {
        minComments: { type: 'integer', minimum: 2 },
        maxCommentLines: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: { minComments: 3, maxCommentLines: 12 },
    docs: 'rules/no-comment-section.ts',
    messages: {
      commentSection: '"{{line}}" starts a section of {{comments}} reader comments ({{lines}} lines): comments are not article text.',
    },
  },
  check({ doc, options, report }) {
    const infos = lineInfos(doc);
    const n = infos.length;
    // One pass: the prose words above each line, and the stamps grouped in runs of one shape.
    const proseAbove = new Int32Array(n + 1);
    const open = new Map<string, Stamp[]>();
    const sections: Section[] = [];
    /** Per stamp shape, the first line of the page's first run of two or more such stamps. */
    const firstRun = new Map<string, number>();
    const close = (run: Stamp[]) => {
      const section = sectionOf(infos, run, proseAbove[firstRun.get(run[0]!.shape) ?? run[0]!.index]!, options);
      if (section) sections.push(section);
    };
    let ordinal = 0;
    for (let i = 0; i < n; i++) {
      const info = infos[i]!;
      proseAbove[i + 1] = proseAbove[i]! + (isProseLine(info) ? info.words : 0);
      if (info.words === 0) continue;
      ordinal++;
      const stamp = stampOf(info, ordinal);
      if (!stamp) continue;
      const run = open.get(stamp.shape);
      // A name line, the text and a control row lie between two headers of one section; a longer
      // gap ends the run only when it holds an article's worth of prose (a forum thread's long
      // posts stay one run, so its first post is not taken for an article above the comments).
      const previous = run?.[run.length - 1];
      if (previous && (stamp.ordinal - previous.ordinal <= options.maxCommentLines + 3 || proseAbove[i]! - proseAbove[previous.index + 1]! < MIN_PROSE_ABOVE)) {
        run!.push(stamp);
        if (run!.length === 2 && !firstRun.has(stamp.shape)) firstRun.set(stamp.shape, run![0]!.index);
      }
      else {
        if (run) close(run);
        open.set(stamp.shape, [stamp]);
      }
    }
    for (const run of open.values()) close(run);
    sections.sort((a, b) => a.first - b.first);
    let reachedLine = -1;
    for (const s of sections) {
      if (s.first <= reachedLine) continue;
      reachedLine = s.last;
      const lines = infos.slice(s.first, s.last + 1).filter((x) => x.words > 0).length;
      report({
        messageId: 'commentSection',
        data: residueData(infos[s.first]!.text, s.confidence, s.evidence, { comments: s.comments, lines }),
        start: infos[s.first]!.line.start,
        end: infos[s.last]!.line.end,
        suggestions: [{ desc: 'Remove the comment section', fix: removeLinesFix(doc, s.first, s.last) }],
      });
    }
  },
};

export default rule;
