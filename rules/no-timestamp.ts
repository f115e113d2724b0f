/**
 * @module no-timestamp
 * Forbids publication stamps left on their own line: dates and times
 * ("Nov. 19, 2019 8:03 am ET", "Tuesday, February 5, 2019"), "Updated ..." /
 * "Published ..." / "Posted ..." lines, relative stamps ("10h ago", "1 day ago"),
 * reading times ("2 min read") and a source or author name glued to such a
 * stamp ("Reuters November 18, 2019 11:03 PM"). They are page metadata; keep
 * them in your metadata, not in the body. Dates inside sentences are prose.
 *
 * @example Invalid
 *   Updated: 19 November 2019, 09:01 AM IST
 * @example Invalid
 *   12 min read
 * @example Valid
 *   June 17 – Nashville, TN @ Bridgestone Arena
 *   June 19 – Atlanta, GA @ State Farm Arena
 * @example Valid
 *   The summit opened on 19 November 2019 and ended two days later.
 *
 * A line with two dates and no publishing word ("3 March 2021 |
 * 14 June 2021", "01.02.2022 – 28.02.2022", "12. Jänner – 9. Februar") is
 * the period the story is about more often than a stamp: it is left alone. Fix (safe): removes the line. A date with its
 * publishing word ("Published on 16.08.2019", "Updated: 19 November 2019")
 * is a suggestion (`publishedStamp`): a podcast or blog may end its text
 * with it, and development pages keep such a line in the article
 * (docs/residue-precision.md). So is a time of day alone ("9:00 PM",
 * `clockTime`): schedules, timelines and live blogs give their entries one.
 * So is a date line next to a line of text that carries its own date or time
 * (`scheduleDate`: "Friday, 4 February 2022" above "PGA Tour, first round,
 * 9:00 pm on Sky Sport"): the day heading of a programme, an entry of an event
 * list, as often as a stamp. So is a date with a few words that the page's
 * title begins with (`headlineDate`: "Minutes of the board meeting of
 * 10 October 2019" under the title "Minutes of the board meeting of
 * 10 October 2019 – Club"): the article's headline. A line of words and a
 * date ending in a colon introduces what follows; it is no stamp. A line of data with a quoted key
 * ("Timestamp": "2030-08-14 17:43:12",) is not a stamp at all.
 */
import { countDates, dateTokens, hasDateAnchor, isDateToken, isProseLine, lineRule, nextNonBlank, pageTitleBeginsWith, prevNonBlank, type LineInfo } from './lib/residue-lines.js';
import { alternation, PUBLISHED, READING_TIME } from './lib/residue-vocabulary.js';

/** "Published on:", "Last updated:" — a stamp label whose value sits on the next line. */
const LABEL_ONLY = /^(?:(?:first |last |originally )?(?:published|updated|posted|modified|created)(?: on| at)?|date(?: published)?|publication date|release date)\s*:$/;
/** A capitalised name token that may precede/follow a stamp ("Reuters", "Chris Davies", "De Guzman"). */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|@\w+|\p{Lu}[\p{L}]*@\w+|de|da|van|von|der|del|la|le|al|bin|ibn|el)$/u;

const PUBLISHING_WORDS = `published|updated|posted|modified|created|${alternation(PUBLISHED)}`;
const STAMP_WORD = new RegExp(`(?:^|[\\s:(])(?:ago|read|${PUBLISHING_WORDS})(?=$|[\\s:,.)])`, 'u');
/** A time of day and nothing else: "9:00 PM", "13:34", "17.30 Uhr". */
const CLOCK_ONLY = /^\d{1,2}[:.h]\d\d(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)?(?:\s*(?:et|est|edt|pt|pst|pdt|gmt|utc|cet|cest|ist))?$/;
/** "Published on 16.08.2019", "Updated: 19 November 2019": a date with the word that says what it dates. */
const PUBLISHING_WORD = new RegExp(`(?:^|[\\s:(])(?:${PUBLISHING_WORDS})(?=$|[\\s:,.)])`, 'u');

/** Reading time and length: "5 min read", "21 minutes - 4312 words", "Reading time: 4 minutes", "3 Min. Lesezeit". */
const READING =
  /^(?:(?:estimated )?reading time:? )?(?:\d+(?:[.,]\d+)? ?(?:min(?:ute)?s?\.?|hours?|hrs?)(?: (?:read|reading|to read|reading time))?|(?:\d[\d,.]* words))(?: ?[-–—|·•,/] ?(?:\d[\d,.]* words|\d+ ?(?:min(?:ute)?s?\.?)(?: read)?))?$/;
const READING_OTHER = new RegExp(`^(?:${alternation(READING_TIME).replace(/\bn\b/g, '\\d+')})$`, 'u');

/** How a stamp line is made: only date tokens, or with names glued on. */
function stampShape({ core, lower, text }: LineInfo): 'label' | 'pure' | 'named' | 'field' | undefined {
  if (/^[—–]/.test(text) || /^by\b/.test(lower) || /@\w+\)/.test(text)) return undefined; // quote attributions; bylines have their own rule
  // A quoted key and its value ("Timestamp": "2030-08-14 17:43:12",): a line of data or code the article shows.
  if (/^["'][^"']+["']\s*:/.test(core)) return undefined;
  if (LABEL_ONLY.test(lower)) return 'label';
  if (!hasDateAnchor(lower)) return undefined;
  const lowerTokens = dateTokens(lower);
  const rawTokens = dateTokens(core);
  if (lowerTokens.length !== rawTokens.length) return undefined;
  let foreign = 0;
  for (let i = 0; i < lowerTokens.length; i++) {
    if (isDateToken(lowerTokens[i]!)) continue;
    // A few capitalised words: a source, place or author glued to the stamp.
    if (!NAME_TOKEN.test(rawTokens[i]!)) return undefined;
    foreign++;
  }
  if (foreign === 0) return 'pure';
  if (foreign > 5 || foreign >= lowerTokens.length) return undefined;
  // "Deadline: 03.11.2019", "Termin: 29.02.2020, 19 Uhr": a field of the story with its date, unless the field is a stamp word.
  // "2 December 2019: TV report on France 2": a dated entry of a chronology.
  if ((/^\p{L}[^\s:]*(?: [^\s:]+)?:/u.test(core) || /\s?:\s+\p{L}/u.test(core)) && !STAMP_WORD.test(lower)) return 'field';
  // "Neuzulassungen Oktober 2021:" introduces what follows (a list, a table): a lead-in, not a stamp.
  if (core.endsWith(':') && !STAMP_WORD.test(lower)) return 'field';
  return 'named';
}

