/**
 * GitHub Actions workflow commands, one per message:
 *
 *   ::error file=seeds/a.txt,line=1,endLine=1,col=1,endColumn=16,title=no-skip-link::Skip link …
 *
 * GitHub turns them into annotations on the run and on the pull request's diff.
 * Escaping follows the runner's command parser (actions/toolkit `command.ts`):
 * in the message `%`, CR and LF; in property values also `:` and `,`.
 */
import type { Formatter } from './types.js';
import { relativePath, severityName, spanOf } from './util.js';

/** Escapes the data part (after `::`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (`file=…`, `title=…`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = relativePath(r.filePath, cwd);
    for (const m of r.messages) {
      const props: [string, string | number][] = [['file', file]];
      const span = spanOf(m);
      if (span) {
        props.push(['line', span.line]);
        if (span.endLine !== undefined) props.push(['endLine', span.endLine]);
        props.push(['col', span.column]);
        if (span.endColumn !== undefined) props.push(['endColumn', span.endColumn]);
      }
      props.push(['title', m.ruleId ?? 'articlelint']);
      const propText = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      lines.push(`::${severityName(m)} ${propText}::${escapeData(m.reason)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

export default github;
