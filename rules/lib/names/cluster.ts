/**
 * Variant clustering within one article. Three kinds of cluster:
 *
 * - spelling: the same name key (case, diacritics, hyphens and spaces folded
 *   away) written two ways: "Al-Aqsa Mosque" / "Al Aqsa mosque", "Kühn" / "Kuhn".
 * - respelling: multi-word names that differ in one non-initial word by a
 *   small edit that sounds the same: "Ismail Haniyeh" / "Ismail Haniya".
 * - surname: a surname used alone after a full name was introduced, matching
 *   no introduced person exactly but one closely: "William Burns" ... "Byrne".
 *
 * Candidate pairs only ever come from small buckets (same key, same words but
 * one, same first letter or sound), never from all pairs of mentions.
 */
import type { DocumentView } from '../../../src/rule-kit/index.js';
import { doubleMetaphone } from 'double-metaphone';
import { extractWithTable, FLAG_BLOCKED, FLAG_JOIN_NEXT, plainPart, withoutHonorifics, type Mention, type Part, type Word } from './extract.js';
import { closeSpelling, isDemonymLike, isFamiliarWord, memo, nameKey, PARTICLES } from './text.js';

/** A spelling with case folded but diacritics kept, apostrophes unified ("Kühn" is not "Kuhn"). */
const spellingOf = memo((text) => text.toLowerCase().replace(/[’ʼ]/g, "'"));

export type ClusterKind = 'spelling' | 'respelling' | 'surname';

export interface Occurrence {
  start: number;
  end: number;
  /** The spelling as written (possessive stripped). */
  text: string;
  /** What the message shows: the full name for a surname inside it. */
  label: string;
  line: number;
  initial: boolean;
}

export interface Form {
  /** Comparison form: the spelling with apostrophes unified and a sentence-initial particle lowercased. */
  compare: string;
  /** The spelling to write when this form is preferred. */
  text: string;
  key: string;
  occurrences: Occurrence[];
}

export interface Cluster {
  kind: ClusterKind;
  forms: Form[];
}

/**
 * What the rules read. The words and line information of the extraction are not kept: the
 * analysis lives as long as its document, and the less of it there is, the less each garbage
 * collection meanwhile has to copy.
 */
export interface Analysis {
  /** All mentions, in order (`Extraction.mentions`). */
  mentions: Mention[];
  /** Mentions that take part in clustering. */
  eligible: Mention[];
  clusters: Cluster[];
  /** Keys written in more than one compare form in this article (for the corpus rule). */
  variedKeys: ReadonlySet<string>;
}

/** The analysis of one document, computed once and shared by the names rules. */
export function analyze(doc: DocumentView): Analysis {
  return doc.memo('names:analysis', () => compute(doc));
}

export function compareForm(parts: readonly Part[], seps: readonly string[], initial: boolean): string {
  let s = parts.map((p, i) => seps[i] + p.text.replace(/[’ʼ]/g, "'")).join('');
  if (initial && PARTICLES.has(parts[0]!.fold)) s = s.charAt(0).toLowerCase() + s.slice(1);
  return s;
}

function onlyAcronyms(parts: readonly Part[]): boolean {
  return parts.every((p) => p.upper || !p.cap);
}

/**
 * Whether `b` may be another spelling of `a` when both have the same key
 * (same letters once case, diacritics and separators are folded). Differences
 * in separators and diacritics always count; differences in case count only
 * in the last word of a multi-word name whose other words are a name by
 * themselves ("Al-Aqsa Mosque" / "Al Aqsa mosque"), never for acronyms or
 * after a demonym ("Israeli Army" / "Israeli army" is a style choice).
 */
