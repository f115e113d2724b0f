/**
 * Every rule articlelint ships. Sections are kept per category so that
 * rules of one kind stay together; order here is the order of `--list-rules`.
 */
import type { Rule } from '../src/rule-kit/index.js';

// --- residue ---
import noSkipLink from './no-skip-link.js';
import noNavMenu from './no-nav-menu.js';
import noUiText from './no-ui-text.js';
import noShareWidget from './no-share-widget.js';
import noAdLabel from './no-ad-label.js';
import noNewsletterPrompt from './no-newsletter-prompt.js';
import noRelatedLinks from './no-related-links.js';
import noByline from './no-byline.js';
import noTimestamp from './no-timestamp.js';
import noImageCaption from './no-image-caption.js';
import noLegalFooter from './no-legal-footer.js';
import noBoilerplateBlock from './no-boilerplate-block.js';
import noDuplicateLines from './no-duplicate-lines.js';
import noTemplateLines from './no-template-lines.js';
import noCommentSection from './no-comment-section.js';
import noAuthorBox from './no-author-box.js';
import noMarkupLine from './no-markup-line.js';
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
  // residue: the pattern rules first, then the contextual ones (no-boilerplate-block reads the pattern rules' findings)
  noSkipLink,
  noNavMenu,
  noUiText,
  noShareWidget,
  noAdLabel,
  noNewsletterPrompt,
  noRelatedLinks,
  noByline,
  noTimestamp,
  noImageCaption,
  noLegalFooter,
  noBoilerplateBlock,
  noDuplicateLines,
  noTemplateLines,
  noCommentSection,
  noAuthorBox,
  noMarkupLine,
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
