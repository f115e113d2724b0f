/**
 * @module no-image-caption
 * Forbids photo credits, image captions with a credit, and gallery controls
 * left in the text: "(Photo credit: Reuters)", "Photo: Damian Dovarganes, AP",
 * "Alex Wong | Getty Images", "Image 1 of 23", "1 / 23", "Back to Gallery",
 * "Pictured: ...", "... Credit...Doug Mills/The New York Times".
 * A news sentence that mentions a photographer is prose.
 *
 * @example Invalid
 *   Rescuers search the rubble in Antakya. (AP Photo/Hussein Malla)
 * @example Valid
 *   Figure 2: Growth of the sample under blue light (photo: lab archive)
 * @example Valid
 *   The Associated Press photographer was injured while covering the protest.
 *
 * Fix: a pure credit or gallery control is removed (safe); a caption that also
 * describes the picture, and a labelled credit after the article's last
 * paragraph (`creditAfterText`, which some publishers end the story with), are
 * only offered as suggestions. So are a counter alone ("516 / 521",
 * `counter`) with no other gallery control beside it — a fraction, a score,
 * a page range or a table cell as often as a picture counter — and a
 * "Source:" label naming no picture agency (`source`: where a chart's figures
 * or a quoted statement come from).
 */
import { lineRule, nextNonBlank, prevNonBlank, proseBeyond, type LineInfo } from './lib/residue-lines.js';

const AGENCY =
  '(?:getty(?: images)?|ap(?: photo)?|afp|reuters|shutterstock|istock(?:photo)?|epa(?:-efe)?|alamy|associated press|pa(?: wire| images| media)?|xinhua|anadolu(?: agency)?|bloomberg|dpa|imago|sipa(?: usa)?|zuma(?: press| wire)?|efe|ansa|corbis|aap|nurphoto|rex(?: features)?|rex/shutterstock|unsplash|pexels|wikimedia commons|wikipedia|flickr|nasa|supplied|handout|file|the new york times|the washington post)';

/** A credit at the start: "Photo: ...", "Image credit: ...", "Photograph by ...". */
const CREDIT_LEAD =
  /^(?:(?:main|top|header|featured|cover|lead|file|hero|banner) )?(?:photo(?:graph)?|picture|image|img|pic|video|graphic|illustration|footage|artwork|photo illustration)s?(?: (?:credits?|courtesy(?: of)?|source|by|via|from))?\s*(?::|\||–|—|-|\.{3}|…)\s*\S|^(?:photo(?:graph)?|picture|image|illustration)s? (?:by|courtesy(?: of)?|via|from|credit) \S|^(?:credits?|source|courtesy(?: of)?|fotos?|foto)\s*(?::|\.{3}|…)\s*\S/;
/** BBC style labels: "Image source, Getty Images", "Image caption, Sandbags were handed out". */
const LABELLED = /^(?:image|media|video|photo|picture) (caption|source|credit)s?\s*[,:]\s*\S/;
/** NYT style "... Credit...Name/Outlet" or "Credit: Name" inside a caption line. */
const CREDIT_INSIDE = /(?:\bcredit|\bphoto|\bimage|\bpicture)s?(?:\.{2,}|…|:)\s*\S[^.!?]{0,80}$/;
/** Credit at the end: "... | Getty Images", "... (AP Photo/Name)", "... / Reuters". */
const CREDIT_TAIL = new RegExp(
  `(?:\\||/|\\(|—|–|,)\\s*(?:[^|()/]{0,60}(?:/|via )\\s*)?${AGENCY}(?: (?:photos?|images?|pictures?|pics?))?(?:\\s*(?:/|via)\\s*[^|()]{0,60})?\\s*\\)?$`,
);
const AGENCY_ONLY = new RegExp(`^(?:[^|()/]{0,60}\\s*(?:/|\\||via)\\s*)?${AGENCY}(?:\\s*(?:/|\\||via)\\s*[^|()/]{0,60})?$`);
/** Gallery and lightbox controls. */
const GALLERY =
  /^(?:(?:image|photo|picture|slide|item)s? \d+ (?:of|\/)(?: \/)? ?\d+|\d+ (?:of|\/) \d+(?: (?:photos|images|pictures|slides))?|caption|hide caption|show caption|toggle caption|expand|enlarge(?: this)? (?:image|photo)|view (?:full[- ]?screen|gallery|image|photo|slideshow|all (?:\d+ )?(?:photos|images))|(?:back to|open|launch|view|see|start|exit) (?:the )?(?:gallery|slideshow|photo gallery)|full ?screen|(?:see|view) (?:all )?\d* ?(?:photos|images|pictures)|\d+ (?:photos|images|pictures)|photos?|gallery|photo gallery|slideshow|swipe for more(?: photos)?|click to enlarge|tap to (?:enlarge|expand)|zoom(?: in)?)$/;
