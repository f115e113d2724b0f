/**
 * @module no-ad-label
 * Forbids advertisement labels and ad-slot text left in the article by the
 * scraper: "Advertisement", "Sponsored", "Story continues below advertisement",
 * "Continue reading the main story", "Ad Choices". Only a line that is nothing
 * but the label is flagged; sentences about advertising are prose.
 *
 * @example Invalid
 *   ADVERTISEMENT
 * @example Valid
 *   Advertisement revenue fell by a third, the company said.
 *
 * Fix (safe): removes the line and the blank line it leaves; an affiliate
 * disclosure is only offered as a suggestion.
 */
import { lineRule } from './lib/residue-lines.js';

const AD_LABEL = new RegExp(
  '^(?:' +
    [
      'advertisements?(?: ?[-–—:|] ?(?:continue reading|scroll to continue|story continues)(?: below)?)?',
      'advert(?:isement)? feature',
      'ads?',
      'adverts?',
      'sponsored(?: (?:content|post|story|stories|links?|article|listings?|results))?',
      'paid (?:content|post|partner(?:ship)?|promotion|for by \\S.{0,40})',
      'promoted(?: (?:content|stories|links|by \\S.{0,40}))?',
      'partner content',
      '(?:sponsored|presented|powered|brought to you) by \\S.{0,40}',
      'supported by',
      '(?:the )?(?:story|article|text|content|post) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|advert|ad|video|image|gallery))?',
      'continue reading(?: the main story| below| (?:the )?article)?',
      'scroll (?:down )?to continue(?: (?:with content|reading))?',
      'ad ?choices',
      'advertise(?: with us| here| on \\S.{0,30})?',
      '(?:remove|hide|skip|close|report this) ads?',
      'ad feedback',
      'this ad will close in \\d+ seconds?',
      'ad (?:loading|content)',
    ].join('|') +
    ')[.…]*$',
);

const AFFILIATE =
  /\b(?:affiliate (?:links?|commissions?|partnerships?|programs?)|(?:may|might|will|could) (?:earn|get|receive|collect) (?:a |an )?(?:small )?(?:commission|share of (?:the )?(?:sales?|revenue))|(?:if|when) you (?:buy|purchase|click|shop)(?: something)? (?:through|via|from|on) (?:links?|this|our|one of)|is supported by (?:its|our) (?:audience|readers)|(?:this|the) (?:post|article|page) (?:may )?contains? (?:affiliate|sponsored|referral)|disclosure (?:page|policy))\b/;

export default lineRule(
  {
    id: 'no-ad-label',
    description: 'Disallow advertisement labels and ad-slot text ("Advertisement", "Sponsored", "Story continues below").',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'both',
    docs: 'rules/no-ad-label.ts',
  },
  45,
  ({ lower, words }) => {
    if (words <= 8 && AD_LABEL.test(lower)) return { what: 'an advertisement label', safe: true };
    // Affiliate disclosures: "When you purchase through links on our site, we may earn an affiliate commission."
    if (AFFILIATE.test(lower)) return { what: 'an affiliate disclosure', safe: false };
    return undefined;
  },
  'ad slots are page furniture, not article text.',
);
