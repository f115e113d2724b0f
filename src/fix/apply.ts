/**
 * Applying fixes: non-overlapping, in offset order, repeated until the text
 * stops changing (at most 10 passes) so that fixes that collided in one pass
 * get their turn in the next. Fixing twice equals fixing once.
 */
import type { Fix, FixKind, LintMessage } from '../types.js';

export const MAX_FIX_PASSES = 10;

/** The fix a message contributes for the requested kinds, if any. */
export function chosenFix(message: LintMessage, kinds: readonly FixKind[]): Fix | undefined {
  if (message.fix && kinds.includes('safe')) return message.fix;
  if (message.suggestions?.length && kinds.includes('suggestion')) return message.suggestions[0]!.fix;
  return undefined;
}

/** One pass: applies every fix that does not overlap an earlier one. */
export function applyFixes(text: string, messages: readonly LintMessage[], kinds: readonly FixKind[]): { output: string; applied: number } {
  const fixes = messages
    .map((m) => chosenFix(m, kinds))
    .filter((f): f is Fix => f !== undefined && isNoOpFree(text, f))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const parts: string[] = [];
  let cursor = 0;
  let applied = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    // As in ESLint, a fix that overlaps or touches the previous one waits for the next
    // pass, which sees the text after the first: two neighbouring line removals would
    // otherwise each keep "their" blank line and leave a double one behind.
    if (applied > 0 && start <= cursor) continue;
    parts.push(text.slice(cursor, start), fix.text);
    cursor = end;
    applied++;
  }
  parts.push(text.slice(cursor));
  return { output: applied ? parts.join('') : text, applied };
}

function isNoOpFree(text: string, fix: Fix): boolean {
  const [a, b] = fix.range;
  return a >= 0 && b >= a && b <= text.length && text.slice(a, b) !== fix.text;
}

/**
 * Lints, fixes, re-lints until stable. `lint` is called on each new text; the
 * messages of the final text are returned with it.
 */
export async function fixUntilStable(
  text: string,
  lint: (text: string) => Promise<LintMessage[]> | LintMessage[],
  kinds: readonly FixKind[],
): Promise<{ output: string; messages: LintMessage[]; passes: number; fixed: boolean }> {
  let current = text;
  let messages = await lint(current);
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const { output, applied } = applyFixes(current, messages, kinds);
    if (!applied || output === current) break;
    passes++;
    current = output;
    messages = await lint(current);
  }
  return { output: current, messages, passes, fixed: current !== text };
}
