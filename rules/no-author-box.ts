/**
 * @module no-author-box
 * Flags an author box scraped with the article: a short block at the
 * article's edge with a person's name and a sentence about them in the third
 * person ("Dana Whitlock is a science reporter based in Leeds."), often with
 * the name on its own line above and profile links around it.
 *
 * Found by structure: a sentence that opens with a name (two or three
 * capitalised words, or one that repeats the name line right above it), the
 * article's prose above it and little prose below, and either the name line
 * above or known page furniture on both sides (what the pattern residue rules
 * found, a separator line). One of a bio's third-person verbs after the name
 * ("is", "was", "writes"; in the seven languages of the residue vocabulary)
 * or a profile link next to it is needed as well. A page with more than
 * `maxBoxes` such lines lists people as its content (a team page, a list of
 * candidates) and is left alone.
 *
 * @example Invalid
 *   The council approved the budget on Monday after a debate that lasted more than six hours, officials said.
 *   Members voted seven to two in favour of the plan, which raises spending on schools and roads by a tenth.
 *   The mayor said the vote was a victory for residents who had waited years for the new library to open its doors.
 *   Dana Whitlock
 *   Dana Whitlock is a keen cyclist who has ridden every road in the county since 2015.
 *   @dwhitlock
 * @example Valid
 *   Dana Whitlock is a local government reporter who has covered the council since 2015, and she chaired the debate.
 *   The council approved the budget on Monday after a debate that lasted more than six hours, officials said.
 *   Members voted seven to two in favour of the plan, which raises spending on schools and roads by a tenth.
 *
 * Findings are suggestions (never a safe fix): a bio at the end may be the
 * article's own closing line.
 */
import { type Rule } from '../src/rule-kit/index.js';
import { explicitResidue } from './lib/boilerplate.js';
import { vocabularyOf, type Vocabulary } from './lib/language.js';
import { PATTERN_RESIDUE_RULES } from './lib/pattern-residue-rules.js';
import { isProseLine, lineInfos, nextNonBlank, prevNonBlank, removeLinesFix, residueData, type LineInfo } from './lib/residue-lines.js';

interface AuthorBoxOptions {
  /** Most author boxes on one page; more name-and-bio lines are a list of people, the page's content. */
  maxBoxes: number;
}

/** A sentence that opens with capitalised words and goes on in lower case: "Dana Whitlock is …". */
const NAME_OPENING = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}) (\p{Ll}+)\b/u;
/** Third-person verbs a bio goes on with, in English and the residue vocabulary's languages (supporting evidence only). */
const BIO_VERBS: ReadonlySet<string> = new Set([
  ...['is', 'was', 'has', 'covers', 'writes', 'joined', 'lives', 'works', 'reports', 'teaches', 'edits', 'leads'],
  ...['ist', 'war', 'schreibt', 'arbeitet', 'lebt', 'berichtet'],
  ...['est', 'était', 'écrit', 'vit', 'travaille'],
  ...['es', 'fue', 'escribe', 'vive', 'trabaja'],
  ...['è', 'era', 'scrive', 'lavora'],
  ...['é', 'foi', 'escreve', 'trabalha'],
  ...['schrijft', 'werkt', 'woont'],
  ...['jest', 'był', 'była', 'pisze', 'pracuje'],
]);
/** Function words of the languages the residue rules know: a sentence opening with one ("The Times is …") opens with no name. */
const FUNCTION_WORDS: readonly Vocabulary[] = ['eng', 'deu', 'fra', 'spa', 'ita', 'por', 'nld', 'pol'].map((lang) => vocabularyOf(lang)!);
/** Prose words above a bio that make it "after the article". */
const MIN_PROSE_ABOVE = 60;
/** Most words of a bio line. */
const MAX_BIO_WORDS = 80;
/** A profile link: a handle, an address, an e-mail. */
const PROFILE_LINK = /(?:^|\s)@[\p{L}\d_.]{2,}|https?:\/\/|www\.|\S@\S+\.\S/u;

/** A line without letters: a rule of underscores, dashes or stars. */
function isSeparator(info: LineInfo): boolean {
  return info.words > 0 && !/\p{L}/u.test(info.text);
}

