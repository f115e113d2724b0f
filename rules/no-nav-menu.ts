/**
 * @module no-nav-menu
 * Forbids site navigation menus: runs of three or more short label lines
 * ("Home", "News", "Politics", "Sport", "Contact Us") among which several are
 * the usual section names of news sites. A lone subheading, a list inside the
 * story or a run of short lines without section names is left alone.
 *
 * @example Invalid
 *   Home
 *   News
 *   Politics
 *   Business
 * @example Valid
 *   Ingredients
 *   2 eggs
 *   1 cup flour
 *
 * Fix (suggestion): removes the whole menu.
 */
import { lineSpan, type Rule } from '../src/rule-kit/index.js';
import { lineInfos, removeLinesFix, type LineInfo } from './lib/residue-lines.js';

/** Section and service names of news sites (lower case). */
const SECTIONS = [
  'home', 'homepage', 'front page', 'news', 'latest', 'latest news', 'breaking', 'breaking news', 'top stories', 'world', 'world news',
  'us', 'u.s.', 'us news', 'uk', 'uk news', 'local', 'local news', 'national', 'nation', 'international', 'region', 'regional', 'metro',
  'city', 'state', 'politics', 'election', 'elections', 'government', 'business', 'economy', 'markets', 'finance', 'money',
  'personal finance', 'investing', 'companies', 'industry', 'tech', 'technology', 'science', 'science & tech', 'health',
  'wellness', 'healthcare', 'lifestyle', 'life', 'living', 'style', 'fashion', 'beauty', 'food', 'food & drink', 'drink',
  'dining', 'recipes', 'travel', 'entertainment', 'movies', 'film', 'tv', 'television', 'music', 'books', 'arts', 'art',
  'culture', 'arts & culture', 'celebrity', 'celebrities', 'showbiz', 'gossip', 'sports', 'sport', 'football', 'soccer',
  'basketball', 'baseball', 'hockey', 'tennis', 'golf', 'cricket', 'rugby', 'boxing', 'mma', 'motorsport', 'racing',
  'f1', 'nfl', 'nba', 'mlb', 'nhl', 'ncaa', 'college', 'high school', 'high school sports', 'olympics', 'opinion',
  'opinions', 'editorial', 'editorials', 'columnists', 'columns', 'letters', 'letters to the editor', 'commentary',
  'analysis', 'blogs', 'blog', 'video', 'videos', 'photos', 'pictures', 'galleries', 'photo galleries', 'podcasts',
  'podcast', 'multimedia', 'live', 'live tv', 'watch', 'listen', 'radio', 'weather', 'traffic', 'obituaries', 'obits',
  'classifieds', 'jobs', 'careers', 'real estate', 'homes', 'property', 'cars', 'autos', 'auto', 'motoring',
  'education', 'environment', 'climate', 'energy', 'crime', 'courts', 'justice', 'religion', 'faith', 'games',
  'puzzles', 'crossword', 'crosswords', 'horoscopes', 'comics', 'deals', 'shopping', 'reviews', 'features', 'events',
  'things to do', 'newsletters', 'newsletter', 'subscribe', 'subscriptions', 'sign in', 'log in', 'login', 'register',
  'account', 'search', 'menu', 'more', 'sections', 'topics', 'contact', 'contact us', 'about', 'about us', 'advertise',
  'advertising', 'privacy', 'privacy policy', 'terms', 'terms of use', 'terms of service', 'cookie policy', 'sitemap',
  'site map', 'help', 'faq', 'rss', 'rss feed', 'archives', 'archive', 'e-edition', 'enewspaper', "today's paper",
  'print edition', 'mobile', 'apps', 'store', 'shop', 'magazine', 'español', 'trending', 'special reports', 'specials',
  'investigations', 'data', 'interactive', 'interviews', 'profiles', 'media', 'society', 'people', 'family',
  'parenting', 'relationships', 'pets', 'gardening', 'home & garden', 'diy', 'gaming', 'esports', 'gadgets',
  'mobile', 'internet', 'security', 'cybersecurity', 'startups', 'ai', 'space', 'nature', 'wildlife', 'agriculture',
  'transportation', 'defense', 'military', 'immigration', 'world cup', 'africa', 'asia', 'europe', 'americas',
  'middle east', 'australia', 'canada', 'india', 'china', 'latin america', 'offbeat', 'odd news', 'weird news',
  'fact check', 'explainers', 'quizzes', 'contests', 'tickets', 'stats', 'scores', 'standings', 'schedule',
  'odds', 'fantasy', 'teams', 'players', 'results', 'fixtures', 'transfers', 'feedback', 'corrections', 'staff',
  'our team', 'careers', 'jobs board', 'job board', 'webinars', 'contribute', 'donate', 'support us', 'membership',
  'company', 'press', 'partners', 'policies', 'site information', 'all sections', 'entertainment news', 'tv & radio',
  'movies & tv', 'tv & movies', 'tv & showbiz', 'money & markets', 'business news', 'tech news', 'science news',
  'health news', 'sports news', 'election 2020', 'coronavirus', 'covid-19', 'ukraine', 'brexit', 'royals',
];
const SECTION_SET = new Set(SECTIONS);

/** A short label line that can be a menu item. */
function isLabel(info: LineInfo): boolean {
  if (info.words === 0 || info.words > 5 || info.core.length > 40) return false;
  // A final stop ends a sentence, except after an abbreviation ("U.S.") or an ellipsis.
  if (/[.!?,;]$/.test(info.core) && !/\.\.\.$|…$|(?:^|\s)(?:\p{Lu}\.)+$/u.test(info.core)) return false;
  // Quotes and dialogue, numbers with units, prices: lists in the story.
  if (/^["“'‘]/.test(info.core) || /[$€£%]/.test(info.core)) return false;
  return true;
}

function isSection(info: LineInfo): boolean {
  const key = info.lower.replace(/\s*(?:[»›>+▾▼↓]|\(\d+\))+$/, '').trim();
  return SECTION_SET.has(key);
}

const MIN_RUN = 3;
/** Blank lines allowed between two items of one menu. */
const MAX_GAP = 2;

const rule: Rule = {
  meta: {
    id: 'no-nav-menu',
    description: 'Disallow site navigation menus: runs of short label lines full of section names ("Home", "News", "Sport").',
    category: 'residue',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    docs: 'rules/no-nav-menu.ts',
  },
  check({ doc, report }) {
    const infos = lineInfos(doc);
    let i = 0;
    while (i < infos.length) {
      if (!isLabel(infos[i]!)) {
        i++;
        continue;
      }
      // Grow a run of label lines, allowing small blank gaps.
      const items: number[] = [i];
      let j = i + 1;
      let gap = 0;
      for (; j < infos.length; j++) {
        const info = infos[j]!;
        if (info.words === 0) {
          if (++gap > MAX_GAP) break;
          continue;
        }
        if (!isLabel(info)) break;
        gap = 0;
        items.push(j);
      }
      i = j;
      if (items.length < MIN_RUN) continue;
      const hits = items.filter((k) => isSection(infos[k]!)).length;
      if (hits < 2 || hits < items.length * 0.3) continue;
      const first = items[0]!;
      const last = items[items.length - 1]!;
      report({
        message: `Navigation menu (${items.length} lines, ${hits} section names): site menus are not article text.`,
        start: lineSpan(infos[first]!.line).start,
        end: infos[last]!.line.end,
        suggestions: [{ desc: 'Remove the menu', fix: removeLinesFix(doc, first, last) }],
      });
    }
  },
};

export default rule;
