/**
 * @module no-legal-footer
 * Forbids the site's legal footer and cookie banner: copyright lines ("© 2019
 * NJ.com. All rights reserved"), terms and privacy links ("Terms of Use",
 * "Editorial Standards / Ethics Statement / Privacy Policy"), reproduction
 * notices and cookie consent text.
 *
 * @example Invalid
 *   © 2024 Example Media Group. All rights reserved.
 *   We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.
 * @example Valid
 *   The court ruled that the privacy policy misled users about tracking.
 *
 * Fix (safe): removes the line and the blank line it leaves.
 */
import { allTokensIn, lineRule } from './lib/residue-lines.js';

/** Footer link texts; a line made only of these (joined by separators) is a footer menu. */
const FOOTER_LINK = [
  'terms', 'of', 'use', 'service', 'services', 'conditions', 'and', 'privacy', 'policy', 'notice',
  'statement', 'settings', 'cookie', 'cookies', 'preferences', 'do', 'not', 'sell', 'share', 'my', 'personal',
  'info', 'information', 'accessibility', 'ad', 'choices', 'adchoices', 'sitemap', 'site', 'map', 'disclaimer',
  'legal', 'imprint', 'impressum', 'code', 'conduct', 'ethics', 'editorial', 'standards', 'guidelines',
  'corrections', 'community', 'rules', 'about', 'us', 'contact', 'advertise', 'careers', 'jobs', 'tip',
  'help', 'faq', 'faqs', 'feedback', 'copyright', 'licensing', 'permissions', 'reprints', 'syndication',
  'gdpr', 'ccpa', 'california', 'rights', 'your', 'subscription', 'agreement', 'user', 'newsletters',
  'rss', 'archive', 'archives', 'press', 'media', 'kit', 'team', 'our', 'masthead', 'store', 'shop',
  'manage', 'consent', 'opt-out', 'opt', 'out', 'policies', 'information', 'the',
];
const FOOTER_SET = new Set(FOOTER_LINK);
/** A footer menu must contain at least one legal word. */
const LEGAL_WORD = /\b(?:terms|privacy|cookies?|disclaimer|legal|imprint|impressum|accessibility|copyright|sitemap|site map|ad ?choices|do not sell|gdpr|ccpa|ethics|editorial standards|community (?:rules|guidelines|standards)|corrections|user agreement)\b/;

const LEGAL = new RegExp(
  '(?:' +
    [
      // copyright lines
      '^(?:copyright ?(?:©|\\(c\\))?|©|\\(c\\)) ?(?:19|20)\\d\\d\\b',
      '\\ball rights reserved\\b',
      // reproduction and terms notices
      '\\b(?:this|our) (?:material|content|article|site|website|page)\\b.{0,60}\\b(?:may not be|cannot be|must not be) (?:reproduced|republished|copied|redistributed|rewritten)\\b',
      '\\b(?:may not be|cannot be|must not be) (?:reproduced|republished|copied|redistributed|rewritten)\\b.{0,120}\\bwithout (?:the )?(?:prior |express )?written (?:permission|consent)\\b',
      '\\bconstitutes (?:your )?acceptance of (?:our|the)\\b',
      '\\b(?:community|house) rules apply to all content\\b',
      '^(?:use of this (?:site|website)|by (?:using|accessing) this (?:site|website)),? (?:constitutes|you agree)\\b',
      // cookie banners
      '\\b(?:we|this (?:site|website)|our (?:site|website|partners)) uses? cookies\\b',
      '\\bby (?:continuing to (?:use|browse|visit)|using|browsing) (?:this|our) (?:site|website|service)\\b.{0,80}\\b(?:cookies|agree|consent|accept)\\b',
      '^(?:accept|reject|allow|manage|customi[sz]e)(?: all)? cookies\\b',
      '^(?:cookie (?:policy|settings|preferences|consent|notice)|accept|i accept|got it|agree|i agree|allow all|reject all|manage (?:preferences|options|consent))$',
      '\\bto (?:give|provide|offer) you (?:the|a) (?:best|better) (?:possible )?(?:experience|browsing experience)\\b.{0,80}\\bcookies\\b',
    ].join('|') +
    ')',
);

export default lineRule(
  {
    id: 'no-legal-footer',
    description: 'Disallow copyright lines, terms/privacy links, reproduction notices and cookie banners.',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    docs: 'rules/no-legal-footer.ts',
  },
  80,
  ({ lower, core }) => {
    if (/^["“'‘]/.test(core)) return undefined;
    if (LEGAL_WORD.test(lower) && allTokensIn(lower, FOOTER_SET, 24)) return { what: 'footer links', safe: true };
    if (LEGAL.test(lower)) return { what: 'a legal notice or cookie banner', safe: true };
    return undefined;
  },
  'legal footers and cookie banners are page furniture, not article text.',
);
