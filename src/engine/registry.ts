/**
 * The rules the host is handed. A registry module exports `rules`, an array of
 * rules (rules/index.ts is the built-in one); the host loads it by module path
 * at run time, so no engine module imports a rule, and a worker thread loads
 * the same registry from the path it is given.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import type { Rule, RuleRegistry } from '../types.js';

/** The built-in registry, rules/index.ts, relative to this module in the source tree and in dist/. */
export const BUILTIN_RULES_MODULE = new URL('../../rules/index.js', import.meta.url).href;

/** The registry of a list of rules; ids must be unique. */
export function registryOf(rules: readonly Rule[]): RuleRegistry {
  const registry = new Map<string, Rule>();
  for (const rule of rules) {
    if (registry.has(rule.meta.id)) throw new UsageError(`two rules have the id "${rule.meta.id}"`);
    registry.set(rule.meta.id, rule);
  }
  return registry;
}

const loaded = new Map<string, Promise<RuleRegistry>>();

/** Loads a registry module (a file URL or a path), once per module. */
export function loadRegistry(module: string = BUILTIN_RULES_MODULE): Promise<RuleRegistry> {
  const url = /^[a-z][a-z0-9+.-]*:/i.test(module) && !/^[a-z]:[\\/]/i.test(module) ? module : pathToFileURL(path.resolve(module)).href;
  let registry = loaded.get(url);
  if (!registry) {
    registry = import(url).then((exports: { rules?: unknown }) => {
      const rules = exports.rules;
      if (!Array.isArray(rules) || !rules.every((r) => typeof r?.meta?.id === 'string' && typeof r.check === 'function')) {
        throw new UsageError(`${module}: a rules module must export "rules", an array of rules`);
      }
      return registryOf(rules as Rule[]);
    });
    loaded.set(url, registry);
  }
  return registry;
}
