/**
 * A deterministic corpus of realistic scraped articles: news paragraphs made
 * from a seeded generator, with residue, mojibake, spacing and sentence
 * defects mixed in at known rates. Same seed, same bytes.
 */
export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

const SUBJECTS = ['The ministry', 'A senior official', 'The delegation', 'Local residents', 'The central bank', 'Negotiators', 'The mayor of Lisbon', 'Analysts in Nairobi', 'The opposition party', 'Hospital staff', 'The court', 'Farmers in the region', 'The company', 'Police officers', 'The United Nations envoy'];
const VERBS = ['said', 'announced', 'confirmed', 'warned', 'denied', 'reported', 'argued', 'insisted', 'acknowledged', 'suggested'];
const CLAUSES = [
  'that talks would resume next week after a pause of several months',
  'that the budget for the coming year would rise by 4.5 percent',
  'that more than 1,200 people had been moved from their homes since Monday',
  'that the decision was taken after a long and difficult debate in parliament',
  'that prices of bread and fuel had doubled in less than a year',
  'that no agreement had been reached on the most contentious points',
  'that the new rules would take effect on January 1, 2025',
  'that investigators were still trying to establish the cause of the fire',
  'that schools in the capital would remain closed until further notice',
  'that the project had been delayed by shortages of steel and labour',
];
const TAILS = ['', ', according to a statement', ' on Tuesday', ', without giving details', ' in an interview with reporters', ', citing people familiar with the matter'];
const QUOTES = ['“We are doing everything we can,” she said.', '“This is not the end of the process,” he told reporters.', '“Nobody expected it to happen so quickly,” one resident said.', '“The numbers speak for themselves,” the minister added.'];
const HEADLINES = ['Talks resume as pressure mounts on both sides', 'Prices rise for a third month in a row', 'Court blocks new rules on protests', 'Floods force thousands from their homes', 'Central bank holds rates steady', 'Election date set after months of delay'];

const TOP_RESIDUE = ['Skip to content', 'Home | World | Business | Sport', 'Home > News > Europe', 'By Staff Reporter - March 3 2024', 'Published on: April 9, 2024', '3 min read', 'Advertisement'];
const BOTTOM_RESIDUE = ['Most Popular', 'Related Articles', 'Share this article', 'Facebook Twitter WhatsApp Email', 'Sign Up For The Morning Newsletter', 'I agree with the Terms and conditions and the Privacy policy', 'Follow us on Google News', '© 2024 Example Media. All rights reserved.', '@NewsDesk Latest update on the talks https://t.co/AbC123xyZ9', 'Leave a comment', 'PREV Prices rise for a third month in a row', 'NEXT Court blocks new rules on protests'];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function sentence(r) {
  if (r() < 0.12) return pick(r, QUOTES);
  return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, CLAUSES)}${pick(r, TAILS)}.`;
}

function defect(r, paragraph) {
  const x = r();
  if (x < 0.03) return paragraph.replace(/ the /, ' the the ');
  if (x < 0.05) return paragraph.replace(/“/, 'â€œ').replace(/”/, 'â€\u009d');
  if (x < 0.07) return paragraph.replace(/\. /, '.  ');
  if (x < 0.09) return `${paragraph} `;
  if (x < 0.1) return paragraph.replace(/\. ([A-Z])/, '.$1');
  return paragraph;
}

/** One article of roughly `targetBytes` bytes. */
export function article(r, targetBytes = 5000) {
  const lines = [];
  if (r() < 0.5) lines.push(pick(r, TOP_RESIDUE));
  lines.push(pick(r, HEADLINES));
  let size = 0;
  while (size < targetBytes) {
    const n = 2 + Math.floor(r() * 4);
    const p = defect(r, Array.from({ length: n }, () => sentence(r)).join(' '));
    lines.push(p);
    size += p.length + 2;
  }
  const tail = Math.floor(r() * 4);
  for (let i = 0; i < tail; i++) lines.push(pick(r, BOTTOM_RESIDUE));
  return `${lines.join('\n\n')}\n`;
}

export function corpus(count, seed = 42, targetBytes = 5000) {
  const r = rng(seed);
  return Array.from({ length: count }, () => article(r, targetBytes));
}
