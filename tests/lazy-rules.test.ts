/** Rules whose code loads on first use (src/engine/lazy-rules.ts), and the bundle's registry built on them. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules as builtin } from '../src/api.js';
import type { FileConfig } from '../src/config/load.js';
import { mergeSummaries } from '../src/engine/corpus.js';
import { lazyRules, loadRuleCode } from '../src/engine/lazy-rules.js';
import { lintSource, summarizeSource } from '../src/engine/lint.js';
import type { Rule } from '../src/types.js';
import { requireBuiltCli, setupOnce } from './workflow/helpers.js';

const ARTICLE = 'Skip to content\n\nThe the delegation arrived on Sunday. The talks in Cairo went on until late.\n\nShare this article\n';

function configOf(rules: readonly Rule[]): FileConfig {
  return {
    rules: rules.filter((r) => r.meta.recommended || r.corpus).map((rule) => ({ rule, severity: 2, options: { ...(rule.meta.defaultOptions ?? {}) } })),
    settings: {},
    configFile: undefined,
    ruleEntries: {},
  };
}

function lazyCopy() {
  let loads = 0;
  const rules = lazyRules(
    builtin.map((r) => ({ meta: r.meta, corpus: !!r.corpus })),
    async () => {
      loads++;
      return { rules: builtin };
    },
  );
  return { rules, loads: () => loads };
}

const plain = (result: Awaited<ReturnType<typeof lintSource>>) => result.messages.map((m) => [m.ruleId, m.message, m.line, m.column, m.fix]);

describe('lazy rules', () => {
  it('refuse to run before their code is loaded, and load it once however often they are asked', async () => {
    const { rules, loads } = lazyCopy();
    const doc = { text: 'x', lines: [] } as never;
    expect(() => rules[0]!.check({ doc, options: {}, settings: {}, report: () => undefined, findings: () => [] })).toThrow(/before its code was loaded/);
    await Promise.all([loadRuleCode(rules), loadRuleCode(rules.slice(3))]);
    await loadRuleCode(rules);
    expect(loads()).toBe(1);
  });
  it('lint, summarise and merge exactly as the rules they stand for', async () => {
    const { rules } = lazyCopy();
    const lazyConfig = configOf(rules);
    const realConfig = configOf(builtin);
    // lintSource loads the code itself.
    const lazy = await lintSource(ARTICLE, '/tmp/a.txt', { config: lazyConfig });
    const real = await lintSource(ARTICLE, '/tmp/a.txt', { config: realConfig });
    expect(plain(lazy).length).toBeGreaterThan(1);
    expect(plain(lazy)).toEqual(plain(real));
    const fixed = await lintSource(ARTICLE, '/tmp/a.txt', { config: lazyConfig, fixKinds: ['safe'] });
    expect(fixed.output).not.toBe(undefined);
    expect(fixed.output).toBe((await lintSource(ARTICLE, '/tmp/a.txt', { config: realConfig, fixKinds: ['safe'] })).output);
    const registryOf = (list: readonly Rule[]) => new Map(list.map((r) => [r.meta.id, r]));
    const a = (await summarizeSource(ARTICLE, '/tmp/a.txt', lazyConfig, {}))!;
    const b = (await summarizeSource(ARTICLE, '/tmp/a.txt', realConfig, {}))!;
    expect(a).toEqual(b);
    expect(mergeSummaries(a, a, registryOf(rules))).toEqual(mergeSummaries(b, b, registryOf(builtin)));
  });
});

const ready = setupOnce(() => requireBuiltCli());

describe('the bundle registry', () => {
  it('lists the metas of rules/index.ts in its order, with corpus hooks where they have them, and lints as they do', async () => {
    ready();
    const bundled = (await import(pathToFileURL(path.resolve('dist/bundle/rules.mjs')).href)) as { rules: Rule[] };
    expect(bundled.rules.map((r) => r.meta)).toEqual(builtin.map((r) => r.meta));
    expect(bundled.rules.map((r) => !!r.corpus)).toEqual(builtin.map((r) => !!r.corpus));
    await loadRuleCode(bundled.rules);
    const fromBundle = await lintSource(ARTICLE, '/tmp/a.txt', { config: configOf(bundled.rules) });
    expect(plain(fromBundle)).toEqual(plain(await lintSource(ARTICLE, '/tmp/a.txt', { config: configOf(builtin) })));
  });
});
