/**
 * Every rule articlelint ships. Sections are kept per category so that
 * rules of one kind stay together; order here is the order of `--list-rules`.
 */
import type { Rule } from '../src/types.js';

// --- residue ---
import noSkipLink from './no-skip-link.js';
// --- encoding ---
// --- sentences ---
import repeatedWords from './repeated-words.js';
// --- names ---
// --- style ---
import readability from './readability.js';

export const rules: readonly Rule[] = [
  // residue
  noSkipLink,
  // encoding
  // sentences
  repeatedWords,
  // names
  // style
  readability,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
