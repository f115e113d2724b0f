/**
 * no-stray-token finds lone letters with an expression that passes over the
 * listed short words itself: its matches must be those of the plain
 * expression with the listed words left out, on articles and on text made of
 * short tokens side by side.
 */
import { describe, expect, it } from 'vitest';
import { LONE } from '../rules/no-stray-token.js';
import { SHORT_WORDS } from '../rules/lib/sentences/lexicon.js';
// @ts-expect-error -- plain ESM script without types
import { corpus } from '../bench/corpus.mjs';
import { NEWS_PROSE } from './helpers/news-prose.js';

const PLAIN = /(?:^|\s)([a-z\u00df-\u024f]{1,2})(?=\s|$)/g;

function matches(re: RegExp, text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => [m.index!, m[1]!]);
}

const LINES: string[] = [
  ...(corpus(20, 11) as string[]).flatMap((t) => t.split('\n')),
  ...NEWS_PROSE,
  'a an ab ba x y z of to n 7 murdered',
  ' n',
  'n ',
  'an',
  'xy',
  'a  b\tc\u00a0d\u2003e',
  'à la carte, è ò ó é ā Ā ab ĀĀ ßß',
  'Roe v Wade, 3 x 4, plan b, vitamin b, the letter n',
  'es ist so, wa na ya ka al-Sadr de la Cruz',
  'mph bin ibn km kg mm',
  // Every listed word, and tokens that share a first letter with listed ones but are not listed.
  [...SHORT_WORDS].join(' '),
  [...SHORT_WORDS].map((w) => `${w[0]}q ${w[0]} ${w.slice(-1)}${w[0]}`).join(' '),
  '',
];

describe('no-stray-token lone letters', () => {
  it('matches the plain expression less the listed short words', () => {
    for (const line of LINES) {
      const expected = matches(PLAIN, line).filter(([, w]) => !SHORT_WORDS.has(w));
      expect(matches(LONE, line), line).toEqual(expected);
    }
  });
});
