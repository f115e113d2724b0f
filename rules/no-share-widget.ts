/**
 * @module no-share-widget
 * Forbids share bars and "follow us" boxes: lines made only of social network
 * names and share-button words ("Share", "Facebook", "Twitter", "Email •
 * Twitter", "Copy link", "Show more sharing options") and "Follow us on ..."
 * calls. A sentence that names a network ("Be sure to visit us on Facebook and
 * Twitter.") is prose and stays.
 *
 * @example Invalid
 *   Share this article
 *   Facebook
 *   Twitter
 * @example Valid
 *   The minister announced the plan on Twitter and Facebook late on Monday.
 *
 * Fix (safe): removes the line and the blank line it leaves. A follow call
 * that goes on as a sentence (`followSentence`: "Follow these steps shared on
 * Twitter to safely apprehend …", "Join us at the town hall to discuss the
 * plan.") is only suggested: a standfirst or an invitation of the article.
 */
import { allTokensIn, lineRule } from './lib/residue-lines.js';
import { allWords, alternation, FOLLOW_US, SHARE } from './lib/residue-vocabulary.js';

/** Social networks and messaging apps. */
const NETWORKS = [
  'facebook', 'twitter', 'x', 'linkedin', 'reddit', 'whatsapp', 'telegram', 'pinterest', 'tumblr',
  'flipboard', 'messenger', 'youtube', 'instagram', 'tiktok', 'snapchat', 'threads', 'bluesky',
  'mastodon', 'vk', 'vkontakte', 'wechat', 'weibo', 'line', 'viber', 'xing', 'mix', 'pocket',
  'digg', 'stumbleupon', 'blogger', 'addthis', 'sharethis', 'permalink', 'evernote', 'skype', 'hatena', 'yahoo', 'buffer', 'google+', 'googleplus', 'google', 'news', 'rss', 'feed', 'sms', 'email',
  'e-mail', 'mail', 'gmail', 'print', 'printer', 'koo', 'kakaotalk', 'naver', 'hacker', 'slashdot',
];
/** Button words that appear around them. */
const BUTTON_WORDS = [
  'share', 'shares', 'sharing', 'shared', 'tweet', 'tweets', 'pin', 'it', 'post', 'copy', 'copied',
  'link', 'url', 'urlcopied', 'this', 'article', 'story', 'page', 'on', 'via', 'to', 'with',
  'options', 'more', 'show', 'close', 'extra', 'friend', 'a', 'the', 'icon', 'button', 'save',
  'bookmark', 'comments', 'comment', 'follow', 'us', 'opens', 'in', 'new', 'window', 'tab',
  'send', 'fb', 'tw', 'li', 'em', 'flip', 'all', 'submit', 'buttons', 'social', 'plugin', 'for', 'like', 'loading...', 'loading', 'opens', 'via', 'from', 'your', 'friends', 'options:', 'linked', 'you', 'tube', 'whats', 'app', 'tik', 'tok', 'stumble', 'upon', 'add', 'news', 'google',
];
/** Share words of the other languages, one token each ("teilen", "partager", "udostępnij"). */
const SHARE_TOKENS = allWords(SHARE).filter((w) => !w.includes(' '));
const TOKEN_SET = new Set([...NETWORKS, ...BUTTON_WORDS, ...SHARE_TOKENS]);
/** A share call in another language, alone or followed by network names: "Teilen auf Facebook". */
const SHARE_OTHER = new RegExp(`^(?:${alternation(SHARE)})(?:\\s*[:|•·-]?\\s*(?:${NETWORKS.join('|')}))*\\s*[:.!]*$`, 'u');
/** "Folgen Sie uns auf Instagram", "Suivez-nous sur Facebook et Twitter", "Síguenos". */
const FOLLOW_OTHER = new RegExp(`^(?:${alternation(FOLLOW_US)})(?:\\s+(?:auf|bei|sur|en|su|no|nas|em|op|na|w|via|:)?\\s*(?:${NETWORKS.join('|')})(?:\\s*(?:,|und|et|y|e|en|i|oraz|&)\\s*(?:${NETWORKS.join('|')}))*)?\\s*[:.!]*$`, 'u');
/** At least one token must really be a share word or a network. */
const ANCHOR = /\b(?:share|teilen|partager|compartir|condividi|compartilhar|partilhar|delen|udostępnij|shares|\d+shares|stumbleupon|pocket|blogger|addthis|permalink|google\+|mix|like this|like loading|sharing|tweet|facebook|twitter|linkedin|reddit|whatsapp|telegram|pinterest|tumblr|flipboard|messenger|instagram|youtube|tiktok|snapchat|email|e-mail|print|copy link|copied|rss|pin it|bluesky|threads|mastodon|vk|weibo|wechat)\b/;

