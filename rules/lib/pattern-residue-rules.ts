/**
 * The residue rules that recognise furniture by its own words and shape. The
 * registry lists them, and no-boilerplate-block counts their findings as known
 * furniture when it locates the article body: one list for both.
 */
import type { Rule } from '../../src/types.js';
import noSkipLink from '../no-skip-link.js';
import noNavMenu from '../no-nav-menu.js';
import noUiText from '../no-ui-text.js';
import noShareWidget from '../no-share-widget.js';
import noAdLabel from '../no-ad-label.js';
import noNewsletterPrompt from '../no-newsletter-prompt.js';
import noRelatedLinks from '../no-related-links.js';
import noByline from '../no-byline.js';
import noTimestamp from '../no-timestamp.js';
import noImageCaption from '../no-image-caption.js';
import noLegalFooter from '../no-legal-footer.js';

export const patternResidueRules: readonly Rule[] = [
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
];
