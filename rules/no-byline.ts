/**
 * @module no-byline
 * Forbids bylines and author boxes in the body: "By Jamelle Bouie", "By News
 * Desk - February 09 2023", "Published by:" followed by the name, author roles
 * ("Staff Writer", "Opinion Columnist"), contact lines ("Have a tip? ... may be
 * reached at ..."), bare e-mail addresses and @handles, and author bios at the
 * top or bottom of the page ("Meg James is a corporate media reporter for the
 * Los Angeles Times ..."). Bylines are metadata: store them apart from the text.
 *
 * @example Invalid
 *   By Maria Fernández and Chen Wei | Reuters
 * @example Valid
 *   By Monday, the ceasefire had collapsed.
 *
 * Fix: bylines (also "Von …", "Par …", "Por …", "di …", "Door …"), byline
 * labels and the names under them, and author roles are removed (safe); a bio
 * is removed safely only when it closes the page. Author-box links ("View all
 * posts by …"), contact lines and other bios are offered as suggestions.
 *
 * Wire-service credits ("Reporting by …; Editing by …") are reported only with
 * the option `wireCredits: true`, as suggestions: the publishers of our
 * development pages count them as part of the article (docs/residue-precision.md).
 */
import { dateTokens, isDateToken, lineRule, nextNonBlank, prevNonBlank, type LineInfo } from './lib/residue-lines.js';
import { alternation, BYLINE_PREFIXES, PROFILE_LINKS } from './lib/residue-vocabulary.js';

/** Lower-case words a byline may hold besides names and dates. */
const BYLINE_WORDS = new Set([
  'and', 'for', 'of', 'the', 'at', 'in', 'on', 'with', 'via', 'from', 'staff', 'writer', 'writers', 'reporter',
  'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'contributor', 'contributors',
  'columnist', 'senior', 'chief', 'news', 'desk', 'published', 'updated', 'posted', 'comments', 'comment',
  'no', 'min', 'read', 'special', 'to', 'agency', 'agencies', 'wires', 'wire', 'services', 'service', 'team',
  'bureau', 'in', 'de', 'van', 'von', 'der', 'den', 'da', 'del', 'della', 'di', 'la', 'le', 'al', 'bin',
  'ibn', 'el', 'y', 'e', 'du', 'admin', 'administrator', 'guest', 'editorial', 'online', 'web', 'digital', 'dos', 'das', 'ter', 'ten', 'st', 'mc', 'und', '&', '-', '–', '—', '|', 'and',
]);
/** Words that stand for an author in a byline ("By admin - 2018-09-16", "By Staff"). */
const AUTHOR_WORDS = new Set(['admin', 'administrator', 'staff', 'editor', 'editors', 'editorial', 'team', 'desk', 'guest', 'agencies', 'wires']);
/** Words that start a phrase after "By" but never a name: "By the numbers", "By far". */
const NOT_A_NAME = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|all|some|any|far|now|then|contrast|comparison|default|design|chance|way|law|air|car|train|plane|road|sea|land|phone|mail|hand|night|day|noon|midnight|early|late|mid|end|order|accident|mistake|nature|definition|itself|themselves|numbers|popular|request|invitation|appointment|name|force|hook|crook|heart)$/;
const NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.(?:\p{Lu}\.)*|[\p{L}.+-]+@[\w-]+\.[\w.]+|@\w+)$/u;
const PARTICLE = /^(?:de|da|van|von|der|den|del|della|di|la|le|al|bin|ibn|el|y|e|du|dos|das|ter|ten|st\.?|mac|mc|al-\p{L}+|el-\p{L}+)$/u;

/** Prepositions that open a byline: "By", "Von", "Par", "Por", "Door". */
const BY = /^(?:by|words by|written by|story by|reported by|text by|posted by|report by|von|par|por|door|escrito por|écrit par|rédigé par|scritto da|geschreven door)\b\s*[:|-]?\s*/i;
/** Italian "di" opens a byline only in lower case ("di Marco Rossi"; "Di Maio" is a name). */
const BY_LOWER = /^(?:di|a cura di)\s+(?=\p{Lu})/u;
/** Label words that open a byline only with a colon: "Autor: ...", "Text: ...". */
const BY_LABEL = new RegExp(`^(?:${alternation(BYLINE_PREFIXES)})\\s*:\\s*`, 'iu');

