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
 * Fix: bylines, byline labels and the names under them, and author roles are
 * removed (safe); a bio is removed safely only when it closes the page, and
 * contact lines are offered as suggestions.
 */
import { dateTokens, isDateToken, lineRule, nextNonBlank, prevNonBlank, type LineInfo } from './lib/residue-lines.js';

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

/** "By Name ..." with nothing but names, outlets, roles and a date after "By". */
function isByline(core: string, lower: string): boolean {
  const m = /^(?:by|words by|written by|story by|reported by|text by|posted by|report by|von|par|por)\b\s*[:|-]?\s*/i.exec(core);
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
    severity: 'warn',
    recommended: true,
    fixable: 'both',
    docs: 'rules/no-byline.ts',
  },
  160,
  (info: LineInfo, infos) => {
    const { core, lower, words, text } = info;
    if (/^[—–"“'‘]/.test(text)) return undefined; // quotes and quote attributions
    const byline = { what: 'a byline', safe: true };
    if (words <= 24 && isByline(core, lower)) return byline;
    if (LABEL.test(lower)) return byline;
    if (words <= 5 && NAME_LINE.test(core)) {
      // A bare name right after a byline label ("Published by:" / "Karishma Saurabh Kalita").
      // Walk back over the names already listed ("By" / "Name" / "Name").
      let p = prevNonBlank(infos, info.line.index);
      for (let k = 0; k < 3 && p >= 0 && !LABEL.test(infos[p]!.lower) && NAME_LINE.test(infos[p]!.core); k++) p = prevNonBlank(infos, p);
      if (p >= 0 && LABEL.test(infos[p]!.lower)) return byline;
    }
    if (words <= 4 && ROLE.test(lower) && /^\p{Lu}/u.test(core)) return { what: "an author's role", safe: true };
    if (words <= 3 && (HANDLE.test(lower) || EMAIL.test(lower))) return { what: 'author contact details', safe: false };
    if (CONTACT.test(lower)) return { what: 'author contact details', safe: false };
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
      if (edge) return { what: "an author's bio", safe: closing };
    }
    return undefined;
  },
  'bylines and author boxes are metadata, not article text.',
);
