/**
 * The evidence the line classifier weighs, one number per signal and line.
 * Every signal is language-independent or reads the document's own language
 * (its function words): the line's shape (length, function words, sentence
 * punctuation, capitals, digits, separators), where it sits relative to the
 * article body (the densest run of prose), the text density of its
 * neighbours (boilerpipe's "shallow text features", Kohlschütter et al.,
 * WSDM 2010), whether it stands in a run of short lines (a link list, a menu),
 * whether it recurs on the page, and whether the context pass (jusText's
 * context-sensitive step, see `boilerplate.ts`) called it furniture.
 *
 * Position enters as being below the article, as the distance from it,
 * through the context pass and through the article's edges (little article
 * text before or after a line). Two position signals were dropped because
 * their weights changed sign between a model fitted on the English sets and
 * one fitted on the multilingual set (scripts/fit-boilerplate-model.mjs, each
 * scored on the other): being above the article and being next to its edge.
 * On English pages nearly every line outside the body is furniture; on other
 * sites a mis-chosen body (a recipe, a product page, a wiki) leaves article
 * text above it, and the English weights flagged that text.
 *
 * The order of `FEATURES` is the order of the model's weights.
 */
import type { DocumentView } from '../../src/rule-kit/index.js';
import type { Analysis, LineShape } from './boilerplate.js';
import { lineInfos, nextNonBlank, prevNonBlank, repeatedLines } from './residue-lines.js';

/** Signal names, as `data.evidence` lists them and the model file orders its weights. */
export const FEATURES = [
  'short line',
  'long line',
  'function words',
  'sentence end',
  'capitalised words',
  'digits',
  'separators',
  'words without glue',
  'prose shape',
  'below the article',
  'far from the article',
  'prose neighbours',
  'furniture neighbours',
  'run of short lines',
  'repeated on the page',
  'context pass',
  'headline shape',
  'ends with a colon',
  'short line outside the article',
  'headline shape below the article',
  'little article text after it',
  'little article text before it',
  'dense text around it',
  'in a run of sentences',
  'sentences beyond it',
] as const;
export type Feature = (typeof FEATURES)[number];
/** Each signal's index in a feature vector. */
const AT = Object.fromEntries(FEATURES.map((f, k) => [f, k])) as Record<Feature, number>;

/** Neighbours each side for the density signals. */
const WINDOW = 3;
/** Lines each side for the text density of a window. */
const DENSITY_WINDOW = 5;
/** Share of the body's prose that makes its head or tail. */
const TAIL = 0.1;
/** Lines of a list run. */
const RUN = 3;
/** Prose lines in a row that make a run of sentences. */
const SENTENCE_RUN = 3;
/** Non-blank lines beyond a line (away from the body) searched for more prose. */
const BEYOND = 8;

/** A line that reads as a sentence: prose, or a shorter line that ends like one. */
const isSentence = (s: LineShape): boolean => s.cls === 'good' || (s.cls === 'near' && s.sentenceEnd);

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * The feature vector of every line (undefined for blank lines), from the
 * context pass's analysis and the lines other rules know as furniture; none
 * when the analysis found no article body.
 */
