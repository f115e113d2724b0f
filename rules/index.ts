/**
 * Every rule articlelint ships. Sections are kept per category so that
 * rules of one kind stay together; order here is the order of `--list-rules`.
 */
import type { Rule } from '../src/types.js';

// --- residue ---
import { patternResidueRules } from './lib/pattern-residue-rules.js';
import noBoilerplateBlock from './no-boilerplate-block.js';
import noDuplicateLines from './no-duplicate-lines.js';
import noTemplateLines from './no-template-lines.js';
// --- encoding ---
import fileEncoding from './file-encoding.js';
import noMojibake from './no-mojibake.js';
import noReplacementCharacter from './no-replacement-character.js';
import noControlCharacters from './no-control-characters.js';
import noHtmlEntities from './no-html-entities.js';
import noInvisibleCharacters from './no-invisible-characters.js';
import whitespace from './whitespace.js';
// --- sentences ---
import repeatedWords from './repeated-words.js';
import noSentenceFragment from './no-sentence-fragment.js';
import noStrayToken from './no-stray-token.js';
import sentenceSpacing from './sentence-spacing.js';
import noUnbalancedQuotes from './no-unbalanced-quotes.js';
import noMismatchedQuotes from './no-mismatched-quotes.js';
import noHardWrap from './no-hard-wrap.js';
import noTruncatedParagraph from './no-truncated-paragraph.js';
import noUnterminatedParagraph from './no-unterminated-paragraph.js';
// --- names ---
import consistentNames from './consistent-names.js';
import consistentNamesCorpus from './consistent-names-corpus.js';
// --- style ---
import readability from './readability.js';

export const rules: readonly Rule[] = [
  // residue: the pattern rules (no-skip-link … no-legal-footer), then the contextual ones
  ...patternResidueRules,
  noBoilerplateBlock,
  noDuplicateLines,
  noTemplateLines,
  // encoding
  fileEncoding,
  noMojibake,
  noReplacementCharacter,
  noControlCharacters,
  noHtmlEntities,
  noInvisibleCharacters,
  whitespace,
  // sentences
  repeatedWords,
  noSentenceFragment,
  noStrayToken,
  sentenceSpacing,
  noUnbalancedQuotes,
  noMismatchedQuotes,
  noHardWrap,
  noTruncatedParagraph,
  noUnterminatedParagraph,
  // names
  consistentNames,
  consistentNamesCorpus,
  // style
  readability,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
