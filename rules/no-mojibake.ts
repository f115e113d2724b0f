/**
 * @module no-mojibake
 * Forbids mojibake: UTF-8 text that was decoded with a single-byte code page
 * (windows-1252/latin-1, -1250, -1251, -1253, -1254, -1257, -874, -1256,
 * ISO-8859-2, KOI8-R, MacRoman, CP437, their "sloppy" variants), in whole
 * lines or in parts of them, also when damaged more than once, when an A0
 * byte became a space (`Ã  la`), when an emoji went through CESU-8
 * (`í ½í¸…`) or when the last byte was lost (`â€œreformâ€`). One finding per
 * line and repair plan; `data.plan` lists the decode steps (as ftfy's
 * `fix_and_explain`), `data.encoding` the code page the text was read with.
 *
 * @example Invalid
 *   β€œThe American plan is designed…   (UTF-8 read as windows-1253)
 *   Iâ€™m sure the Ã©tÃ© will be hot.   (UTF-8 read as windows-1252)
 *   Nous sommes allÃ©s Ã  la plage.   (the A0 of à became a space)
 * @example Valid
 *   SÃO PAULO — Η Αθήνα και η Μόσχα (Москва) έχουν «καλό» καιρό.
 *   Åke bor i Å; ÅRSTA™ and 10 Å— a unit.
 *
 * Fix (safe): the repair, when the repaired span and its neighbours are
 * clearly more plausible than the input (rules/lib/encoding/badness.ts); a
 * repair that only reduces the damage is a suggestion (`guess`). A restored
 * U+FFFD (`ï¿½`) is left to no-replacement-character.
 */
import type { Rule } from '../src/rule-kit/index.js';
import { describeCause, type MojibakeRepair } from './lib/encoding/mojibake.js';
import { documentMojibake, restoresReplacement, visible } from './lib/encoding/shared.js';

/** Longest shown span in a message. */
const SHOWN = 80;

const rule: Rule = {
  meta: {
    id: 'no-mojibake',
    description: 'Disallow UTF-8 text mis-decoded with a legacy code page (â€™, Ã©, β€œ, вЂњ).',
    category: 'encoding',
    severity: 'error',
    recommended: true,
    fixable: 'both',
    docs: 'rules/no-mojibake.ts',
    messages: {
      mojibake: 'Mojibake "{{original}}" should be "{{repaired}}" ({{cause}}).',
      guess: 'Likely mojibake "{{original}}": "{{repaired}}" if {{cause}}; check before replacing.',
    },
  },
  check({ doc, report }) {
    for (const group of byLineAndPlan(doc.text, documentMojibake(doc).filter((r) => !restoresReplacement(r)))) {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      let repaired = '';
      let cursor = first.start;
      for (const r of group) {
        repaired += doc.text.slice(cursor, r.start) + r.repaired;
        cursor = r.end;
      }
      const original = doc.text.slice(first.start, last.end);
      const fix = { range: [first.start, last.end] as [number, number], text: repaired };
      const data = {
        original: shorten(visible(original)),
        repaired: shorten(visible(repaired)),
        cause: describeCause(first.via),
        encoding: first.via[first.via.length - 1]!,
        plan: first.plan,
        runs: group.length,
      };
      if (first.safe) report({ messageId: 'mojibake', data, start: first.start, end: last.end, fix });
      else report({ messageId: 'guess', data, start: first.start, end: last.end, suggestions: [{ desc: `Replace with "${data.repaired}"`, fix }] });
    }
  },
};

/** Repairs of one line with the same plan and certainty, as one finding (a damaged line is one problem). */
function byLineAndPlan(text: string, repairs: readonly MojibakeRepair[]): MojibakeRepair[][] {
  const groups: MojibakeRepair[][] = [];
  for (const r of repairs) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (prev && prev.safe === r.safe && prev.plan.join() === r.plan.join() && !text.slice(prev.end, r.start).includes('\n')) group!.push(r);
    else groups.push([r]);
  }
  return groups;
}

function shorten(s: string): string {
  return s.length > SHOWN ? `${s.slice(0, SHOWN - 1)}…` : s;
}

export default rule;
