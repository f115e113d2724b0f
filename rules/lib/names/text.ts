/**
 * String helpers for name consistency: folding (case, diacritics,
 * apostrophes), common-word and demonym tests, and the closeness test that
 * decides whether two spellings are one name (edit distance from
 * fastest-levenshtein AND sound from double-metaphone).
 */
import { daleChall } from 'dale-chall';
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';

/** Lowercase particles that may sit inside (or open) a name: "Osama bin Laden", "al-Sadr", "de Gaulle". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ul', 'bin', 'ibn', 'bint', 'abu', 'abou', 'ben', 'von', 'van', 'de', 'der', 'den', 'da', 'di', 'del',
  'della', 'du', 'des', 'dos', 'das', 'la', 'le', 'ter', 'ten', 'zu', 'af', 'bar',
]);

/** Courtesy titles dropped before a surname used alone ("Mr Byrne" is "Byrne"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'shaikh', 'rev', 'fr', 'mme', 'mlle', 'herr', 'frau',
]);

const COMMON: ReadonlySet<string> = new Set(daleChall.map((w) => w.toLowerCase()));

/**
 * Memoised pure string function (bounded: cleared when full). Names and
 * capitalised words repeat across articles, and lower-casing text that is
 * stored as two-byte strings (any article with a curly quote) is slow.
 */
export function memo(fn: (s: string) => string, max = 20_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      if (cache.size >= max) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}

/** Lowercase, without diacritics, with apostrophes unified (used to compare parts). */
export const foldPart: (s: string) => string = memo((s) => {
  if (/^[a-zA-Z]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .toLowerCase();
});

/** The spelling-insensitive key of a name: folded, without separators or apostrophes. */
export const nameKey: (s: string) => string = memo((s) => {
  if (/^[a-zA-Z]*$/.test(s)) return s.toLowerCase();
  return foldPart(s).replace(/[\s\-‐‑'’.]+/g, '');
});

/** Whether the text has letters outside ASCII that folding changes (diacritics). */
export function hasDiacritics(s: string): boolean {
  return s.normalize('NFD') !== s || /[^\x00-\x7f]/.test(s.normalize('NFD').replace(/\p{M}+/gu, ''));
}

/** A familiar English word (New Dale–Chall list, with simple plurals), lowercase input. */
export function isFamiliarWord(lower: string): boolean {
  if (COMMON.has(lower)) return true;
  if (lower.length > 3 && lower.endsWith('s')) {
    if (COMMON.has(lower.slice(0, -1))) return true;
    if (lower.endsWith('es') && COMMON.has(lower.slice(0, -2))) return true;
    if (lower.endsWith('ies') && COMMON.has(`${lower.slice(0, -3)}y`)) return true;
  }
  return false;
}

/**
 * Adjective-like proper words (demonyms and the like: Israeli, Egyptian,
 * Lebanese, British, Islamic, Western). A capitalised word of this shape
 * before a lowercase noun ("Israeli army") is not a name.
 */
export function isDemonymLike(lower: string): boolean {
  return /(?:i|ian|ean|ese|ish|an|ic|ch|ern|ist)$/.test(lower) && lower.length > 3;
}

const DERIVATION_SUFFIXES = ['s', 'es', "'s", 'i', 'is', 'n', 'an', 'ian', 'ese', 'ish', 'ns', 'ans', 'ites', 'ite', 'ic', 'y'];

/** "Israel"/"Israeli", "Gaza"/"Gazan", "Burn"/"Burns": one word derived from the other, not a respelling. */
export function isDerivation(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(short)) return false;
  return DERIVATION_SUFFIXES.includes(long.slice(short.length));
}

function phonetic(a: string, b: string): boolean {
  const [a1, a2] = doubleMetaphone(a);
  const [b1, b2] = doubleMetaphone(b);
  if (!a1 || !b1) return false;
  if (a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2) return true;
  // One sound more or less ("Burns" PRNS / "Byrne" PRN), same opening sound, long enough codes.
  return a1[0] === b1[0] && Math.min(a1.length, b1.length) >= 3 && distance(a1, b1) <= 1;
}

/**
 * Whether two words (one part of a name each) look like the same name spelled
 * two ways: different letters, small edit distance for their length, same
 * sound (Double Metaphone), at least 5 letters in the longer one (short names
 * such as Iran/Iraq or Hama/Hamas are too easily distinct), not one derived
 * from the other.
 */
export function closeSpelling(a: string, b: string): boolean {
  const fa = nameKey(a);
  const fb = nameKey(b);
  if (fa === fb) return false;
  const longest = Math.max(fa.length, fb.length);
  if (longest < 5 || Math.min(fa.length, fb.length) < 4) return false;
  if (isDerivation(fa, fb)) return false;
  const d = distance(fa, fb);
  const limit = 2;
  if (d > limit || d / longest > 0.4) return false;
  return phonetic(fa, fb);
}
