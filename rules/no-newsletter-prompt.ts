/**
 * @module no-newsletter-prompt
 * Forbids newsletter sign-up boxes, subscription walls and their form text:
 * "Sign up for our newsletter", "Get the latest headlines in your inbox",
 * "I agree with the Terms and conditions", "Thanks for signing up!", "No spam,
 * we promise", "Subscribe to continue reading". Lines are matched whole and must
 * address the reader; a sentence reporting on a newsletter is prose.
 *
 * @example Invalid
 *   Sign up for our daily newsletter
 *   Enter your email address
 * @example Invalid
 *   Newsletter abonnieren
 * @example Valid
 *   The company's investor newsletter said profits would fall this year.
 *
 * Fix (safe): removes the line and the blank line it leaves. A label of one
 * or two words alone between two paragraphs that are no sign-up text
 * (`headingAmidProse`: "Newsletter" over the paragraph about the club's
 * newsletter) stands where a section heading stands: only a suggestion.
 */
import { headingAmidProse, lineRule, type LineInfo } from './lib/residue-lines.js';
import { alternation, NEWSLETTER } from './lib/residue-vocabulary.js';

/** Calls to action that open a sign-up prompt. */
const CALL = "(?:sign ?up|sign me up|subscribe|get|join|receive|register|enter|click|never miss|don't miss|stay (?:up to date|updated|informed|in the know|on top of)|be the first|keep up|want|love|like|sign-up)";

const PROMPT = new RegExp(
  '^(?:' +
    [
      // Sign up for our newsletter / Get our daily Entertainment newsletter / Sign Up For The Judean Newsletter
      `${CALL}\\b.{0,80}\\b(?:newsletters?|e-?mail (?:alerts|updates|briefing|digest)|(?:daily|weekly|free) e-?mails?|alerts)\\b.{0,60}`,
      '(?:.{0,60}[?!.] )?subscribe (?:to|today|now)\\b.{0,80}\\b(?:our|us|newsletters?|magazine|stay|latest|access|edition|sister)\\b.{0,120}',
      // "Pick Six Newsletter", "Newsletter", "Newsletters", "Daily Briefing newsletter"
      '(?:\\S+ ){0,4}newsletters?',
      'newsletters?\\b.{0,40}',
      // in your inbox
      `(?:${CALL}|keep an eye on|check) .{0,80}\\b(?:your|the) inbox\\b.{0,40}`,
      '.{0,80}\\b(?:delivered |straight |right |direct(?:ly)? |sent )?(?:to|in|into) your inbox\\b.{0,60}',
      // Subscribe / Subscribe now / Subscribe to NJ.com's newsletters / Subscribe Sign In
      'subscribe(?: now| today| here| for free| for \\S+ a \\w+)?(?: to .{0,60})?(?: sign in| log in)?',
      '(?:already (?:a )?(?:subscriber|member)|already have an account|not a subscriber|become a (?:subscriber|member))\\b.{0,60}',
      '(?:to )?(?:read|continue reading|unlock|keep reading)(?: (?:the|this))?(?: full)? (?:story|article)(?:,? (?:subscribe|sign in|log in).{0,40})?',
      'subscribe (?:to|and) (?:continue|keep) reading.{0,40}',
      'this (?:content|article|story) is (?:for|available to|only available to|reserved for) (?:subscribers|members)\\b.{0,40}',
      // form text
      "i (?:agree|accept|consent|would like)\\b.{0,160}\\b(?:terms (?:and|&) conditions|terms of (?:use|service)|privacy (?:policy|notice|statement)|newsletters?|send me|e-?mails?|subscribe|marketing|offers|opt[- ]?in)\\b.{0,120}",
      '.{0,40}\\bopt[- ]?in box\\b.{0,60}',
      'please (?:enter|provide|check|tick|confirm) (?:a |your )?(?:valid )?(?:e-?mail|the opt|the box|your subscription)\\b.{0,60}',
      'enter (?:your )?e-?mail(?: address)?(?: here)?',
      'e-?mail address',
      '(?:your )?e-?mail(?: address)?(?: \\(required\\))?\\*?',
      "thanks?(?: you)? for (?:signing up|subscribing|your subscription|registering)\\b.{0,80}",
      'there was (?:an|a problem|a error) (?:error )?(?:processing|with) your (?:subscription|sign-?up|request)\\b.{0,20}',
      "no spam\\b.{0,120}",
      "(?:you can |you may )?unsubscribe (?:at any time|anytime)\\b.{0,80}",
      "we(?:'ll| will) never (?:share|sell) your (?:e-?mail|details|information|data)\\b.{0,80}",
      '(?:by (?:signing up|subscribing|registering|clicking subscribe)),? you (?:agree|consent|acknowledge)\\b.{0,160}',
      'sign up(?: now| today| for free| here)?',
      'see all newsletters',
      'manage (?:your )?(?:newsletters?|subscriptions?|e-?mail preferences)',
    ].join('|') +
    ')[.!]*$',
);

/** The calls of the other languages of the residue vocabulary ("Newsletter abonnieren", "Abonnez-vous"). */
const PROMPT_OTHER = new RegExp(`^(?:${alternation(NEWSLETTER)})(?: (?:jetzt|maintenant|ahora|ora|agora|nu|teraz|gratis|gratuitement|kostenlos))?(?:\\s*\\*)?[.!:]*$`, 'u');

const isPrompt = ({ lower }: LineInfo) => PROMPT.test(lower) || PROMPT_OTHER.test(lower);

/** Reported speech is the article's: "..., the judge wrote." */
const REPORTED = /\b(?:said|says|told|wrote|writes|added|according to)\b/;

export default lineRule(
  {
    id: 'no-newsletter-prompt',
    description: 'Disallow newsletter sign-up boxes, subscription walls and their form text.',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    hasSuggestions: true,
    docs: 'rules/no-newsletter-prompt.ts',
    messages: {
      signUp: '"{{line}}" is a newsletter or subscription prompt: sign-up boxes are page furniture, not article text.',
      headingAmidProse: '"{{line}}" stands alone between two paragraphs: a sign-up box\'s heading, or a section heading of the article.',
    },
  },
  40,
  (info, infos) => {
    const { lower, core } = info;
    // Quoted speech is the article's ("'Subscribe to our channel,' he urged.")
    if (/^["“'‘]/.test(core) || REPORTED.test(lower)) return undefined;
    if (!isPrompt(info)) return undefined;
    // A label alone between two paragraphs that are no sign-up text is where a section heading stands
    // ("Newsletter" over the minutes' paragraph about the club's newsletter).
    return headingAmidProse(infos, info, 2, isPrompt, 'a sign-up word alone') ?? { messageId: 'signUp', safe: true, confidence: 0.99, evidence: ['whole line is a sign-up call or form label'] };
  },
);
