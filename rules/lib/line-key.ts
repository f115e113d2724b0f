/** Line comparison shared by the rules that find repeated lines (within an article, across articles). */

/**
 * The form in which two lines count as "the same": Unicode-compatibility
 * normalised, lower case, typographic quotes and dashes made plain, runs of
 * whitespace collapsed, surrounding whitespace and bullet marks removed.
 */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s•·*●■▪►▶>|~+-]+/, '')
    .trim();
}
