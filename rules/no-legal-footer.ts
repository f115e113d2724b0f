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
 * @example Invalid
 *   Impressum | Datenschutz | Kontakt
 * @example Valid
 *   The court ruled that the privacy policy misled users about tracking.
 *
 * Fix (safe): removes the line and the blank line it leaves. A footer link
 * of up to three words alone between two paragraphs (`headingAmidProse`:
 * "Terms of use", "Copyright" over the paragraphs about them) is where a
 * section heading stands: only a suggestion. Copyright lines
 * and blog-platform credits are suggestions: a publisher's © line can be the
 * last line of the article as published (docs/residue-precision.md). Republication notes ("Originally published on …")
 * are reported only with the option `republicationNotes: true`, as
 * suggestions: the publishers of our development pages count them as part of
 * the article (docs/residue-precision.md).
 */
import { allTokensIn, headingAmidProse, lineRule, type LineInfo } from './lib/residue-lines.js';
import { allWords, alternation, COOKIE_BANNER, LEGAL_LINKS, RIGHTS_RESERVED } from './lib/residue-vocabulary.js';

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
const FOOTER_SET = new Set([...FOOTER_LINK, ...allWords(LEGAL_LINKS).flatMap((w) => w.split(' '))]);
/** A footer menu must contain at least one legal word. */
const LEGAL_WORD_EN = /\b(?:terms|privacy|cookies?|disclaimer|legal|imprint|impressum|accessibility|copyright|sitemap|site map|ad ?choices|do not sell|gdpr|ccpa|ethics|editorial standards|community (?:rules|guidelines|standards)|corrections|user agreement)\b/;
/** The legal words of the other languages ("Datenschutz", "Mentions légales", "Regulamin"). */
const LEGAL_WORD_OTHER = new RegExp(`(?:^|[\\s|•·/,-])(?:${alternation(LEGAL_LINKS)})(?:$|[\\s|•·/,-])`, 'u');
const hasLegalWord = (lower: string) => LEGAL_WORD_EN.test(lower) || LEGAL_WORD_OTHER.test(lower);

/** What every COPYRIGHT line contains: a cheaper test first. */
const mayBeCopyright = (lower: string) => lower.includes('©') || lower.includes('(c)') || lower.includes('copyright') || lower.includes('all rights reserved');
const COPYRIGHT = /^(?:copyright ?(?:©|\(c\))?|©|\(c\)) ?(?:19|20)\d\d\b|\ball rights reserved\b/;
const RIGHTS_OTHER = new RegExp(`(?:${alternation(RIGHTS_RESERVED)})`, 'u');
const COOKIE_OTHER = new RegExp(`^(?:${alternation(COOKIE_BANNER)})\\b`, 'u');
/** Blog-platform and theme footers: "Powered by WordPress", "Blog at WordPress.com.", "Theme: Hemingway by Anders Norén". */
const PLATFORM =
  /^(?:(?:proudly )?powered by \S+(?: (?:and|&) \S+)?(?: \|.{0,60})?|(?:create a free website or )?blog at wordpress\.com|(?:website|site|blog|web design|design|theme|wordpress theme)(?: (?:design|developed|built))?(?: by|:) \S.{0,60}|theme:? \S.{0,40} by \S.{0,40}|hosted (?:by|on) \S.{0,40}|built with \S+(?: \S+)?)[.!]?$/;
/** A republication note: "This article was originally published on The Conversation." */
const REPUBLISHED =
  /^(?:this (?:article|story|post|piece|essay|column|interview) (?:was |is |has been |first )?(?:originally |first )?(?:published|appeared|posted|republished)|(?:originally|first) (?:published|appeared|posted)|republished)\b(?: (?:on|in|at|by|with|from|under))? .{0,160}$/;

/** Words one of which every LEGAL notice contains: a cheaper test first. */
const LEGAL_HINTS = ['not be', 'rules apply', 'constitutes', 'cookie', 'agree', 'consent', 'accept', 'got it', 'allow all', 'reject all', 'manage'];
/** The hints in one expression: one scan of the line instead of one per hint (plain words, nothing to escape). */
const LEGAL_HINT = new RegExp(LEGAL_HINTS.join('|'));
const mayBeLegal = (lower: string) => LEGAL_HINT.test(lower);
const LEGAL = new RegExp(
  '(?:' +
    [
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

/** A line of the legal footer's own text: a cookie banner or a reproduction notice next to the link. */
const isLegalText = ({ lower }: LineInfo) => (mayBeLegal(lower) && LEGAL.test(lower)) || COOKIE_OTHER.test(lower) || (mayBeCopyright(lower) && COPYRIGHT.test(lower));

export default lineRule(
  {
    id: 'no-legal-footer',
    description: 'Disallow copyright lines, terms/privacy links, reproduction notices and cookie banners.',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'both',
    schema: {
      type: 'object',
      properties: { republicationNotes: { type: 'boolean', description: 'Also report "originally published on …" notes, as suggestions.' } },
      additionalProperties: false,
    },
    defaultOptions: { republicationNotes: false },
    docs: 'rules/no-legal-footer.ts',
    messages: {
      footerLinks: '"{{line}}" is a row of footer links: legal footers are page furniture, not article text.',
      headingAmidProse: '"{{line}}" is a footer link on its own between two paragraphs: a leftover link, or a section heading of the article.',
      copyright: '"{{line}}" is a copyright line: legal footers are page furniture, not article text.',
      legalNotice: '"{{line}}" is a legal notice or cookie banner: legal footers are page furniture, not article text.',
      platformFooter: '"{{line}}" is a blog-platform or theme footer: legal footers are page furniture, not article text.',
      republished: '"{{line}}" is a republication note: keep the article\'s source in its metadata.',
    },
  },
  80,
  (info, infos, options) => {
    const { lower, core, words } = info;
    if (/^["“'‘]/.test(core)) return undefined;
    if (allTokensIn(lower, FOOTER_SET, 24) && hasLegalWord(lower)) {
      // One link alone between two paragraphs is where a section heading stands ("Terms of use" over the terms).
      return headingAmidProse(infos, info, 3, isLegalText, 'only footer-link words') ?? { messageId: 'footerLinks', safe: true, confidence: 0.99, evidence: ['only footer-link words', 'a legal word'] };
    }
    if ((mayBeCopyright(lower) && COPYRIGHT.test(lower)) || RIGHTS_OTHER.test(lower)) return { messageId: 'copyright', safe: false, confidence: 0.97, evidence: ['copyright sign or "all rights reserved"'] };
    if ((mayBeLegal(lower) && LEGAL.test(lower)) || COOKIE_OTHER.test(lower)) return { messageId: 'legalNotice', safe: true, confidence: 0.99, evidence: ['terms, reproduction or cookie wording'] };
    if (words <= 16 && PLATFORM.test(lower)) return { messageId: 'platformFooter', safe: false, confidence: 0.95, evidence: ['platform or theme credit line'] };
    if (options.republicationNotes === true && words <= 30 && REPUBLISHED.test(lower)) return { messageId: 'republished', safe: false, confidence: 0.9, evidence: ['originally-published note'] };
    return undefined;
  },
);
