/**
 * Generated articles for property tests and the fuzzer's TypeScript twin:
 * clean news paragraphs mixed with scraper residue, mojibake, spacing and
 * sentence defects, with LF, CRLF or mixed line endings.
 */
import fc from 'fast-check';
import type { Fix, LintMessage } from '../../src/types.js';

/** Plain news prose that no rule should change (checked by a precondition test). */
export const CLEAN_PARAGRAPHS: readonly string[] = [
  'The delegation arrived in Cairo on Sunday evening and met officials from the foreign ministry.',
  'Negotiators said the talks would resume next week, after both sides had consulted their governments.',
  'The city council approved the budget by a narrow margin, with seven members voting against it.',
  'Farmers in the north reported a smaller harvest than last year because of the long drought.',
  'The museum will reopen in March after a renovation that cost more than four million euros.',
  'Police closed the bridge for several hours while engineers inspected the damaged section.',
  'Officials expect the new line to carry about twenty thousand passengers a day when it opens.',
  'The company said its profits had fallen for the third quarter in a row, and its shares dropped.',
  'Residents gathered outside the town hall to protest against the planned closure of the hospital.',
  'The report found that most schools in the region still lacked reliable access to the internet.',
  'Scientists at the university published their findings in a peer-reviewed journal on Thursday.',
  'The minister told reporters that the government had no plans to raise taxes this year.',
];

export const RESIDUE_LINES: readonly string[] = [
  'Skip to content',
  'Most Popular',
  'Share this article',
  'Advertisement',
  'Sign up for our newsletter',
  'Share on Facebook',
  'Related Articles',
  'Read more:',
  'Accept all cookies',
  'Jump to navigation',
];

/** Sentences carrying a defect a rule may fix. */
export const DEFECTS: readonly string[] = [
  'Iâ€™m glad we could meet, â€œthe envoyâ€\u009d said.',
  'The the delegation left early on Monday.',
  'The talks  ended late,  officials said.',
  'The vote was close.   ',
  'It was a long day.The meeting ended at noon.',
  'Prices rose by 4 %  in March .',
  'He said that that was enough, and and left.',
  'Café owners â€” and their staff â€” were relieved.',
  '\u00a0\u00a0Indented with no-break spaces.',
  'A zero\u200bwidth space hides here.',
  'Text with a replacement \uFFFD character.',
  'Tom &amp; Jerry met the mayor.',
  '“An unbalanced quote, he said.',
  'This paragraph stops in the middle of',
];

export interface Article {
  text: string;
  clean: string[];
  eol: '\n' | '\r\n' | 'mixed';
  finalNewline: boolean;
}

const block = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...RESIDUE_LINES).map((t) => ({ kind: 'residue' as const, t })) },
  { weight: 3, arbitrary: fc.constantFrom(...DEFECTS).map((t) => ({ kind: 'defect' as const, t })) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t').map((t) => ({ kind: 'blank' as const, t })) },
);

/** An article: distinct clean paragraphs in order, with residue and defects between them. */
export const articleArb: fc.Arbitrary<Article> = fc
  .record({
    clean: fc.shuffledSubarray([...CLEAN_PARAGRAPHS], { minLength: 1, maxLength: 6 }),
    extras: fc.array(fc.tuple(fc.nat(), block), { maxLength: 10 }),
    separators: fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n'), { minLength: 20, maxLength: 20 }),
    eol: fc.constantFrom<Article['eol']>('\n', '\r\n', 'mixed'),
    finalNewline: fc.boolean(),
    mixSeed: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  })
  .map(({ clean, extras, separators, eol, finalNewline, mixSeed }) => {
    const blocks: string[] = [...clean];
    for (const [at, b] of extras) blocks.splice(at % (blocks.length + 1), 0, b.t);
    let text = '';
    blocks.forEach((b, i) => {
      text += b;
      if (i < blocks.length - 1) text += separators[i % separators.length];
    });
    if (finalNewline) text += '\n';
    let k = 0;
    if (eol === '\r\n') text = text.replace(/\n/g, '\r\n');
    else if (eol === 'mixed') text = text.replace(/\n/g, () => (mixSeed[k++ % mixSeed.length] ? '\r\n' : '\n'));
    return { text, clean, eol, finalNewline };
  });

/**
 * Whether `output` can be obtained from `text` by applying some set of
 * non-overlapping fixes from `fixes` and nothing else: every character outside
 * an applied fix comes through verbatim and in order. A search over
 * (text position, output position) states that only branches at fix starts.
 */
export function changesWithinFixes(text: string, output: string, fixes: readonly Fix[]): boolean {
  const byStart = new Map<number, Fix[]>();
  for (const f of fixes) {
    const [a, b] = f.range;
    if (a < 0 || b < a || b > text.length || (a === b && f.text === '')) continue;
    byStart.set(a, [...(byStart.get(a) ?? []), f]);
  }
  const starts = [...byStart.keys()].sort((x, y) => x - y);
  const nextStart = (i: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo]! : text.length;
  };
  const seen = new Set<string>();
  const stack: [number, number][] = [[0, 0]];
  while (stack.length) {
    const [i, o] = stack.pop()!;
    const key = `${i},${o}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Copy verbatim up to the next place a fix may start.
    const next = nextStart(i);
    const run = next - i;
    if (output.slice(o, o + run) !== text.slice(i, next)) continue;
    const at = o + run;
    if (next === text.length && !byStart.has(next)) {
      if (at === output.length) return true;
      continue;
    }
    for (const f of byStart.get(next) ?? []) {
      if (output.startsWith(f.text, at)) stack.push([f.range[1], at + f.text.length]);
    }
    // Or leave the fixes starting here unapplied: keep one character and go on.
    if (next < text.length && output[at] === text[next]) stack.push([next + 1, at + 1]);
    if (next === text.length && at === output.length) return true;
  }
  return false;
}

/** The message's place as offsets, or undefined for file-level messages. */
export function placeOf(m: LintMessage): { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } | undefined {
  const p = m.place as { start?: { line: number; column: number; offset?: number }; end?: { line: number; column: number; offset?: number } } | undefined;
  if (!p?.start || !p.end || p.start.offset === undefined || p.end.offset === undefined) return undefined;
  return p as ReturnType<typeof placeOf>;
}

let cachedText: string | undefined;
let cachedStarts: number[] = [];

/** 1-based line and column of `offset`, counting `\n` as the line break (independent of the engine's line table). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  if (text !== cachedText) {
    cachedText = text;
    cachedStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) cachedStarts.push(i + 1);
  }
  // Last line start <= offset.
  let lo = 0;
  let hi = cachedStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cachedStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - cachedStarts[lo]! + 1 };
}