/** The verb of a follow call and what it follows: "follow us", "join us", "follow the Opinion section on". */
const FOLLOW_CALL = /\b(?:follow|like|find|join|connect with|subscribe to) (?:us\b|(?:the |our )?\S.{0,60}? on (?=\S))/;
const GLUE = new Set(['and', 'or', '&', 'und', 'et', 'y', 'e', 'at', 'for', 'updates', 'latest', 'daily', 'more']);

/** Whether the line ends as a sentence and words other than networks, button words, handles and glue follow the call. */
function sentenceGoesOn(lower: string): boolean {
  const call = /[.!?]["”’]?$/.test(lower) ? FOLLOW_CALL.exec(lower) : null;
  if (!call) return false;
  const rest = lower.slice(call.index + call[0].length).split(/[\s,;:!.()]+/).filter(Boolean);
  return rest.some((w) => !TOKEN_SET.has(w) && !GLUE.has(w) && !/^[@#]\w/.test(w));
}

const PHRASES = new RegExp(
  '^(?:' +
    [
      // "Follow us on Google News", "For latest updates follow us on ...", "Like us on Facebook"
      "(?:for (?:the )?(?:latest|more|all)(?: \\S+){0,4} )?(?:follow|like|find|join|connect with|subscribe to) us(?: (?:on|at|via|in)\\b.{0,120})?",
      // "Follow The New York Times Opinion section on Facebook, Twitter and Instagram."
      'follow (?:the |our )?\\S.{0,60} on (?:facebook|twitter|instagram|x|linkedin|youtube|tiktok|threads|google news)\\b.{0,80}',
      '(?:click|tap) (?:here )?to (?:share|tweet|email|e-mail|print|copy)\\b.{0,60}',
      '(?:share|tweet|post|send)(?: this| the)?(?: article| story| post| page| link| video)?(?: on| via| to| with| by) (?:facebook|twitter|x|linkedin|reddit|whatsapp|telegram|pinterest|email|e-mail|messenger|a friend|your friends)\\b.{0,60}',
      '(?:show|close|hide)(?: more| extra| all)? shar(?:e|ing) options',
      'share (?:this|the) (?:article|story|post|page|video|gallery|image|photo)',
      '(?:share|sharing) is caring',
      'share all sharing options(?: for: .{0,200})?',
      'like this:?|like loading(?:\\.{3}|…)?',
    ].join('|') +
    ')[.!]*$',
);

/** "FacebookTwitter" -> "facebook twitter", "0shares" -> "0 shares". */
function unglue(core: string): string {
  return core
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .toLowerCase()
    .replace(/\b\d+\b/g, ' ')
    .replace(/\(opens in (?:a )?new (?:window|tab)\)/g, ' ');
}

export default lineRule(
  {
    id: 'no-share-widget',
    description: 'Disallow share bars and "follow us" boxes (lines made of Facebook, Twitter, Share, Email, Print...).',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    hasSuggestions: true,
    docs: 'rules/no-share-widget.ts',
    messages: {
      shareButtons: '"{{line}}" is a row of share buttons: share bars are page furniture, not article text.',
      followPrompt: '"{{line}}" is a "follow us"/share prompt: share bars are page furniture, not article text.',
      followSentence: '"{{line}}" begins like a "follow us" prompt but goes on as a sentence: maybe article text.',
    },
  },
  25,
  ({ core, lower, words }) => {
    // Buttons glued together by the scraper: "FacebookTwitterPinterestEmail", "0shares".
    const split = words <= 12 ? unglue(core) : lower;
    if (words <= 12 && ANCHOR.test(split) && allTokensIn(split, TOKEN_SET, 24)) {
      return { messageId: 'shareButtons', safe: true, confidence: 0.99, evidence: ['only network names and share words'] };
    }
    if (words <= 8 && SHARE_OTHER.test(lower)) return { messageId: 'shareButtons', safe: true, confidence: 0.99, evidence: ['whole line is a share call'] };
    if (words <= 12 && FOLLOW_OTHER.test(lower)) return { messageId: 'followPrompt', safe: true, confidence: 0.99, evidence: ['whole line is a follow call'] };
    if (PHRASES.test(lower)) {
      // "Follow these steps shared on Twitter to safely apprehend …", "Join us at the town hall to discuss …":
      // a sentence goes on after the call, where a prompt has only networks, handles and glue words.
      if (sentenceGoesOn(lower)) return { messageId: 'followSentence', safe: false, confidence: 0.8, evidence: ['a follow call', 'the sentence goes on after it'] };
      return { messageId: 'followPrompt', safe: true, confidence: 0.99, evidence: ['whole line is a follow/share call'] };
    }
    return undefined;
  },
);