export function acceptableVariant(a: { parts: readonly { text: string; fold: string }[] }, b: { parts: readonly { text: string; fold: string }[] }, bInitial = false): boolean {
  const pa = a.parts;
  const pb = b.parts;
  const caseOnlyAt: number[] = [];
  if (pa.length === pb.length) {
    for (let i = 0; i < pa.length; i++) {
      const x = pa[i]!;
      const y = pb[i]!;
      if (x.fold !== y.fold) return true; // structure differs only inside: the key is equal, so separators moved
      const xs = x.text.normalize('NFD').replace(/\p{M}+/gu, '');
      const ys = y.text.normalize('NFD').replace(/\p{M}+/gu, '');
      if (xs !== ys) {
        if (i === 0 && bInitial && xs.slice(1) === ys.slice(1)) continue;
        caseOnlyAt.push(i);
      }
    }
    if (!caseOnlyAt.length) return true; // separators or diacritics only
    if (pa.some((p) => /^\p{Lu}{2,}$/u.test(p.text)) || pb.some((p) => /^\p{Lu}{2,}$/u.test(p.text))) return false;
    if (pa.length === 1) return false;
    const last = pa.length - 1;
    const firstIsParticle = PARTICLES.has(pa[0]!.fold);
    // Case may differ in the trailing words only ("Jenin Refugee Camp" / "Jenin refugee camp"),
    // and in a leading particle ("Al-Sadr" / "al-Sadr").
    const tail = caseOnlyAt.filter((i) => !(i === 0 && firstIsParticle));
    const from = tail.length ? Math.min(...tail) : pa.length;
    if (tail.some((i, k) => i !== from + k) || (tail.length && tail[tail.length - 1] !== last)) return false;
    if (tail.length) {
      const anchor = pa.slice(0, from).filter((p) => !PARTICLES.has(p.fold));
      if (!anchor.length || anchor.every((p) => isDemonymLike(p.fold) || isFamiliarWord(p.fold))) return false;
    }
    return true;
  }
  // Joined and split forms ("AlAkhbar" / "Al Akhbar"): both must be capitalised names.
  return /^\p{Lu}/u.test(pa[0]!.text) && /^\p{Lu}/u.test(pb[0]!.text);
}

interface StreamPart {
  part: Part;
  /** The word, or undefined for a word not materialised (a plain lowercase word or a number). */
  word: Word | undefined;
  /** Index of the word among all words. */
  wi: number;
  /** Index of the part in its word. */
  pi: number;
}

