/**
 * The `names` config (`settings.names`): canonical spellings with their known
 * variants, and names to leave alone.
 *
 *   names: { canonical: { "Ismail Haniyeh": ["Haniya", "Haniye"] }, ignore: ["Hama"] }
 */
import { distance } from 'fastest-levenshtein';
import { nameKey } from './text.js';

export interface NamesConfig {
  /** Variant as written -> the spelling to write instead, and the pattern that finds the variant as a whole name. */
  variants: Map<string, { canonical: string; replacement: string; pattern: RegExp }>;
  /** Canonical names and their words, as written. */
  canonicalTexts: Set<string>;
  ignore: Set<string>;
}

/** Every document of a run shares one settings object: read it (and build its patterns) once. */
const read = new WeakMap<object, NamesConfig>();

export function readNamesConfig(settings: Readonly<Record<string, unknown>>): NamesConfig {
  let config = read.get(settings);
  if (!config) read.set(settings, (config = parseNamesConfig(settings)));
  return config;
}

function parseNamesConfig(settings: Readonly<Record<string, unknown>>): NamesConfig {
  const raw = (settings.names ?? {}) as { canonical?: unknown; ignore?: unknown };
  const variants = new Map<string, { canonical: string; replacement: string; pattern: RegExp }>();
  const canonicalTexts = new Set<string>();
  const ignore = new Set<string>();
  if (raw.canonical && typeof raw.canonical === 'object') {
    for (const [canonical, list] of Object.entries(raw.canonical as Record<string, unknown>)) {
      canonicalTexts.add(canonical);
      const canonicalWords = canonical.split(/\s+/).filter(Boolean);
      for (const w of canonicalWords) canonicalTexts.add(w);
      if (!Array.isArray(list)) continue;
      for (const v of list) {
        if (typeof v !== 'string' || !v.trim()) continue;
        const variant = v.trim();
        variants.set(variant, { canonical, replacement: replacementFor(variant, canonicalWords, canonical), pattern: wholeNamePattern(variant) });
      }
    }
  }
  if (Array.isArray(raw.ignore)) for (const v of raw.ignore) if (typeof v === 'string') ignore.add(nameKey(v));
  return { variants, canonicalTexts, ignore };
}

/** The variant with any spacing between its words, not inside a longer word or hyphenated name. */
function wholeNamePattern(variant: string): RegExp {
  const escaped = variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}\\-])${escaped}(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu');
}

/**
 * What replaces a variant: the whole canonical name when the variant has as
 * many words, else the canonical word closest to it ("Haniya" -> "Haniyeh"
 * for "Ismail Haniyeh").
 */
function replacementFor(variant: string, canonicalWords: string[], canonical: string): string {
  const vWords = variant.split(/\s+/);
  if (vWords.length === canonicalWords.length || vWords.length !== 1) return canonical;
  let best = canonicalWords[0] ?? canonical;
  let bestD = Infinity;
  for (const w of canonicalWords) {
    const d = distance(nameKey(w), nameKey(variant));
    if (d < bestD) {
      best = w;
      bestD = d;
    }
  }
  return best;
}