/** A picture agency named anywhere on the line. */
const AGENCY_NAMED = new RegExp(`\\b${AGENCY}\\b`);

/** A counter and nothing else: "1 / 23", "4 of 12". */
const BARE_COUNTER = /^\d+ (?:of|\/) \d+$/;

/** Whether the line before or after `i` is another gallery control ("Image 1 of 23", "Back to Gallery"). */
function besideGalleryControl(infos: readonly LineInfo[], i: number): boolean {
  for (const j of [prevNonBlank(infos, i), nextNonBlank(infos, i)]) {
    const other = j < 0 ? undefined : infos[j]!;
    if (other && other.words <= 8 && GALLERY.test(other.lower) && !BARE_COUNTER.test(other.lower)) return true;
  }
  return false;
}

/** A caption introduced by its position: "Above: ...", "Pictured: ...". */
const POSITIONED = /^(?:above|below|top|bottom|pictured|left|right|main picture|main photo|inset|top left|top right|bottom left|bottom right|centre|center|in the picture|photographed)\s*(?::|\(|—|–)\s*\S/;

/** A figure reference of the article itself: "Figure 3: ...", "Fig. 2 shows ...", "Table 1". */
const FIGURE_REFERENCE = /^(?:\(?(?:see )?(?:figure|fig\.?|figs\.?|table|chart|graph|diagram|exhibit|map|abbildung|abb\.|tabelle|grafik|rycina|ryc\.|tabela|figura|tabla|tableau|afbeelding|tabel)\s*\d)/;
/** What follows a credit label is a credit when it is a few capitalised names or an agency ("Photo: Jane Roe/AP"). */
function isCreditValue(value: string): boolean {
  const words = value.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7) return false;
  return words.every((w) => /^[\p{Lu}\d©(@]/u.test(w) || /^(?:\/|\||,|via|for|and|&|de|van|von|der|la|le|del|of|the)$/i.test(w) || /\//.test(w));
}

function sentenceLike(core: string, words: number): boolean {
  return words > 14 && /[.!?]["”’]?$/.test(core);
}

export default lineRule(
  {
    id: 'no-image-caption',
    description: 'Disallow photo credits, credited captions and gallery controls ("Photo: AP", "Image 1 of 23").',
    category: 'residue',
    severity: 'warn',
    recommended: true,
    fixable: 'both',
    docs: 'rules/no-image-caption.ts',
    messages: {
      gallery: '"{{line}}" is a gallery control: captions and credits belong to the page layout, not to the article text.',
      source: '"{{line}}" names a source: a photo credit, or where the article\'s figures or quoted statement come from.',
      counter: '"{{line}}" may be a gallery\'s picture counter, or a fraction, score or table cell of the article.',
      credit: '"{{line}}" is a photo credit: captions and credits belong to the page layout, not to the article text.',
      creditAfterText: '"{{line}}" is a photo credit after the article\'s last paragraph: page layout, unless the publisher ends the article with it.',
      caption: '"{{line}}" looks like an image caption: captions belong to the page layout, unless the story describes the picture.',
    },
  },
  70,
  (info, infos) => {
    const { lower, core, words, text } = info;
    // Quote attributions of embedded posts ("— Name (@handle) date") and the article's own figure references.
    if (/^[—–]/.test(text) || FIGURE_REFERENCE.test(lower)) return undefined;
    if (words <= 8 && GALLERY.test(lower)) {
      // "3 / 12" alone is a fraction, a score, a page range or a table cell as often as a gallery's counter.
      if (BARE_COUNTER.test(lower) && !besideGalleryControl(infos, info.line.index)) {
        return { messageId: 'counter', safe: false, confidence: 0.8, evidence: ['"n / m" alone', 'no gallery control beside it'] };
      }
      return { messageId: 'gallery', safe: true, confidence: 0.99, evidence: ['whole line is a gallery control'] };
    }
    if (words <= 10 && AGENCY_ONLY.test(lower) && (/^\(.*\)$/.test(text) || /[|/]|\b(?:photo|images?)\b/.test(lower))) {
      return { messageId: 'credit', safe: true, confidence: 0.97, evidence: ['agency name', 'credit punctuation'] };
    }
    const labelled = LABELLED.exec(lower);
    if (labelled) {
      if (labelled[1] === 'caption') return { messageId: 'caption', safe: false, confidence: 0.9, evidence: ['"image caption" label'] };
      return { messageId: 'credit', safe: words <= 10, confidence: 0.95, evidence: ['"image source/credit" label'] };
    }
    if (CREDIT_LEAD.test(lower)) {
      const value = core.replace(/^[^:|–—…]*(?::|\||–|—|\.{3}|…)\s*/, '');
      const credit = value !== core && isCreditValue(value);
      // "Source: CDC, Chicago Department of Public Health" under a chart, "Source: Defense Ministry, 25 October" under a
      // quoted statement: where the article's figures or quote come from. A picture agency after it makes it a credit.
      if (credit && /^sources?\s*:/.test(lower) && !AGENCY_NAMED.test(lower)) {
        return { messageId: 'source', safe: false, confidence: 0.8, evidence: ['"source" label', 'no picture agency after it'] };
      }
      // After the story's last paragraph a credit line may close the article as its publisher gives it.
      if (credit && !proseBeyond(infos, info.line.index, 1)) return { messageId: 'creditAfterText', safe: false, confidence: 0.9, evidence: ['credit label', 'names after it', 'after the article\'s prose'] };
      return credit
        ? { messageId: 'credit', safe: true, confidence: 0.95, evidence: ['credit label', 'names after it'] }
        : { messageId: 'caption', safe: false, confidence: 0.8, evidence: ['credit label', 'a description after it'] };
    }
    if (POSITIONED.test(lower) && words <= 60) return { messageId: 'caption', safe: false, confidence: 0.85, evidence: ['position word opens the line'] };
    if (sentenceLike(core, words) && !/\)$/.test(core)) return undefined;
    if (CREDIT_INSIDE.test(lower) && /(?:\.{2,}|…)/.test(lower)) return { messageId: 'caption', safe: false, confidence: 0.9, evidence: ['caption ends in its credit'] };
    if (CREDIT_TAIL.test(lower) && (/\b(?:photo|image|picture|getty|shutterstock|istock|alamy)\b/.test(lower) || /\|/.test(lower) || /^\(.*\)$/.test(text) || /\([^()]*\/[^()]*\)$/.test(text))) {
      return words <= 8
        ? { messageId: 'credit', safe: true, confidence: 0.95, evidence: ['ends in an agency credit', 'short'] }
        : { messageId: 'caption', safe: false, confidence: 0.9, evidence: ['ends in an agency credit'] };
    }
    return undefined;
  },
);