/** "By Name ..." with nothing but names, outlets, roles and a date after "By". */
function isByline(core: string, lower: string): boolean {
  const m = BY.exec(core) ?? BY_LOWER.exec(core) ?? BY_LABEL.exec(core);
  if (!m) return false;
  const rest = core.slice(m[0].length);
  if (rest === '') return true;
  if (/[.!?]["”’]?$/.test(rest) && !/\b\p{Lu}\.$/u.test(rest) && !/\b(?:inc|ltd|co|com)\.$/i.test(rest)) return false;
  const raw = dateTokens(rest);
  const low = dateTokens(lower.slice(m[0].length));
  if (raw.length === 0 || raw.length > 16 || raw.length !== low.length) return false;
  if (NOT_A_NAME.test(low[0]!)) return false;
  let names = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const l = low[i]!;
    if (NAME.test(t) || AUTHOR_WORDS.has(l)) {
      names++;
      continue;
    }
    if (BYLINE_WORDS.has(l) || PARTICLE.test(l) || isDateToken(l) || /^[-–—|/&]+$/.test(t)) continue;
    return false;
  }
  // "By | Published | No Comments" is a byline with an empty name.
  return names > 0 || /\b(?:published|updated|comments)\b/.test(lower);
}

/** A wire-service credit: "Reporting by Jane Roe; Editing by John Doe", "(Additional reporting by Ana Ruiz in Madrid)". */
const CREDIT_SEGMENT =
  /^(?:and )?(?:additional |further )?(?:reporting|writing|editing|research|compiled|produced|translated|translation|graphics|photography|video|fact-checking)(?:,? (?:and|&) (?:reporting|writing|editing|research|production))? by (.+)$/i;
const CREDIT_JOINER = new Set(['and', '&', 'in', 'from', 'at', 'of', 'the', 'with', 'for', 'de', 'van', 'von', 'der', 'del', 'la', 'le', 'al', 'el']);
function isWireCredit(core: string): boolean {
  const inner = core.replace(/^\(|\)\.?$/g, '').replace(/\.$/, '');
  const segments = inner.split(/\s*;\s*/);
  return segments.every((seg) => {
    const m = CREDIT_SEGMENT.exec(seg);
    if (!m) return false;
    const names = m[1]!.split(/[\s,]+/).filter(Boolean);
    return names.length > 0 && names.every((t) => NAME.test(t) || CREDIT_JOINER.has(t.toLowerCase()));
  });
}
/** Links of an author box: "View all posts by Jane Roe", "More by Jane Roe", "Full bio". */
const PROFILE_LINK =
  /^(?:(?:view|see|read|browse)(?: all| full| more)?(?: (?:my|the|their|her|his))? (?:posts|articles|stories|profile|bio|work|contributions)(?: (?:by|from|of) \S.{0,40})?|more (?:by|from) (?:the )?(?:author|writer|this author|\p{Lu}.{0,40})|all (?:posts|articles|stories) by \S.{0,40}|(?:author|writer|contributor)(?:'s)? (?:profile|page|bio)|full bio|author bio|about the author)[:.»›>]*$/iu;

/** "Alle Beiträge von Anna Schmidt", "Voir tous les articles de Marie Dupont": the link words, then a name or nothing. */
const PROFILE_LINK_OTHER = new RegExp(`^(?:${alternation(PROFILE_LINKS)})(?=\\s|$)`, 'u');
const NAMES_OR_NOTHING = /^(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})?\s*[:.»›>]*$/u;
function isProfileLinkOther(core: string, lower: string): boolean {
  const m = PROFILE_LINK_OTHER.exec(lower);
  return m !== null && NAMES_OR_NOTHING.test(core.slice(m[0].length));
}

const LABEL = /^(?:by|author|authors|written by|words|words by|story by|text by|reporter|reported by|posted by|published by|editor|edited by|byline)\s*:?$/;
const ROLE =
  /^(?:[\p{L}-]+ ){0,3}(?:staff writer|writer|reporter|correspondent|columnist|contributor|contributing writer|contributing editor|editor|journalist|news desk|bureau chief|critic|producer|staff)s?$/u;
const NAME_LINE = /^(?:(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\.)\s?){1,5}$/u;
const CONTACT =
  /\b(?:may|can) be (?:reached|contacted|emailed) (?:at|on|via)\b|^(?:have|got) a (?:news )?tip\b|^(?:contact|email|e-mail|reach|write to) (?:the )?(?:author|reporter|writer|him|her|them)\b.{0,60}(?:@|\bat\b)|^follow (?:him|her|them|the author|the reporter) on\b/;
const HANDLE = /^@[a-z0-9_]{2,30}$/;
const EMAIL = /^(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const BIO =
  /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?: is|,) (?:a|an|the) (?:[\p{L}-]+ ){0,6}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|blogger|intern|fellow|author|freelancer|photographer|photojournalist)\b/u;
/** Reporting verbs: a line that quotes a source is a story, not a bio. */
const REPORTING = /\b(?:said|says|told|tells|added|adds|according to|explained|noted|warned|argued|claimed|insisted)\b/;

export default lineRule(
  {
    id: 'no-byline',
    description: 'Disallow bylines, author roles, contact lines and author bios in the article body.',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'both',
    schema: {
      type: 'object',
      properties: { wireCredits: { type: 'boolean', description: 'Also report wire-service credits ("Reporting by …; Editing by …"), as suggestions.' } },
      additionalProperties: false,
    },
    defaultOptions: { wireCredits: false },
    docs: 'rules/no-byline.ts',
    messages: {
      byline: '"{{line}}" is a byline: bylines are metadata, not article text.',
      role: '"{{line}}" is an author\'s role: bylines are metadata, not article text.',
      wireCredit: '"{{line}}" is a wire-service credit: credits are metadata, not article text.',
      profileLink: '"{{line}}" is a link of an author box: author boxes are page furniture, not article text.',
      contact: '"{{line}}" looks like author contact details: author boxes are page furniture, unless the story gives the address.',
      bio: '"{{line}}" looks like an author\'s bio: author boxes are page furniture, not article text.',
    },
  },
  160,
  (info: LineInfo, infos, options) => {
    const { core, lower, words, text } = info;
    if (/^[—–"“'‘]/.test(text)) return undefined; // quotes and quote attributions
    const byline = { messageId: 'byline', safe: true, confidence: 0.99, evidence: ['by and names only'] };
    const label = { messageId: 'byline', safe: true, confidence: 0.99, evidence: ['byline label'] };
    if (words <= 24 && isByline(core, lower)) return byline;
    if (LABEL.test(lower)) return label;
    if (options.wireCredits === true && words <= 30 && isWireCredit(core)) return { messageId: 'wireCredit', safe: false, confidence: 0.9, evidence: ['reporting/editing by and names only'] };
    if (words <= 10 && (PROFILE_LINK.test(core) || isProfileLinkOther(core, lower))) return { messageId: 'profileLink', safe: false, confidence: 0.97, evidence: ['author-box link wording'] };
    if (words <= 5 && NAME_LINE.test(core)) {
      // A bare name right after a byline label ("Published by:" / "Karishma Saurabh Kalita").
      // Walk back over the names already listed ("By" / "Name" / "Name").
      let p = prevNonBlank(infos, info.line.index);
      for (let k = 0; k < 3 && p >= 0 && !LABEL.test(infos[p]!.lower) && NAME_LINE.test(infos[p]!.core); k++) p = prevNonBlank(infos, p);
      if (p >= 0 && LABEL.test(infos[p]!.lower)) return { messageId: 'byline', safe: true, confidence: 0.97, evidence: ['name', 'under a byline label'] };
    }
    if (words <= 4 && ROLE.test(lower) && /^\p{Lu}/u.test(core)) return { messageId: 'role', safe: true, confidence: 0.97, evidence: ['short capitalised role line'] };
    if (words <= 3 && (HANDLE.test(lower) || EMAIL.test(lower))) return { messageId: 'contact', safe: false, confidence: 0.8, evidence: ['bare e-mail address or handle'] };
    if (CONTACT.test(lower)) return { messageId: 'contact', safe: false, confidence: 0.9, evidence: ['reached-at or tip wording'] };
    // "Name is a ... reporter" or "Name, a ... writer, is ..."; an appositive in a news sentence
    // ("Apple, a giant producer, has gone ...") is not a bio.
    const bioShape = /^[^,]+ is (?:a|an|the) /.test(core) || /^[^,]+, (?:a|an|the) [^,]+, (?:is|writes|covers)\b/.test(core);
    if (bioShape && BIO.test(core) && !REPORTING.test(lower)) {
      // Bios sit in the author box at the top or the end of the page, not mid-story.
      const n = infos.length;
      const i = info.line.index;
      const edge = i < Math.max(6, n * 0.15) || i >= n * 0.6 || nextNonBlank(infos, i) === -1;
      // Safe to remove when nothing of the story follows: the author box closes the page.
      const closing = nextNonBlank(infos, i) === -1 || nextNonBlank(infos, nextNonBlank(infos, i)) === -1;
      if (edge) return { messageId: 'bio', safe: closing, confidence: closing ? 0.95 : 0.8, evidence: ['name-is-a-reporter shape', closing ? 'closes the page' : 'at the edge of the page'] };
    }
    return undefined;
  },
);
