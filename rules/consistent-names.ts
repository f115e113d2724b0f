/**
 * @module consistent-names
 * Forbids one person, place or organisation spelled two ways in an article:
 * hyphen or space ("Al-Aqsa" / "Al Aqsa"), case inside a name ("Mosque" /
 * "mosque"), diacritics ("Kühn" / "Kuhn"), a small respelling that sounds
 * the same ("Ismail Haniyeh" / "Ismail Haniya"), or a surname used alone that
 * matches no introduced person but sounds like one ("William Burns" ... "Byrne").
 * Different people sharing a name, similar but distinct names (Iran / Iraq),
 * a name inside a longer one (Gaza / Gaza Strip) and quoted titles are left alone.
 *
 * @example Invalid
 *   CIA Director William Burns flew to Cairo. Byrne's presence was noted.
 * @example Valid
 *   John Smith and Jane Smith met in Iran; Smith later flew to Iraq.
 *
 * Fix: a suggestion to write the dominant spelling (most used, then first
 * used); a safe fix when the config's `names.canonical` lists the variant.
 * Details, figures and config: docs/names.md.
 */
import type { Rule, RuleContext } from '../src/rule-kit/index.js';
import { analyze, type Analysis, type Cluster, type Form, type Occurrence } from './lib/names/cluster.js';
import { readNamesConfig, type NamesConfig } from './lib/names/config.js';
import { nameKey } from './lib/names/text.js';
import { quote, replacementText } from './lib/names/format.js';

/** The preferred form: canonical if configured, else most used, then first used. */
export function dominant(forms: readonly Form[], config: NamesConfig): { form: Form; safe: boolean } {
  const canonical = forms.find((f) => config.canonicalTexts.has(f.text));
  if (canonical) return { form: canonical, safe: true };
  let best = forms[0]!;
  for (const f of forms) {
    const d = f.occurrences.length - best.occurrences.length;
    if (d > 0 || (d === 0 && f.occurrences[0]!.start < best.occurrences[0]!.start)) best = f;
  }
  return { form: best, safe: false };
}

function reportCanonical(ctx: RuleContext, config: NamesConfig, taken: Array<[number, number]>): void {
  const { doc } = ctx;
  for (const [variant, { canonical, replacement, pattern }] of config.variants) {
    if (variant === replacement) continue;
    for (const m of doc.text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!doc.isProse(start, end)) continue;
      taken.push([start, end]);
      ctx.report({
        messageId: 'configuredVariant',
        data: { text: m[0], line: doc.lineAt(start) + 1, canonical, replacement },
        start,
        end,
        fix: { range: [start, end], text: replacement },
      });
    }
  }
}

const overlaps = (taken: ReadonlyArray<[number, number]>, s: number, e: number) => taken.some(([a, b]) => s < b && a < e);

export function reportClusters(ctx: RuleContext, clusters: readonly Cluster[], config: NamesConfig, taken: Array<[number, number]>): void {
  // Longer names first, so "Al Aqsa mosque" is reported once, not again as "Al Aqsa".
  const ordered = [...clusters].sort((a, b) => longest(b) - longest(a));
  for (const cluster of ordered) {
    const forms = cluster.forms.filter((f) => !config.ignore.has(nameKey(f.text)) && !config.ignore.has(nameKey(f.occurrences[0]!.label)));
    if (forms.length < 2) continue;
    const { form: best, safe } = dominant(forms, config);
    const noun = cluster.kind === 'surname' ? 'person' : 'name';
    for (const form of forms) {
      if (form === best) continue;
      const others = [best, ...forms.filter((f) => f !== best && f !== form)];
      const seenAt = others.map((f) => `${quote(f.occurrences[0]!.label)} (line ${f.occurrences[0]!.line})`).join(' and ');
      for (const occ of form.occurrences) {
        if (overlaps(taken, occ.start, occ.end)) continue;
        taken.push([occ.start, occ.end]);
        const text = replacementText(occ, best.text);
        const fix = { range: [occ.start, occ.end] as [number, number], text };
        ctx.report({
          messageId: 'variant',
          data: { text: occ.text, line: occ.line, seenAt, noun },
          start: occ.start,
          end: occ.end,
          ...(safe ? { fix } : { suggestions: [{ desc: `Write ${quote(text)}.`, fix }] }),
        });
      }
    }
  }
}

/** Spans of ignored names (mentions and found spellings), and so of every name inside them. */
export function ignoredSpans(analysis: Analysis, config: NamesConfig): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of analysis.mentions) if (config.ignore.has(m.key)) spans.push([m.start, m.end]);
  for (const c of analysis.clusters) {
    for (const f of c.forms) for (const o of f.occurrences) if (config.ignore.has(nameKey(o.text))) spans.push([o.start, o.end]);
  }
  return spans;
}

function longest(c: Cluster): number {
  return Math.max(...c.forms.map((f) => f.text.length));
}

const rule: Rule = {
  meta: {
    id: 'consistent-names',
    description: 'Disallow one person, place or organisation spelled two ways in an article.',
    category: 'names',
    severity: 'warn',
    recommended: true,
    fixable: 'both',
    messages: {
      configuredVariant: '"{{text}}" (line {{line}}) is a configured variant of "{{canonical}}": write "{{replacement}}".',
      variant: '"{{text}}" (line {{line}}) looks like {{seenAt}}: same {{noun}} spelled two ways?',
    },
    docs: 'rules/consistent-names.ts',
  },
  check(ctx) {
    const config = readNamesConfig(ctx.settings);
    const analysis = analyze(ctx.doc);
    const taken: Array<[number, number]> = config.ignore.size ? ignoredSpans(analysis, config) : [];
    if (config.variants.size) reportCanonical(ctx, config, taken);
    reportClusters(ctx, analysis.clusters, config, taken);
  },
};

export default rule;
