/** ESLint's `stylish` layout: messages grouped by file, then a summary line. */
import type { Formatter } from './types.js';
import { palette } from './colors.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A message on one row: line breaks become spaces; never shortened (the reader needs all of it). */
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

const stylish: Formatter = (results, { color }) => {
  const c = palette(color);
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  const out: string[] = [];
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    fixableErrors += r.fixableErrorCount;
    fixableWarnings += r.fixableWarningCount;
    if (!r.messages.length) continue;
    const rows = r.messages.map((m) => [
      m.line !== undefined ? `${m.line}:${m.column}` : '0:0',
      m.severity === 2 ? 'error' : 'warning',
      oneLine(m.reason),
      m.ruleId ?? '',
    ]);
    const w0 = Math.max(...rows.map((row) => row[0]!.length));
    const w2 = Math.min(120, Math.max(...rows.map((row) => row[2]!.length)));
    out.push(c.underline(r.filePath));
    for (const [place, sev, text, rule] of rows) {
      const sevText = sev === 'error' ? c.red(sev.padEnd(7)) : c.yellow(sev.padEnd(7));
      out.push(`  ${c.dim(place!.padEnd(w0))}  ${sevText}  ${text!.padEnd(w2)}  ${c.dim(rule!)}`.trimEnd());
    }
    out.push('');
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out.push(c.bold(errors ? c.red(summary) : c.yellow(summary)));
  if (fixableErrors || fixableWarnings) {
    out.push(
      c.bold(
        (errors ? c.red : c.yellow)(
          `  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
        ),
      ),
    );
  }
  return `\n${out.join('\n')}\n`;
};

export default stylish;
