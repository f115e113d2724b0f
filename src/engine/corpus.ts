/**
 * The corpus-wide first pass, in map/merge/check shape: each document yields a
 * summary per corpus rule (map), summaries merge associatively and
 * commutatively (so shards, workers and machines may merge in any order), and
 * rules check each document against the merged summary. Summaries are plain
 * JSON so they can be written to disk and combined elsewhere.
 */
import type { ActiveRule, CorpusSummary, DocumentView, Rule } from '../types.js';

export type { CorpusSummary };
export const SUMMARY_KIND: CorpusSummary['kind'] = 'articlelint-corpus-summary';
export const SUMMARY_VERSION: CorpusSummary['version'] = 1;

export function emptySummary(): CorpusSummary {
  return { kind: SUMMARY_KIND, version: SUMMARY_VERSION, documents: 0, rules: {} };
}

/** Map: the summary of one document. */
export function collectDocument(doc: DocumentView, rules: readonly ActiveRule[]): CorpusSummary {
  const summary = emptySummary();
  summary.documents = 1;
  for (const { rule, options } of rules) {
    if (rule.corpus) summary.rules[rule.meta.id] = rule.corpus.collect(doc, options);
  }
  return summary;
}

/** Merge: associative and commutative. */
export function mergeSummaries(a: CorpusSummary, b: CorpusSummary, registry: ReadonlyMap<string, Rule>): CorpusSummary {
  const out = emptySummary();
  out.documents = a.documents + b.documents;
  const ids = new Set([...Object.keys(a.rules), ...Object.keys(b.rules)]);
  for (const id of [...ids].sort()) {
    const hooks = registry.get(id)?.corpus;
    if (!hooks) continue;
    const left = id in a.rules ? a.rules[id] : hooks.empty();
    const right = id in b.rules ? b.rules[id] : hooks.empty();
    out.rules[id] = hooks.merge(left, right);
  }
  return out;
}

export function isCorpusSummary(value: unknown): value is CorpusSummary {
  const v = value as CorpusSummary;
  return !!v && v.kind === SUMMARY_KIND && v.version === SUMMARY_VERSION && typeof v.rules === 'object' && typeof v.documents === 'number';
}

/**
 * Merges many summaries in a balanced way (a binary counter of partial
 * merges), so merging n documents costs O(n log n) rather than folding each
 * document into one ever-growing summary, and holds only O(log n) partials.
 */
export class SummaryAccumulator {
  private readonly levels: (CorpusSummary | undefined)[] = [];

  constructor(private readonly registry: ReadonlyMap<string, Rule>) {}

  add(summary: CorpusSummary): void {
    let carry = summary;
    for (let i = 0; ; i++) {
      const here = this.levels[i];
      if (!here) {
        this.levels[i] = carry;
        return;
      }
      carry = mergeSummaries(here, carry, this.registry);
      this.levels[i] = undefined;
    }
  }

  result(): CorpusSummary {
    return this.levels.reduce<CorpusSummary>((acc, s) => (s ? mergeSummaries(s, acc, this.registry) : acc), emptySummary());
  }
}
