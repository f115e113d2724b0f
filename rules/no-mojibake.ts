/**
 * @module no-mojibake
 * Forbids mojibake: UTF-8 text that was decoded with a single-byte code page
 * (windows-1252/latin-1, -1251, -1250, -1253, -1254, MacRoman, CP437, also
 * "sloppy" variants and text damaged twice), in whole lines or in parts of
 * them. The message names the damaged span, its repair and the likely cause.
 *
 * @example Invalid
 *   β€œThe American plan is designed…   (UTF-8 read as windows-1253)
 *   Iâ€™m sure the Ã©tÃ© will be hot.   (UTF-8 read as windows-1252)
 * @example Valid
 *   SÃO PAULO — Η Αθήνα και η Μόσχα (Москва) έχουν «καλό» καιρό.
 *
 * Fix (safe): re-encodes the span with the code page and decodes it as UTF-8,
 * only when that is valid UTF-8 and leaves no improbable character sequence
 * around it; a repair that only reduces the damage is a suggestion.
 */
import type { Rule } from '../src/rule-kit/index.js';
import { describeCause } from './lib/encoding/mojibake.js';
import { documentMojibake, visible } from './lib/encoding/shared.js';

const rule: Rule = {
  meta: {
    id: 'no-mojibake',
    description: 'Disallow UTF-8 text mis-decoded with a legacy code page (â€™, Ã©, β€œ, вЂњ).',
    category: 'encoding',
    severity: 'error',
    recommended: true,
    fixable: 'both',
    docs: 'rules/no-mojibake.ts',
  },
  check({ doc, report }) {
    for (const r of documentMojibake(doc)) {
      const fix = { range: [r.start, r.end] as [number, number], text: r.repaired };
      const message = `Mojibake "${visible(r.original)}" should be "${visible(r.repaired)}" (${describeCause(r.via)}).`;
      if (r.safe) report({ message, start: r.start, end: r.end, fix });
      else report({ message, start: r.start, end: r.end, suggestions: [{ desc: `Replace with "${r.repaired}"`, fix }] });
    }
  },
};

export default rule;