export function lineFeatures(doc: DocumentView, analysis: Analysis, pinned: Uint8Array): (Float64Array | undefined)[] {
  const infos = lineInfos(doc);
  const { shapes, body, residue } = analysis;
  const n = infos.length;
  const isShortish = (i: number) => shapes[i]!.cls === 'short' || shapes[i]!.cls === 'bad';
  // Runs of short lines (pinned ones included: a menu the pattern rules half know).
  const run = new Int32Array(n);
  for (let i = 0; i < n; ) {
    if (shapes[i]!.cls === 'blank' || !isShortish(i)) {
      i++;
      continue;
    }
    const members = [i];
    for (let k = nextNonBlank(infos, i); k !== -1 && isShortish(k); k = nextNonBlank(infos, k)) members.push(k);
    for (const m of members) run[m] = members.length;
    i = members[members.length - 1]! + 1;
  }
  // Runs of sentence lines (prose, or a shorter line that ends a sentence): recipe steps,
  // live-blog entries, an article's second half behind a box.
  const sentences = new Int32Array(n);
  for (let i = 0; i < n; ) {
    if (!isSentence(shapes[i]!) || pinned[i]) {
      i++;
      continue;
    }
    const members = [i];
    for (let k = nextNonBlank(infos, i); k !== -1 && isSentence(shapes[k]!) && !pinned[k]; k = nextNonBlank(infos, k)) members.push(k);
    for (const m of members) sentences[m] = members.length;
    i = members[members.length - 1]! + 1;
  }
  // Distance (in non-blank lines) from the body.
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (shapes[i]!.cls !== 'blank') order.push(i);
  const rank = new Int32Array(n).fill(-1);
  order.forEach((line, r) => (rank[line] = r));
  const bodyFirst = body ? rank[body[0]]! : -1;
  const bodyLast = body ? rank[body[1]]! : -1;

  // The body's prose mass (words of prose lines) before each line, and the text
  // density of a window around each line (boilerpipe), relative to the page's densest.
  const mass = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) mass[i + 1] = mass[i]! + (shapes[i]!.cls === 'good' ? shapes[i]!.words : 0);
  const density = new Float64Array(n);
  let densest = 0;
  for (let i = 0; i < n; i++) {
    density[i] = mass[Math.min(n, i + DENSITY_WINDOW + 1)]! - mass[Math.max(0, i - DENSITY_WINDOW)]!;
    densest = Math.max(densest, density[i]!);
  }
  const out: (Float64Array | undefined)[] = new Array(n).fill(undefined);
  if (!body) return out;
  const repeated = repeatedLines(doc);
  // One buffer for all vectors: a typed array of this size each would be an allocation outside the heap per line.
  const vectors = new Float64Array(n * FEATURES.length);
  const [first, last] = body;
  const bodyMass = mass[last + 1]! - mass[first]!;
  for (let i = 0; i < n; i++) {
    const s = shapes[i]!;
    if (s.cls === 'blank') continue;
    const r = rank[i]!;
    const above = r < bodyFirst;
    const below = r > bodyLast;
    const distance = above ? bodyFirst - r : below ? r - bodyLast : 0;
    let prose = 0;
    let furniture = 0;
    let count = 0;
    for (let k = prevNonBlank(infos, i), m = 0; k !== -1 && m < WINDOW; k = prevNonBlank(infos, k), m++) {
      count++;
      if (shapes[k]!.cls === 'good') prose++;
      furniture += pinned[k]!;
    }
    for (let k = nextNonBlank(infos, i), m = 0; k !== -1 && m < WINDOW; k = nextNonBlank(infos, k), m++) {
      count++;
      if (shapes[k]!.cls === 'good') prose++;
      furniture += pinned[k]!;
    }
    const colon = infos[i]!.core.endsWith(':');
    const short = s.words <= 3;
    const headlineShape = !s.sentenceEnd && !colon && s.words >= 4 && s.words <= 16;
    const inside = !above && !below;
    const notProse = s.cls === 'good' ? 0 : 1;
    // Prose on the far side of the line (away from the body), relative to the body's.
    let beyond = 0;
    if (above) for (let k = prevNonBlank(infos, i), m = 0; k !== -1 && m < BEYOND; k = prevNonBlank(infos, k), m++) beyond += isSentence(shapes[k]!) && !pinned[k] ? shapes[k]!.words : 0;
    else if (below) for (let k = nextNonBlank(infos, i), m = 0; k !== -1 && m < BEYOND; k = nextNonBlank(infos, k), m++) beyond += isSentence(shapes[k]!) && !pinned[k] ? shapes[k]!.words : 0;
    const x = vectors.subarray(i * FEATURES.length, (i + 1) * FEATURES.length);
    x[AT['short line']] = +short;
    x[AT['long line']] = clamp01(Math.log1p(s.words) / Math.log(60));
    x[AT['function words']] = s.stop;
    x[AT['sentence end']] = +s.sentenceEnd;
    x[AT['capitalised words']] = s.caps;
    x[AT['digits']] = s.digits;
    x[AT['separators']] = +s.separators;
    x[AT['words without glue']] = +(s.cls === 'bad');
    x[AT['prose shape']] = 1 - notProse;
    x[AT['below the article']] = +below;
    x[AT['far from the article']] = clamp01(Math.log1p(distance) / Math.log(100));
    x[AT['prose neighbours']] = count ? prose / count : 0;
    x[AT['furniture neighbours']] = count ? furniture / count : 0;
    x[AT['run of short lines']] = +(run[i]! >= RUN);
    x[AT['repeated on the page']] = repeated[i]!;
    x[AT['context pass']] = residue[i]!;
    x[AT['headline shape']] = +headlineShape;
    x[AT['ends with a colon']] = +colon;
    x[AT['short line outside the article']] = +(short && !inside);
    x[AT['headline shape below the article']] = +(headlineShape && below);
    x[AT['little article text after it']] = inside && bodyMass > 0 && (mass[last + 1]! - mass[i + 1]!) / bodyMass < TAIL ? notProse : 0;
    x[AT['little article text before it']] = inside && bodyMass > 0 && (mass[i]! - mass[first]!) / bodyMass < TAIL ? notProse : 0;
    x[AT['dense text around it']] = densest ? density[i]! / densest : 0;
    x[AT['in a run of sentences']] = +(sentences[i]! >= SENTENCE_RUN);
    x[AT['sentences beyond it']] = bodyMass > 0 ? clamp01(beyond / bodyMass) : 0;
    out[i] = x;
  }
  return out;
}
