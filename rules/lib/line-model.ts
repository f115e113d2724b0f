/**
 * The line classifier's model: a logistic regression over `FEATURES`, whose
 * weights `scripts/fit-boilerplate-model.mjs` fits on labelled development
 * pages and writes to `boilerplate-model.json` (the file names the sets it was
 * fitted on). Its output is the probability that a line is page furniture;
 * the evidence of a finding is the signals that pushed it there.
 */
import model from './boilerplate-model.json' with { type: 'json' };
import { FEATURES } from './line-features.js';

export interface LineModel {
  /** Where the weights come from: sets, date, command. */
  origin: string;
  features: readonly string[];
  bias: number;
  weights: readonly number[];
  /** Probability from which a line is reported. */
  threshold: number;
}

export const MODEL: LineModel = model;

/** Set once the check below has passed: both lists are fixed once loaded. */
let modelMatches = false;

/**
 * Throws when the weights file was fitted on other features than `FEATURES`.
 * Checked when the classifier runs rather than on import, so the fitting
 * script can load the features of a changed list and refit.
 */
export function assertModelMatchesFeatures(): void {
  if (modelMatches) return;
  if (MODEL.features.join() !== FEATURES.join()) throw new Error('boilerplate-model.json does not match FEATURES: refit it (scripts/fit-boilerplate-model.mjs)');
  modelMatches = true;
}

/** A signal counts as evidence when it adds at least this much to the log-odds. */
const EVIDENCE_LOGIT = 0.5;

export function residueProbability(f: Float64Array, m: LineModel = MODEL): number {
  let z = m.bias;
  for (let k = 0; k < f.length; k++) z += m.weights[k]! * f[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** The signals that pushed the line towards furniture, strongest first. */
export function evidenceOf(f: Float64Array, m: LineModel = MODEL): string[] {
  const pushes: [string, number][] = [];
  for (let k = 0; k < f.length; k++) {
    const push = m.weights[k]! * f[k]!;
    if (push >= EVIDENCE_LOGIT) pushes.push([FEATURES[k]!, push]);
  }
  return pushes.sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
