/**
 * @module no-ad-label
 * Forbids advertisement labels and ad-slot text left in the article by the
 * scraper: "Advertisement", "Sponsored", "Story continues below advertisement",
 * "Continue reading the main story", "Ad Choices". Only a line that is nothing
 * but the label is flagged; sentences about advertising are prose.
 *
 * @example Invalid
 *   ADVERTISEMENT
 * @example Invalid
 *   - Anzeige -
 * @example Valid
 *   Advertisement revenue fell by a third, the company said.
 *
 * Fix (safe): removes the line and the blank line it leaves; an affiliate
 * disclosure is only offered as a suggestion.
 */
import { isProseLine, lineRule } from './lib/residue-lines.js';
import { AD_LABELS, alternation } from './lib/residue-vocabulary.js';

const AD_LABEL = new RegExp(
  '^(?:' +
    [
      'advertisements?(?: ?[-–—:|·•] ?(?:continue reading|scroll to continue|story continues|scroll down to continue|continue below)(?: below)?)?',
      'advert(?:isement)? feature',
      'ads?',
      'adverts?',
      'sponsored(?: (?:content|post|story|stories|links?|article|listings?|results))?',
      'paid (?:content|post|partner(?:ship)?|promotion|for by \\S.{0,40})',
      'promoted(?: (?:content|stories|links|by \\S.{0,40}))?',
      'partner content',
      '(?:sponsored|presented|powered|brought to you) by \\S.{0,40}',
      'supported by',
      '(?:the )?(?:story|article|text|content|post|report) continues(?: (?:below|after|under|on (?:the )?next page))?(?: (?:this|the))?(?: (?:advertisement|advert|ad|video|image|gallery|photos?))?',
      '(?:continue|keep) reading (?:below|after the ad(?:vertisement)?)',
      'continue reading(?: the main story| below| (?:the )?article)?',
      'scroll (?:down )?to continue(?: (?:with content|reading))?',
      'ad ?choices',
      'advertise(?: with us| here| on \\S.{0,30})?',
      '(?:remove|hide|skip|close|report this) ads?',
      'ad feedback',
      'this ad will close in \\d+ seconds?',
      'ad (?:loading|content)',
    ].join('|') +
    ')[.…:!]*$',
);
/** The labels of the other languages of the residue vocabulary ("Anzeige", "Publicité", "Reklama"). */
const AD_LABEL_OTHER = new RegExp(`^(?:${alternation(AD_LABELS)})[.…:!]*$`, 'u');
/** Marks around a label: "- Advertisement -", "*** ADVERTISEMENT ***", "[ Ad ]", "Advertisement ×". */
const AROUND = /^[\s\-–—_*=~#|·•:[\]()<>«»]+|[\s\-–—_*=~#|·•:[\]()<>«»×✕⬇↓▼]+$/g;

/** Reported speech and third persons: the article tells of someone else's disclosure. */
const REPORTED = /\b(?:said|says|told|wrote|according to|disclosed|admitted|reported|revealed|(?:he|she|they|it) (?:earns?|gets?|receives?))\b/;

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
    messages: {
      adLabel: '"{{line}}" is an advertisement label: ad slots are page furniture, not article text.',
      affiliateDisclosure: '"{{line}}" looks like an affiliate disclosure: ad notes are page furniture, unless the story itself discloses it.',
    },
  },
  45,
  (info) => {
    const { lower, words } = info;
    const bare = lower.replace(AROUND, '');
    if (words <= 8 && (AD_LABEL.test(bare) || AD_LABEL_OTHER.test(bare))) {
      return { messageId: 'adLabel', safe: true, confidence: 0.99, evidence: ['whole line is an ad label'] };
    }
    // Affiliate disclosures: "When you purchase through links on our site, we may earn an affiliate commission."
    // A disclosure sentence inside the story ("... disclosed that it earns a commission.") is prose.
    if (AFFILIATE.test(lower) && !(isProseLine(info) && REPORTED.test(lower))) {
      return { messageId: 'affiliateDisclosure', safe: false, confidence: 0.9, evidence: ['affiliate or commission wording'] };
    }
    return undefined;
  },
);
