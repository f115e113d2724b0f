/** Built-in presets, derived from each rule's metadata. */
import type { Rule } from '../types.js';
import type { RuleEntry } from './validate.js';

export const PRESET_PREFIX = 'articlelint:';

export function presetRules(name: string, rules: readonly Rule[]): Record<string, RuleEntry> | undefined {
  switch (name) {
    case 'articlelint:recommended':
      return Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.recommended ? r.meta.severity : 'off']));
    case 'articlelint:all':
      return Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.severity]));
    default:
      return undefined;
  }
}
