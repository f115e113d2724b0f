/** ESLint's `compact` layout: one line per message. */
import type { Formatter } from './types.js';

const compact: Formatter = (results) => {
  const lines: string[] = [];
  let total = 0;
  for (const r of results) {
    for (const m of r.messages) {
      total++;
      const where = m.line !== undefined ? `line ${m.line}, col ${m.column}, ` : '';
      const sev = m.severity === 2 ? 'Error' : 'Warning';
      lines.push(`${r.filePath}: ${where}${sev} - ${m.reason.replace(/\s*\n\s*/g, ' ')}${m.ruleId ? ` (${m.ruleId})` : ''}`);
    }
  }
  if (total) lines.push('', `${total} problem${total === 1 ? '' : 's'}`);
  return lines.join('\n') + (lines.length ? '\n' : '');
};

export default compact;