interface Box {
  first: number;
  bio: number;
  last: number;
  evidence: string[];
  confidence: number;
}

const rule: Rule<AuthorBoxOptions> = {
  meta: {
    id: 'no-author-box',
    description: 'Disallow author boxes at the article\'s edge: a name with a third-person bio and profile links.',
    category: 'residue',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    hasSuggestions: true,
    // What the pattern rules found around a bio is known furniture.
    dependsOn: [...PATTERN_RESIDUE_RULES],
    schema: {
      type: 'object',
      properties: { maxBoxes: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { maxBoxes: 2 },
    docs: 'rules/no-author-box.ts',
    messages: {
      authorBox: '"{{line}}" is an author box (a name and a third-person bio at the article\'s edge): author boxes are not article text.',
    },
  },
  check({ doc, options, report, findings }) {
    const infos = lineInfos(doc);
    const n = infos.length;
    const proseAbove = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) proseAbove[i + 1] = proseAbove[i]! + (isProseLine(infos[i]!) ? infos[i]!.words : 0);
    const total = proseAbove[n]!;
    let furniture: Uint8Array | undefined;
    const isFurniture = (i: number) => i < 0 || isSeparator(infos[i]!) || (furniture ??= explicitResidue(doc, PATTERN_RESIDUE_RULES.flatMap((id) => findings(id))))[i] === 1;
    const boxes: Box[] = [];
    for (let i = 0; i < n; i++) {
      const info = infos[i]!;
      if (info.words < 8 || info.words > MAX_BIO_WORDS || !isProseLine(info)) continue;
      const m = NAME_OPENING.exec(info.core);
      if (!m) continue;
      const name = m[1]!.split(' ');
      const firstWord = name[0]!.toLowerCase();
      if (FUNCTION_WORDS.some((v) => v.has(firstWord))) continue;
      // Position: the article's prose above, less below.
      const above = proseAbove[i]!;
      const below = total - proseAbove[i + 1]!;
      if (above < MIN_PROSE_ABOVE || below >= above) continue;
      const p = prevNonBlank(infos, i);
      // The name line is the name itself ("Configuring Stunnel" above "Stunnel is …" is a subheading).
      const nameLine = p >= 0 && infos[p]!.core === m[1];
      if (!nameLine && name.length < 2) continue;
      const first = nameLine ? p : i;
      const before = prevNonBlank(infos, first);
      const after = nextNonBlank(infos, i);
      const edged = isFurniture(before) && (after < 0 || isFurniture(after));
      if (!nameLine && !edged) continue;
      // Profile links right after the bio belong to the box.
      let last = i;
      for (let k = after; k !== -1 && infos[k]!.words <= 4 && PROFILE_LINK.test(infos[k]!.text); k = nextNonBlank(infos, k)) last = k;
      const links = last > i || PROFILE_LINK.test(info.text);
      const verb = BIO_VERBS.has(m[2]!);
      if (!verb && !links) continue;
      const evidence = [
        nameLine ? 'the name line above opens the bio' : 'a sentence opening with a name',
        ...(edged ? ['page furniture on both sides'] : []),
        ...(verb ? ['a third-person verb after the name'] : []),
        ...(links ? ['profile links'] : []),
        'after the article\'s prose',
      ];
      const confidence = Math.min(0.95, 0.75 + (nameLine && edged ? 0.1 : 0) + (verb && links ? 0.05 : 0));
      boxes.push({ first, bio: i, last, evidence, confidence: Number(confidence.toFixed(2)) });
      i = last;
    }
    if (boxes.length > options.maxBoxes) return;
    for (const b of boxes) {
      report({
        messageId: 'authorBox',
        data: residueData(infos[b.bio]!.text, b.confidence, b.evidence),
        start: infos[b.first]!.line.start,
        end: infos[b.last]!.line.end,
        suggestions: [{ desc: b.last > b.first ? 'Remove the author box' : 'Remove the line', fix: removeLinesFix(doc, b.first, b.last) }],
      });
    }
  },
};

export default rule;
