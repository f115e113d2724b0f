/**
 * Rules whose code is loaded on first use. The bundle's built-in registry (scripts/bundle.mjs)
 * lists every rule's `meta`, written as JSON at build time, and imports the rule modules only
 * when a document is linted or summarised or summaries are merged: a warm `--cache` run, `--help`,
 * `--print-config` and the main thread of a run in worker threads never load them.
 */
import type { CorpusHooks, Rule, RuleMeta } from '../types.js';

/** A rule's entry in a lazy registry: its meta and whether it has corpus hooks. */
export interface LazyRuleEntry {
  meta: RuleMeta;
  corpus: boolean;
}

// Registered, so a registry made by another copy of this module (the bundle's) is recognised too.
const LOAD = Symbol.for('articlelint.loadRuleCode');
type LazyRule = Rule & { [LOAD]?: () => Promise<void> | undefined };

/** Rules with these metas whose `check` and `corpus` hooks call the rules `load` gives, once loaded. */
export function lazyRules(entries: readonly LazyRuleEntry[], load: () => Promise<{ rules: readonly Rule[] }>): Rule[] {
  let code: Map<string, Rule> | undefined;
  let loading: Promise<void> | undefined;
  const ensure = () => (code ? undefined : (loading ??= load().then((m) => void (code = new Map(m.rules.map((r) => [r.meta.id, r]))))));
  const real = (id: string): Rule => {
    const rule = code?.get(id);
    if (!rule) throw new Error(`internal: rule "${id}" ran before its code was loaded (loadRuleCode)`);
    return rule;
  };
  return entries.map(({ meta, corpus }) => {
    const id = meta.id;
    const rule: LazyRule = { meta, check: (context) => real(id).check(context), [LOAD]: ensure };
    if (corpus) {
      const hooks = (): CorpusHooks<unknown> => real(id).corpus!;
      rule.corpus = { collect: (doc, options) => hooks().collect(doc, options), merge: (a, b) => hooks().merge(a, b), empty: () => hooks().empty() };
    }
    return rule;
  });
}

/** Loads the code of the lazy rules among `rules` (ordinary rules need nothing); cheap once loaded. */
export async function loadRuleCode(rules: Iterable<Rule>): Promise<void> {
  for (const rule of rules) {
    const pending = (rule as LazyRule)[LOAD]?.();
    if (pending) await pending;
  }
}
