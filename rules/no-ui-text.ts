/**
 * @module no-ui-text
 * Forbids text of the site's controls: account links ("Sign In", "Log Out",
 * "My Account", "You are signed in as"), search boxes, menu toggles ("Menu",
 * "Close Navigation", "Back To Main Menu"), comment widgets ("View Comments",
 * "Loading comments...", "JavaScript is required to load the comments",
 * "Leave a Reply"), pagers and buttons ("Load more", "Back to top", "Print").
 * Only lines that are nothing but the control are flagged.
 *
 * @example Invalid
 *   Loading comments...
 * @example Invalid
 *   Kommentar schreiben
 * @example Valid
 *   Users complained they could not sign in to the app for hours.
 *
 * Fix (safe): removes the line and the blank line it leaves. A comment word
 * alone between two paragraphs (`headingAmidProse`: "Komentarz",
 * "Kommentar" over the analysis part of a report) is where a section heading
 * stands: only a suggestion.
 */
import { allTokensIn, headingAmidProse, lineRule, type LineInfo } from './lib/residue-lines.js';
import { alternation, COMMENTS, CONTROLS } from './lib/residue-vocabulary.js';

const CONTROL = new RegExp(
  '^(?:' +
    [
      // account
      '(?:sign|log) ?(?:in|out|on)(?: (?:or|/) (?:register|sign up|subscribe))?(?: to (?:comment|continue|your account|\\S+))?',
      'login|logout|register|create (?:an |your |free )?account|my account|account|account settings|my profile|edit profile|profile|manage account|my teams|my news|my feed|my library|saved articles|you are (?:signed|logged) in as.{0,40}|not you\\?|welcome back.{0,30}|forgot (?:your )?password\\??',
      // search and menus
      'search|search for:?|search (?:the )?site|search (?:in|within) \\w+|search form|search this site|type (?:your search|to search|and press enter).{0,30}|go|submit|ok|cancel|reset|close|open|toggle|dismiss|expand|collapse',
      '(?:open|close|toggle|show|hide|main|site|mobile)? ?(?:menu|navigation|nav)(?: menu| bar)?|back to (?:main )?menu|back to top|scroll to top|to top|top of page|back to home(?:page)?|go to home ?page|return to (?:home|homepage|top)',
      '(?:all )?sections|more sections|quick links|useful links|explore(?: more)?|browse|categories|select (?:a |your )?(?:edition|region|language)|edition|change edition|language',
      'post navigation|up next|next up|watch next|coming up next|track|do not track|play now',
      '(?:please )?(?:enable|turn on) javascript.{0,80}|javascript is (?:required|disabled).{0,80}|(?:this|the) (?:video|content|page|slideshow|gallery|site|player) requires javascript.{0,40}',
      'loading(?: comments| more| video)?(?:\\.{3}|…)?|load more(?: \\S+)?|show more|see more|view more|read less|show less|see all|view all|more',
      // buttons and media players
      'print(?: this (?:page|article|story))?|save(?: article| story| for later)?|bookmark|listen(?: to (?:this|the) (?:article|story))?|play(?: video)?|pause|mute|unmute|watch(?: now| video| live)?|text size|font size|a a a|aa|a\\+ a-|zoom',
      'previous|next|prev|previous next|prev next|next page|previous page|page \\d+ of \\d+|older (?:posts|entries)|newer (?:posts|entries)|continue|continue reading|read more|read full (?:story|article)|click here|tap here|learn more|find out more|find more',
      'download (?:the |our )?app|get the app|open in app|install(?: the)? app|available on the app store.{0,40}',
    ].join('|') +
    ')(?:\\.{3}|[…:>»›!])*$',
);
/** Comment widgets: headings, counts, calls, policy notes. */
const COMMENT_WIDGET = new RegExp(
  '^(?:' +
    [
      '(?:\\d+ )?(?:comments?|responses?|replies)(?: \\(\\d+\\))?|(?:view|show|hide|see|read|load|open|close|add|post|write|leave)(?: all| more| the| a| your)? (?:\\d+ )?(?:comments?|reply|replies|responses?)(?: \\(\\+?\\d*\\+?\\))?',
      '(?:no|be the first to) (?:comments?|comment)(?: yet)?',
      'leave a (?:reply|comment)|(?:share your thoughts )?cancel reply|reply|view the discussion thread|top rated comments|rating: \\d+ votes?|tell us what you think|report(?: comment| abuse)?|comment(?:s)? (?:are|is) (?:closed|disabled)',
      '.{0,40}\\bcomments? (?:powered by|by) \\w+|powered by disqus|(?:as you comment|when (?:submitting|posting) (?:content|comments?|a comment)|before (?:you )?(?:comment|post)(?:ing)?),? please\\b.{0,300}',
      `(?:\\d+ )?(?:${alternation(COMMENTS)})(?: \\(\\d+\\))?`,
    ].join('|') +
    ')(?:\\.{3}|[…:>»›!])*$',
  'u',
);
const isWidgetText = ({ lower }: LineInfo) => COMMENT_WIDGET.test(lower);

/** The same controls in the other languages of the residue vocabulary. */
const CONTROL_OTHER = new RegExp(`^(?:${alternation(CONTROLS)})(?:\\.{3}|[…:>»›!])*$`, 'u');
/** Words of a strip of account buttons ("Subscribe Sign In", "Edit ProfileSign Out"). */
const BUTTON_WORDS = new Set(['sign', 'in', 'out', 'up', 'log', 'login', 'logout', 'register', 'subscribe', 'account', 'my', 'profile', 'edit', 'profilesign', 'search', 'menu', 'close', 'settings', 'help', 'or', 'e-edition', 'enewspaper', 'today\'s', 'paper']);
const BUTTON_ANCHOR = /\b(?:sign (?:in|out|up)|log (?:in|out)|login|logout|register|profilesign)\b/;

export default lineRule(
  {
    id: 'no-ui-text',
    description: 'Disallow text of site controls: account links, search boxes, menu toggles, comment widgets, pagers and buttons.',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    hasSuggestions: true,
    docs: 'rules/no-ui-text.ts',
    messages: {
      control: '"{{line}}" is a site control: buttons and widgets are page furniture, not article text.',
      commentWidget: '"{{line}}" belongs to the comment widget: buttons and widgets are page furniture, not article text.',
      headingAmidProse: '"{{line}}" stands alone between two paragraphs: a comment widget\'s label, or the heading of the article\'s commentary.',
    },
  },
  18,
  (info, infos) => {
    const { lower, core } = info;
    if (COMMENT_WIDGET.test(lower)) {
      // "Komentarz", "Kommentar" alone between two paragraphs: the heading of the analysis part of the article.
      return headingAmidProse(infos, info, 2, isWidgetText, 'a comment word alone') ?? { messageId: 'commentWidget', safe: true, confidence: 0.99, evidence: ['whole line is a comment-widget label'] };
    }
    // "Search SlashGear": the search box labelled with the site's name.
    if (CONTROL.test(lower) || CONTROL_OTHER.test(lower) || /^Search \p{Lu}[\p{L}.]*$/u.test(core)) {
      return { messageId: 'control', safe: true, confidence: 0.99, evidence: ['whole line is a control label'] };
    }
    if (BUTTON_ANCHOR.test(lower) && allTokensIn(lower, BUTTON_WORDS, 8)) {
      return { messageId: 'control', safe: true, confidence: 0.99, evidence: ['only account-button words', 'a sign-in/register word'] };
    }
    return undefined;
  },
);