function compute(doc: DocumentView): Analysis {
  const { extraction, table } = extractWithTable(doc);
  const { words, mentions, lowercase } = extraction;
  const eligible = mentions.filter((m) => !m.excluded && !onlyAcronyms(m.parts));
  const lineOf = (offset: number) => doc.lineAt(offset) + 1;

  // ---- spelling groups: same key -------------------------------------
  const groups = new Map<string, Map<string, Form>>();
  /** Spans already taken, as start * 2^26 + end (offsets stay far below 2^26: see NLCST_MAX_CHARS). */
  const seen = new Set<number>();
  const addOcc = (key: string, compare: string, occ: Occurrence) => {
    const span = occ.start * 67108864 + occ.end;
    if (seen.has(span)) return;
    seen.add(span);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Map()));
    let f = g.get(compare);
    if (!f) {
      // "Al-Akhbar" opening a sentence and "al-Akhbar" inside one are the same spelling.
      for (const other of g.values()) {
        if (other.compare.slice(1) === compare.slice(1) && (occ.initial || other.occurrences.every((o) => o.initial))) f = other;
      }
    }
    if (!f) g.set(compare, (f = { compare, text: occ.text, key, occurrences: [] }));
    // Prefer a spelling written mid-sentence: a sentence-initial one may have a capital it does not need.
    else if (!occ.initial && f.occurrences.every((o) => o.initial)) f.text = occ.text;
    f.occurrences.push(occ);
  };
  const mentionOcc = (m: Mention): Occurrence => ({
    start: m.start,
    end: m.end,
    text: m.display,
    label: m.display,
    line: lineOf(m.start),
    initial: m.initial,
  });
  const repByKey = new Map<string, Mention[]>();
  for (const m of eligible) {
    addOcc(m.key, compareForm(m.parts, m.seps, m.initial), mentionOcc(m));
    let reps = repByKey.get(m.key);
    if (!reps) repByKey.set(m.key, (reps = []));
    if (!reps.some((r) => r.parts.length === m.parts.length)) reps.push(m);
  }

  // Stream of parts (every part of every word, in order), to find the same words written
  // with other case or separators inside longer names or with a lowercase last word.
  // A position in the stream is a word index and a part index; parts of words
  // not materialised are made only when a match reaches them (a number is one
  // part: it is blocked and has no capital, so no match goes through it).
  // `table` is scratch storage: used here only, before any other document is extracted.
  const { start: wordStart, end: wordEnd, flags: wordFlags, rich: richAt, count: wordCount } = table;
  const rich = (wi: number): Word | undefined => {
    const ri = richAt[wi]!;
    return ri === -1 ? undefined : words[ri];
  };
  const wanted = new Set<string>();
  for (const reps of repByKey.values()) for (const r of reps) if (r.parts.length >= 2) wanted.add(r.parts[0]!.fold);
  /** fold -> flattened (word index, part index) pairs, in stream order. */
  const positions = new Map<string, number[]>();
  if (wanted.size) {
    for (const w of words) {
      if (w.blocked) continue;
      const ps = w.parts;
      for (let pi = 0; pi < ps.length; pi++) {
        const fold = ps[pi]!.fold;
        if (!wanted.has(fold)) continue;
        let list = positions.get(fold);
        if (!list) positions.set(fold, (list = []));
        list.push(w.index, pi);
      }
    }
  }
  const partCount = (wi: number): number => rich(wi)?.parts.length ?? 1;
  const streamAt = (wi: number, pi: number): StreamPart => {
    const w = rich(wi);
    return { part: w ? w.parts[pi]! : plainPart(doc, wordStart[wi]!, wordEnd[wi]!), word: w, wi, pi };
  };
  /** The stream element after `sp`, if any. */
  const after = (sp: StreamPart): StreamPart | undefined => {
    if (sp.pi + 1 < partCount(sp.wi)) return streamAt(sp.wi, sp.pi + 1);
    return sp.wi + 1 < wordCount ? streamAt(sp.wi + 1, 0) : undefined;
  };
  /** The stream element before `sp`, if any. */
  const before = (sp: StreamPart): StreamPart | undefined => {
    if (sp.pi > 0) return streamAt(sp.wi, sp.pi - 1);
    return sp.wi > 0 ? streamAt(sp.wi - 1, partCount(sp.wi - 1) - 1) : undefined;
  };
  const connected = (a: StreamPart, b: StreamPart): boolean => {
    if (a.wi === b.wi) return b.pi === a.pi + 1;
    return (
      b.wi === a.wi + 1 &&
      a.pi === partCount(a.wi) - 1 &&
      b.pi === 0 &&
      (wordFlags[a.wi]! & FLAG_JOIN_NEXT) !== 0 &&
      !(a.word?.possessive ?? false) &&
      (wordFlags[b.wi]! & FLAG_BLOCKED) === 0
    );
  };
  const lines = extraction.lines;
  for (const [key, reps] of repByKey) {
    for (const rep of reps) {
      const n = rep.parts.length;
      if (n < 2) continue;
      const list = positions.get(rep.parts[0]!.fold);
      if (!list) continue;
      for (let li = 0; li < list.length; li += 2) {
        const span: StreamPart[] = [streamAt(list[li]!, list[li + 1]!)];
        let ok = true;
        for (let k = 1; ok && k < n; k++) {
          const next = after(span[k - 1]!);
          ok = next !== undefined && connected(span[k - 1]!, next) && next.part.fold === rep.parts[k]!.fold;
          if (ok) span.push(next!);
        }
        if (!ok) continue;
        const first = span[0]!;
        const firstWord = first.word!;
        const lastSp = span[n - 1]!;
        const line = firstWord.line;
        if (lines[line]!.titleCase || lines[line]!.shouting) continue;
        if (!first.part.cap && !PARTICLES.has(first.part.fold)) continue;
        const start = first.part.start;
        const end = lastSp.part.end;
        if (seen.has(start * 67108864 + end)) continue;
        const parts = span.map((s) => s.part);
        const seps = span.map((s, i) => (i === 0 ? '' : s.wi === span[i - 1]!.wi ? '-' : ' '));
        const initial = first.pi === 0 && firstWord.initial;
        const text = parts.map((p, i) => seps[i] + p.text).join('');
        const compare = compareForm(parts, seps, initial);
        const forms = groups.get(key)!;
        const occ: Occurrence = { start, end, text, label: text, line: lineOf(start), initial };
        if (forms.has(compare)) {
          addOcc(key, compare, occ);
          continue;
        }
        // A different spelling. Inside a longer name, or in a heading, only a
        // difference of separators or diacritics counts; case differences need a
        // complete name in running prose.
        const prevSp = before(first);
        const nextSp = after(lastSp);
        const openerOnly = (sp: StreamPart) =>
          sp.word !== undefined && sp.word.initial && sp.pi === 0 && (isFamiliarWord(sp.part.fold) || lowercase.has(sp.part.fold));
        const inLonger =
          (prevSp && connected(prevSp, first) && prevSp.part.cap && !openerOnly(prevSp)) || (nextSp && connected(lastSp, nextSp) && nextSp.part.cap);
        const caseDiffers = parts.some((p, i) => p.text !== rep.parts[i]!.text && p.text.toLowerCase() === rep.parts[i]!.text.toLowerCase() && !(i === 0 && initial));
        if (caseDiffers && (inLonger || lines[line]!.heading)) continue;
        if (!acceptableVariant(rep, { parts }, initial)) continue;
        addOcc(key, compare, occ);
      }
    }
  }

  const clusters: Cluster[] = [];
  const variedKeys = new Set<string>();
  for (const [key, forms] of groups) {
    if (forms.size < 2) continue;
    variedKeys.add(key);
    const list = [...forms.values()];
    // Every form must be an acceptable variant of the first-seen one.
    const ordered = list.sort((a, b) => a.occurrences[0]!.start - b.occurrences[0]!.start);
    const base = ordered[0]!;
    const baseParts = partsOf(base.text);
    const kept = ordered.filter((f, i) => i === 0 || acceptableVariant({ parts: baseParts }, { parts: partsOf(f.text) }, f.occurrences.every((o) => o.initial)));
    if (kept.length >= 2) clusters.push({ kind: 'spelling', forms: kept });
  }

  // ---- respelling: multi-word names differing in one word --------------
  const multi = new Map<string, { mention: Mention; compare: string }>();
  for (const m of eligible) {
    if (m.parts.length < 2) continue;
    const compare = compareForm(m.parts, m.seps, m.initial);
    if (!multi.has(compare)) multi.set(compare, { mention: m, compare });
  }
  const buckets = new Map<string, Array<{ mention: Mention; compare: string }>>();
  for (const entry of multi.values()) {
    const ps = entry.mention.parts;
    for (let i = 0; i < ps.length; i++) {
      if (i === 0 && !PARTICLES.has(ps[0]!.fold)) continue;
      const b = `${ps.length}|${i}|${ps.map((p, j) => (j === i ? '*' : p.fold)).join(' ')}`;
      let list = buckets.get(b);
      if (!list) buckets.set(b, (list = []));
      list.push(entry);
    }
  }
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const [b, list] of buckets) {
    if (list.length < 2 || list.length > 12) continue;
    const i = Number(b.split('|')[1]);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const px = list[x]!.mention.parts[i]!;
        const py = list[y]!.mention.parts[i]!;
        const bothParticles = PARTICLES.has(px.fold) && PARTICLES.has(py.fold);
        if (!bothParticles && !(px.cap && py.cap && closeSpelling(px.text, py.text))) continue;
        const kx = find(list[x]!.mention.key);
        const ky = find(list[y]!.mention.key);
        if (kx !== ky) parent.set(ky, kx);
      }
    }
  }
  if (parent.size) {
    const byRoot = new Map<string, Set<string>>();
    for (const m of eligible) {
      if (!parent.has(m.key) && ![...parent.values()].includes(m.key)) continue;
      const r = find(m.key);
      let s = byRoot.get(r);
      if (!s) byRoot.set(r, (s = new Set()));
      s.add(m.key);
    }
    for (const keys of byRoot.values()) {
      if (keys.size < 2) continue;
      const forms: Form[] = [];
      for (const k of keys) for (const f of groups.get(k)?.values() ?? []) forms.push(f);
      clusters.push({ kind: 'respelling', forms });
    }
  }

  // ---- surname used alone ---------------------------------------------
  // Spellings are told apart by their letters with case folded but diacritics kept ("Kühn" is not "Kuhn").
  const spelling = (p: Part) => spellingOf(p.text);
  const knownParts = new Set<string>();
  for (const m of mentions) {
    const core = withoutHonorifics(m).parts;
    if (core.length >= 2) for (const p of core) knownParts.add(spelling(p));
  }
  const isCommon = (fold: string) => isFamiliarWord(fold) || lowercase.has(fold);
  interface Intro { mention: Mention; part: Part }
  const introsByLetter = new Map<string, Intro[]>();
  const surnameOccs = new Map<string, Occurrence[]>();
  for (const m of eligible) {
    const core = withoutHonorifics(m).parts;
    if (core.length < 2) continue;
    const last = core[core.length - 1]!;
    const before = core[core.length - 2]!;
    // "William Burns": a given-name-like word before the surname; "Gaza Strip", "Israeli Army" are no people.
    if (!last.cap || last.upper || before.upper || (!before.cap && !PARTICLES.has(before.fold))) continue;
    if (before.cap && (isCommon(before.fold) || isDemonymLike(before.fold)) && isCommon(last.fold)) continue;
    const occ: Occurrence = { start: last.start, end: last.end, text: last.text, label: personLabel(core), line: lineOf(m.start), initial: false };
    const id = spelling(last);
    let list = surnameOccs.get(id);
    if (!list) surnameOccs.set(id, (list = []));
    list.push(occ);
    for (const letter of soundBuckets(last.fold)) {
      let intros = introsByLetter.get(letter);
      if (!intros) introsByLetter.set(letter, (intros = []));
      if (!intros.some((x) => spelling(x.part) === id)) intros.push({ mention: m, part: last });
    }
  }
  const singles = new Map<string, Occurrence[]>();
  for (const m of eligible) {
    const { parts: core } = withoutHonorifics(m);
    if (core.length !== 1) continue;
    const p = core[0]!;
    const id = spelling(p);
    const occ: Occurrence = { start: p.start, end: p.end, text: p.text, label: p.text, line: lineOf(p.start), initial: m.initial && m.parts.length === 1 };
    // A surname already used alone counts for its full name.
    surnameOccs.get(id)?.push(occ);
    if (p.upper || !p.cap || knownParts.has(id) || isCommon(p.fold)) continue;
    let list = singles.get(id);
    if (!list) singles.set(id, (list = []));
    list.push(occ);
  }
  for (const [id, occs] of singles) {
    const firstAt = occs[0]!.start;
    const text = occs[0]!.text;
    const matches = new Map<string, Intro>();
    for (const letter of soundBuckets(nameKey(text))) {
      for (const intro of introsByLetter.get(letter) ?? []) {
        const introId = spelling(intro.part);
        if (intro.mention.start >= firstAt || matches.has(introId)) continue;
        const sameLetters = nameKey(intro.part.text) === nameKey(text);
        if (sameLetters || closeSpelling(intro.part.text, text)) matches.set(introId, intro);
      }
    }
    if (matches.size !== 1) continue; // none, or ambiguous between two introduced people
    const intro = [...matches.values()][0]!;
    const introOccs = surnameOccs.get(spelling(intro.part))!;
    clusters.push({
      kind: 'surname',
      forms: [
        { compare: intro.part.text, text: intro.part.text, key: nameKey(intro.part.text), occurrences: introOccs },
        { compare: text, text, key: id, occurrences: occs },
      ],
    });
  }

  return { mentions, eligible, clusters, variedKeys };
}

/** The person's name without titles before it: "CIA Director William Burns" -> "William Burns". */
function personLabel(core: readonly Part[]): string {
  let from = core.length - 2;
  while (from > 0 && PARTICLES.has(core[from]!.fold)) from--;
  return core
    .slice(from)
    .map((p, i) => (i === 0 ? '' : p.sep || ' ') + p.text)
    .join('');
}

/** `#` and the first letter of the word's sound (Double Metaphone is pure; names recur across articles). */
const soundBucket = memo((fold) => `#${doubleMetaphone(fold)[0].charAt(0)}`);

/** Bucket letters for a word: its first letter and the first letter of its sound. */
function soundBuckets(fold: string): string[] {
  return [fold.charAt(0), soundBucket(fold)];
}

/** Splits a written form back into parts (for comparing stored spellings). */
export function partsOf(text: string): Array<{ text: string; fold: string }> {
  return text
    .split(/[\s\-‐‑]+/)
    .filter(Boolean)
    .map((t) => ({ text: t, fold: nameKey(t) }));
}

