/** Validation of config objects: shape by JSON Schema, rule ids and options by each rule's meta. */
import { closest, distance } from 'fastest-levenshtein';
import { configSchema } from './schema.js';
import { ConfigError } from '../errors.js';
import type { Rule, SeverityLevel } from '../types.js';

type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; keyword: string; params: unknown }[] | null };
interface AjvLike {
  compile(schema: object): Validator;
}

// ajv is loaded on first use (a config with options to check), not at start-up.
let ajv: AjvLike | undefined;
let validateShape: Validator | undefined;
const optionValidators = new WeakMap<Rule, Validator>();

export async function loadValidator(): Promise<void> {
  if (ajv) return;
  const mod = (await import('ajv')) as unknown as { default: { default?: new (o: object) => AjvLike } & (new (o: object) => AjvLike) };
  const Ajv = mod.default.default ?? mod.default;
  ajv = new Ajv({ allErrors: false, strict: false, useDefaults: false });
  validateShape = ajv.compile(configSchema);
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
    throw new ConfigError(file, where ? `${key}.${where}` : key, `bad option: ${e?.message ?? 'invalid'}`);
  }
}

export function validateConfig(raw: unknown, file: string, registry: ReadonlyMap<string, Rule>): RawConfig {
  const shape = need(validateShape);
  if (!shape(raw)) {
    const e = shape.errors?.[0];
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
