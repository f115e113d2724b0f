/** Validation of config objects: shape by JSON Schema, rule ids and options by each rule's meta. */
import { closest, distance } from 'fastest-levenshtein';
import { ConfigError } from '../errors.js';
import type { Rule, SeverityLevel } from '../types.js';
import { loadAjv, type AjvLike, type Validator } from './ajv.js';
import { shapeValidator } from './shape-validator.js';

let ajv: AjvLike | undefined;
let validateShape: Validator | undefined;
const optionValidators = new WeakMap<Rule, Validator>();

/**
 * Prepares validation of `config` (without it: of any config), and of its shape unless `shape`
 * is false. ajv is loaded only when a rule entry carries options: a config of severities needs
 * no JSON Schema compiler (and in the bundle its shape validator is precompiled).
 */
export async function loadValidator(config?: unknown, shape = true): Promise<void> {
  if (shape) validateShape ??= await shapeValidator();
  if (!ajv && (config === undefined || hasRuleOptions(config))) ajv = await loadAjv();
}

/** Whether a config (or a `rules` map alone) has a rule entry with options, i.e. one ajv must check. */
function hasRuleOptions(config: unknown): boolean {
  const values = (o: unknown): unknown[] => (o && typeof o === 'object' ? Object.values(o) : []);
  const { rules, overrides } = (config ?? {}) as { rules?: unknown; overrides?: unknown };
  const maps = [rules, ...(Array.isArray(overrides) ? overrides.map((o) => (o as { rules?: unknown } | null)?.rules) : [])];
  return maps.some((map) => values(map).some((entry) => Array.isArray(entry) && entry.length > 1));
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('internal: call loadValidator() before validating');
  return value;
}

export type RuleEntry = SeverityLike | [SeverityLike, Record<string, unknown>?];
type SeverityLike = 'off' | 'warn' | 'error' | 0 | 1 | 2;

export interface RawConfig {
  $schema?: string;
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  overrides?: { files: string[]; excludedFiles?: string[]; rules?: Record<string, RuleEntry> }[];
  ignorePatterns?: string[];
  settings?: Record<string, unknown>;
}

export function toLevel(value: unknown): SeverityLevel | undefined {
  switch (value) {
    case 'off': case 0: return 0;
    case 'warn': case 1: return 1;
    case 'error': case 2: return 2;
    default: return undefined;
  }
}

function suggestRule(id: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const best = closest(id, known as string[]);
  return distance(id, best) <= Math.max(3, id.length / 3) ? ` (did you mean "${best}"?)` : '';
}

export function validateRuleEntries(
  rules: Record<string, unknown> | undefined,
  registry: ReadonlyMap<string, Rule>,
  file: string,
  keyPrefix: string,
): void {
  for (const [id, entry] of Object.entries(rules ?? {})) {
    const key = `${keyPrefix}.${id}`;
    const rule = registry.get(id);
    if (!rule) throw new ConfigError(file, key, `unknown rule "${id}"${suggestRule(id, [...registry.keys()])}`);
    const [sev, options] = Array.isArray(entry) ? entry : [entry, undefined];
    if (toLevel(sev) === undefined) {
      throw new ConfigError(file, key, `bad severity ${JSON.stringify(sev)} (use "off", "warn" or "error")`);
    }
    if (options !== undefined) validateRuleOptions(rule, options, file, key);
  }
}

export function validateRuleOptions(rule: Rule, options: unknown, file: string, key: string): void {
  if (!rule.meta.schema) {
    if (options && typeof options === 'object' && Object.keys(options).length > 0) {
      throw new ConfigError(file, key, `rule "${rule.meta.id}" takes no options`);
    }
    return;
  }
  let validate = optionValidators.get(rule);
  if (!validate) {
    validate = need(ajv).compile(rule.meta.schema);
    optionValidators.set(rule, validate);
  }
  if (!validate(options)) {
    const e = validate.errors?.[0];
    const where = e?.instancePath ? e.instancePath.replace(/^\//, '').replace(/\//g, '.') : '';
    throw new ConfigError(file, where ? `${key}.${where}` : key, optionProblem(rule, e));
  }
}

/** ajv's first error about a rule's options, naming the key a person typed. */
function optionProblem(rule: Rule, e: NonNullable<Validator['errors']>[number] | undefined): string {
  const unknown = e?.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : undefined;
  if (unknown === undefined) return `bad option: ${e?.message ?? 'invalid'}`;
  const known = Object.keys((rule.meta.schema?.properties as Record<string, unknown> | undefined) ?? {});
  const hint = known.length ? suggestRule(unknown, known).replace(/^ \(|\)$/g, '') : '';
  return `unknown option "${unknown}"${hint ? `; ${hint}` : ''}${known.length ? ` (options: ${known.join(', ')})` : ''}`;
}

/** A rule entry the schema refused: rules.<id> or overrides[i].rules.<id>. */
const RULE_ENTRY_PATH = /^\/(?:overrides\/(\d+)\/)?rules\/([^/]+)/;

export function validateConfig(raw: unknown, file: string, registry: ReadonlyMap<string, Rule>): RawConfig {
  const shape = need(validateShape);
  if (!shape(raw)) {
    const e = shape.errors?.[0];
    // A bad rule entry gets the message --rule gives (severity, options), not the schema's.
    const entry = RULE_ENTRY_PATH.exec(e?.instancePath ?? '');
    if (entry) {
      const config = raw as RawConfig;
      const id = decodeURIComponent(entry[2]!.replace(/~1/g, '/').replace(/~0/g, '~'));
      const rules = entry[1] === undefined ? config.rules : config.overrides?.[Number(entry[1])]?.rules;
      validateRuleEntries({ [id]: rules?.[id] }, registry, file, entry[1] === undefined ? 'rules' : `overrides[${entry[1]}].rules`);
    }
    const path = e?.instancePath ? e.instancePath.replace(/^\//, '').replace(/\//g, '.') : '';
    const key = e?.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : undefined;
    // The consistent-names rules' config was a top-level key; it is a setting like any other rule's.
    const hint = key === 'names' && !path ? ' (write it as "settings": { "names": … })' : '';
    throw new ConfigError(file, path, `${e?.message ?? 'invalid config'}${key ? ` "${key}"` : ''}${hint}`);
  }
  const config = raw as RawConfig;
  validateRuleEntries(config.rules, registry, file, 'rules');
  config.overrides?.forEach((o, i) => validateRuleEntries(o.rules, registry, file, `overrides[${i}].rules`));
  return config;
}