/**
 * A date line next to a line of text that carries its own date or time ("PGA Tour, day 1, 21:00 on Sky Sport"):
 * the day heading of a schedule, a programme or a timeline, whose entries are dated. A neighbour that is a stamp
 * itself (an archive list, a stamp captured twice) or a paragraph of prose does not make a schedule.
 */
function besideDatedEntry(info: LineInfo, infos: readonly LineInfo[]): boolean {
  for (const j of [prevNonBlank(infos, info.line.index), nextNonBlank(infos, info.line.index)]) {
    if (j < 0) continue;
    const other = infos[j]!;
    if (other.words < 3 || other.words > 40 || isProseLine(other) || !hasDateAnchor(other.lower)) continue;
    const shape = stampShape(other);
    if (shape === undefined || shape === 'field') return true;
  }
  return false;
}

/** A date line among date lines with names: a schedule, a tour list, a programme ("June 17 – Nashville, TN"). */
function inSchedule(info: LineInfo, infos: readonly LineInfo[]): boolean {
  for (const j of [prevNonBlank(infos, info.line.index), nextNonBlank(infos, info.line.index)]) {
    if (j < 0) continue;
    const other = infos[j]!;
    // A copy of the same line is a stamp captured twice, not a schedule.
    if (other.words > 24 || other.lower === info.lower || !hasDateAnchor(other.lower)) continue;
    const shape = stampShape(other);
    if (shape === 'named' || shape === 'field') return true;
  }
  return false;
}

const SCHEDULE_DATE = { messageId: 'scheduleDate', safe: false, confidence: 0.8, evidence: ['date/time tokens', 'next to a dated entry'] };

export default lineRule(
  {
    id: 'no-timestamp',
    description: 'Disallow publication date/time stamps, "Updated ..." lines and reading times on lines of their own.',
    category: 'residue',
    severity: 'error',
    recommended: true,
    fixable: 'both',
    hasSuggestions: true,
    docs: 'rules/no-timestamp.ts',
    messages: {
      stamp: '"{{line}}" is a publication stamp (a date, a time or a reading time): stamps are page metadata, not article text.',
      clockTime: '"{{line}}" is a time of day on a line of its own: a publication stamp, or an entry of a schedule or live blog.',
      publishedStamp: '"{{line}}" is a publication stamp ("published/updated on ..."): stamps are page metadata, not article text.',
      scheduleDate: '"{{line}}" is a date on a line of its own next to a dated entry: a publication stamp, or the day heading of a schedule or programme.',
      headlineDate: '"{{line}}" is a date with a few words, and the page\'s title begins with it: the article\'s headline, or a stamp.',
      stampWithName: '"{{line}}" looks like a date/time stamp with a source or author: publication stamps are page metadata, not article text.',
    },
  },
  24,
  (info, infos) => {
    if (READING.test(info.lower) || READING_OTHER.test(info.lower.replace(/\s*:\s*/, ' '))) {
      return { messageId: 'stamp', safe: true, confidence: 0.99, evidence: ['reading time: minutes/words count only'] };
    }
    const shape = stampShape(info);
    if (shape === undefined || shape === 'field') return undefined;
    if (shape === 'label') return { messageId: 'stamp', safe: true, confidence: 0.99, evidence: ['stamp label ending in a colon'] };
    // Two dates without a "published/updated" word: the period the story names
    // ("3 March 2021 | 14 June 2021"), an exhibition's run, not a stamp.
    if (!STAMP_WORD.test(info.lower) && countDates(info.lower) >= 2) return undefined;
    if (shape === 'pure') {
      // A schedule, a timeline or a live blog gives its entries a time of day; a publication stamp gives a date.
      if (CLOCK_ONLY.test(info.lower)) return { messageId: 'clockTime', safe: false, confidence: 0.8, evidence: ['a time of day only'] };
      if (PUBLISHING_WORD.test(info.lower)) return { messageId: 'publishedStamp', safe: false, confidence: 0.95, evidence: ['date/time tokens', 'a publishing word'] };
      if (besideDatedEntry(info, infos)) return SCHEDULE_DATE;
      return { messageId: 'stamp', safe: true, confidence: 0.99, evidence: ['date/time tokens only'] };
    }
    // "Protokoll der Vorstandssitzung vom 10. Oktober 2019" where the page's title begins the same: the headline.
    if (pageTitleBeginsWith(infos, info)) return { messageId: 'headlineDate', safe: false, confidence: 0.8, evidence: ['date/time tokens', "the page's title begins with the line"] };
    if (inSchedule(info, infos)) return undefined;
    if (besideDatedEntry(info, infos)) return SCHEDULE_DATE;
    return { messageId: 'stampWithName', safe: true, confidence: 0.95, evidence: ['date/time tokens', 'a few capitalised names'] };
  },
);
