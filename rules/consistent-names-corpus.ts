/**
 * @module consistent-names-corpus
 * Forbids one name spelled two ways across the articles of a run: "Al Akhbar"
 * in one article and "Al-Akhbar" in another. It compares spellings that share
 * a key once case, diacritics, hyphens and spaces are folded away (the same
 * test as `consistent-names`; respellings such as Burns/Byrne are not compared
 * across articles, where they are usually different people). A spelling used
 * two ways inside one article is left to `consistent-names`.
 *
 * Off in `articlelint:recommended`: a scraped corpus mixes publishers whose
 * house styles legitimately differ ("Al Akhbar" / "Al-Akhbar"), and the first
 * pass reads every file twice. Turn it on for a corpus that should follow one
 * style guide: `rules: { "consistent-names-corpus": "warn" }`.
 *
 * @example Invalid
 *   a.txt: The Lebanese daily Al Akhbar reported the talks.
 *   b.txt: The Lebanese newspaper "Al-Akhbar" reported the talks.
 * @example Valid
 *   a.txt: The Lebanese daily Al-Akhbar reported the talks.
 *   b.txt: Al-Akhbar said the delegation left Cairo.
 *
 * Fix (suggestion): writes the spelling used most across the corpus (then the
 * one of the first file by path).
 */
import type { DocumentView, Rule } from '../src/rule-kit/index.js';
import { acceptableVariant, analyze, compareForm, partsOf } from './lib/names/cluster.js';
import { readNamesConfig } from './lib/names/config.js';
import { hasDiacritics } from './lib/names/text.js';
import { quote, replacementText } from './lib/names/format.js';

/** key -> spelling -> [occurrences, first file by path]. */
export interface NamesSummary {
  v: 1;
  names: Record<string, Record<string, [number, string]>>;
}

/** Spellings that can vary by separators or case inside: several words, diacritics, inner capitals. */
function variable(compare: string): boolean {
  return /[\s\-]/.test(compare) || hasDiacritics(compare) || /.\p{Lu}/u.test(compare) || compare.includes("'");
}

function documentForms(doc: DocumentView) {
  return analyze(doc).eligible.map((mention) => ({ mention, compare: compareForm(mention.parts, mention.seps, mention.initial) }));
}

const empty = (): NamesSummary => ({ v: 1, names: {} });

const rule: Rule<Record<string, unknown>, NamesSummary> = {
  meta: {
    id: 'consistent-names-corpus',
    description: 'Disallow one name spelled two ways across the articles of a run.',
    category: 'names',
    severity: 'warn',
    recommended: false,
    fixable: 'suggestion',
    messages: {
      corpusVariant: '"{{text}}" (line {{line}}) is written "{{best}}" elsewhere in the corpus ({{occurrences}}, first in {{file}}): same name spelled two ways?',
    },
    docs: 'rules/consistent-names-corpus.ts',
  },
  corpus: {
    collect(doc) {
      const out = empty();
      for (const { mention, compare } of documentForms(doc)) {
        // "Al-Akhbar" opening a sentence may be "al-Akhbar" elsewhere: its case says nothing.
        if (!variable(compare) || (mention.initial && compare !== mention.display)) continue;
        const forms = (out.names[mention.key] ??= {});
        const entry = forms[compare];
        if (entry) entry[0]++;
        else forms[compare] = [1, doc.relativePath];
      }
      return out;
    },
    merge(a, b) {
      const out = empty();
      for (const side of [a, b]) {
        for (const [key, forms] of Object.entries(side?.names ?? {})) {
          const target = (out.names[key] ??= {});
          for (const [compare, [count, file]] of Object.entries(forms)) {
            const prev = target[compare];
            target[compare] = prev ? [prev[0] + count, prev[1] <= file ? prev[1] : file] : [count, file];
          }
        }
      }
      return out;
    },
    empty,
  },
  check(ctx) {
    const summary = ctx.corpus;
    if (!summary?.names) return;
    const config = readNamesConfig(ctx.settings);
    const analysis = analyze(ctx.doc);
    for (const { mention, compare } of documentForms(ctx.doc)) {
      const stored = summary.names[mention.key];
      if (!stored || config.ignore.has(mention.key)) continue;
      // Two spellings inside this article: consistent-names reports them.
      if (analysis.variedKeys.has(mention.key)) continue;
      const same = (c: string) => c === compare || (mention.initial && c.slice(1) === compare.slice(1));
      const variants = Object.entries(stored).filter(([c]) => !same(c) && acceptableVariant(mention, { parts: partsOf(c) }, mention.initial));
      if (!variants.length) continue;
      const own = Object.entries(stored).filter(([c]) => same(c));
      const all: Array<[string, [number, string]]> = [...variants, ...(own.length ? own : [[compare, [1, ctx.doc.relativePath]] as [string, [number, string]]])];
      all.sort(([ca, [na, fa]], [cb, [nb, fb]]) => nb - na || (fa < fb ? -1 : fa > fb ? 1 : 0) || (ca < cb ? -1 : ca > cb ? 1 : 0));
      const [bestCompare, [bestCount, bestFile]] = all[0]!;
      if (same(bestCompare)) continue;
      const text = replacementText({ initial: mention.initial }, bestCompare);
      const line = ctx.doc.lineAt(mention.start) + 1;
      ctx.report({
        messageId: 'corpusVariant',
        data: { text: mention.display, line, best: bestCompare, occurrences: `${bestCount} time${bestCount === 1 ? '' : 's'}`, file: bestFile },
        start: mention.start,
        end: mention.end,
        suggestions: [{ desc: `Write ${quote(text)}.`, fix: { range: [mention.start, mention.end], text } }],
      });
    }
  },
};

export default rule;
