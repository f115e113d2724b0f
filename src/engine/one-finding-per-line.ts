/**
 * One finding per defect. A line that a residue rule proposes to remove (a
 * menu item, a byline, a share bar) is one defect: it keeps one residue
 * finding. When that removal is a safe fix (the line goes with `--fix`), the
 * sentence, style and name findings on it go too ("Paragraph ends without
 * punctuation" on a menu item is noise). They stay on a line that reads as
 * prose (a bio, a teaser paragraph: text someone may keep and reuse) and on a
 * line that is only suggested for removal. Such a finding whose fix reaches
 * into a removed line goes as well (joining a byline to the sentence above it
 * would keep the byline). Encoding findings always stay (they speak about the
 * bytes).
 *
 * Which residue finding a line keeps: one with a safe fix before one with a
 * suggestion only, then the higher `data.confidence`, then the one reported
 * first. A finding that covers several lines (a menu, a related box) stays
 * while at least one of its lines has no better finding; otherwise it goes.
 */
import type { ActiveRule, Category, DocumentView, LintMessage } from '../types.js';

/** Categories whose findings go with a removed line. */
const GO_WITH_THE_LINE: ReadonlySet<Category> = new Set(['sentences', 'style', 'names']);

/** 1-based lines a message covers; an end at column 1 of a later line does not cover that line. */
function linesOf(m: LintMessage): [number, number] | undefined {
  const place = m.place;
  if (!place || !('start' in place) || m.fileLevel) return undefined;
  const first = place.start.line;
  let last = place.end.line;
  if (last > first && place.end.column === 1) last--;
  return [first, last];
}

function rank(m: LintMessage): number {
  return m.fix ? 2 : m.suggestions?.length ? 1 : 0;
}

function confidence(m: LintMessage): number {
  const c = m.data?.['confidence'];
  return typeof c === 'number' ? c : 0;
}

/** A line of several words that ends a sentence. */
function readsAsProse(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length >= 8 && /[.!?…]["”’')\]]?$/.test(t);
}

/** Whether `range` overlaps the text of a removed line among the 1-based lines `span`. */
function fixTouchesRemoved(doc: DocumentView, range: readonly [number, number], span: [number, number], removed: ReadonlySet<number>): boolean {
  for (let l = span[0]; l <= span[1]; l++) {
    const line = doc.lines[l - 1];
    if (removed.has(l) && line && range[0] <= line.end && range[1] >= line.start) return true;
  }
  return false;
}

export function oneFindingPerLine(doc: DocumentView, messages: LintMessage[], rules: readonly ActiveRule[]): LintMessage[] {
  const category = new Map(rules.map((r) => [r.rule.meta.id, r.rule.meta.category]));
  const removal = messages
    .map((m, order) => ({ m, order, span: linesOf(m) }))
    .filter((x) => x.span && category.get(x.m.ruleId ?? '') === 'residue' && rank(x.m) > 0);
  if (removal.length === 0) return messages;
  removal.sort((a, b) => rank(b.m) - rank(a.m) || confidence(b.m) - confidence(a.m) || a.order - b.order);
  const claimed = new Set<number>();
  /** Lines that a kept safe fix removes. */
  const removed = new Set<number>();
  const dropped = new Set<LintMessage>();
  for (const { m, span } of removal) {
    const [first, last] = span!;
    let free = false;
    for (let l = first; l <= last; l++) if (!claimed.has(l)) free = true;
    if (!free) {
      dropped.add(m);
      continue;
    }
    for (let l = first; l <= last; l++) {
      claimed.add(l);
      if (m.fix && !readsAsProse(doc.lines[l - 1]?.text ?? '')) removed.add(l);
    }
  }
  return messages.filter((m) => {
    if (dropped.has(m)) return false;
    const cat = category.get(m.ruleId ?? '');
    if (cat === undefined || !GO_WITH_THE_LINE.has(cat)) return true;
    const span = linesOf(m);
    if (!span) return true;
    if (m.fix && fixTouchesRemoved(doc, m.fix.range, span, removed)) return false;
    for (let l = span[0]; l <= span[1]; l++) if (!removed.has(l)) return true;
    return false;
  });
}
