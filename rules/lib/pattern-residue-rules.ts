/**
 * The residue rules that recognise page furniture by its own words and shape,
 * one line at a time. Their findings are known furniture: a rule that weighs a
 * line by its neighbours lists these in `meta.dependsOn` and reads them with
 * `context.findings(id)`.
 */
export const PATTERN_RESIDUE_RULES: readonly string[] = [
  'no-skip-link',
  'no-nav-menu',
  'no-ui-text',
  'no-share-widget',
  'no-ad-label',
  'no-newsletter-prompt',
  'no-related-links',
  'no-byline',
  'no-timestamp',
  'no-image-caption',
  'no-legal-footer',
];
