/** Small word lists shared by the sentence rules. All entries lower-case. */

/** Abbreviations that end with a full stop and may be followed by a lower-case word ("Apple Inc. said"). */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpl', 'maj', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'supt', 'insp', 'det', 'fr', 'messrs', 'mme', 'mlle',
  'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'llc', 'dept', 'univ', 'assn', 'est', 'govt', 'intl',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vol', 'vols', 'p', 'pp', 'para', 'fig', 'figs', 'ch', 'chap', 'sec', 'art', 'ed', 'eds', 'op', 'cit',
  'ibid', 'al', 'etc', 'vs', 'v', 'cf', 'viz', 'approx', 'ca', 'circ', 'min', 'max', 'avg', 'est', 'incl', 'excl',
  'ave', 'blvd', 'rd', 'mt', 'ft', 'ln', 'hwy', 'sq', 'km', 'kg', 'lb', 'lbs', 'oz', 'cm', 'mm', 'hr', 'hrs',
  'mins', 'sec', 'secs', 'yr', 'yrs', 'mo', 'mos', 'wk', 'wks', 'tel', 'ext', 'dist', 'div', 'tbsp', 'tsp',
  'resp', 'esp', 'misc', 'orig', 'trans', 'var', 'ver', 'ref', 'abbr', 'gal', 'ml', 'pt', 'qt',
]);

/**
 * Words that, alone or in a two-word sentence, make a legitimate verbless
 * sentence ("Not yet.", "Never.", "Thank you.", "Until now.").
 */
export const SHORT_SENTENCE_WORDS = new Set([
  'not', 'no', 'yes', 'yet', 'never', 'perhaps', 'maybe', 'still', 'again', 'indeed', 'exactly', 'hardly', 'nothing',
  'none', 'nobody', 'nowhere', 'anywhere', 'everywhere', 'why', 'how', 'what', 'when', 'where', 'who', 'which',
  'thanks', 'thank', 'sure', 'ok', 'okay', 'right', 'wrong', 'true', 'false', 'so', 'too', 'only', 'even', 'also',
  'just', 'well', 'then', 'now', 'soon', 'later', 'today', 'tomorrow', 'tonight', 'yesterday', 'always', 'often',
  'once', 'twice', 'almost', 'enough', 'certainly', 'absolutely', 'definitely', 'probably', 'possibly', 'clearly',
  'obviously', 'apparently', 'unfortunately', 'fortunately', 'finally', 'instead', 'otherwise', 'meanwhile',
  'anyway', 'however', 'therefore', 'thus', 'hence', 'agreed', 'done', 'gone', 'over', 'good', 'fine', 'great',
  'bad', 'worse', 'better', 'best', 'worst', 'much', 'more', 'less', 'least', 'most', 'all', 'both', 'neither',
  'either', 'each', 'every', 'some', 'any', 'until', 'since', 'after', 'before', 'for', 'from', 'with', 'without',
  'of', 'in', 'on', 'at', 'by', 'to', 'up', 'down', 'out', 'off', 'away', 'back', 'here', 'there', 'this', 'that',
  'these', 'those', 'it', 'me', 'you', 'he', 'she', 'we', 'they', 'him', 'her', 'us', 'them', 'mine', 'yours',
  'his', 'hers', 'ours', 'theirs', 'silence', 'nonsense', 'hello', 'goodbye', 'sorry', 'please', 'wow', 'oh',
  'ah', 'alas', 'amen', 'cheers', 'welcome', 'congratulations', 'anything', 'everything', 'something', 'someone',
  'anyone', 'everyone', 'such', 'quite', 'rather', 'very', 'really', 'seriously', 'literally', 'precisely',
  'correct', 'incorrect', 'impossible', 'possible', 'unlikely', 'likely', 'unclear', 'unknown', 'nor', 'or',
  'and', 'but', 'if', 'though', 'although', 'because', 'unless', 'whether', 'like', 'unlike', 'far', 'long', 'short',
]);

/** Common verbs and auxiliaries (a verbless fragment has none of them). */
export const VERBS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "isn't", "aren't", "wasn't", "weren't", 'has', 'have',
  'had', 'do', 'does', 'did', "don't", "doesn't", "didn't", 'will', 'would', 'can', 'could', 'may', 'might', 'must',
  'shall', 'should', "won't", "can't", "couldn't", "wouldn't", "shouldn't", 'say', 'says', 'said', 'go', 'goes',
  'went', 'come', 'comes', 'came', 'get', 'gets', 'got', 'make', 'makes', 'made', 'take', 'takes', 'took', 'see',
  'sees', 'saw', 'know', 'knows', 'knew', 'think', 'thinks', 'thought', 'tell', 'tells', 'told', 'give', 'gives',
  'gave', 'find', 'finds', 'found', 'keep', 'keeps', 'kept', 'let', 'lets', 'put', 'puts', 'run', 'runs', 'ran',
  'stand', 'stands', 'stood', 'hold', 'holds', 'held', 'win', 'wins', 'won', 'lose', 'loses', 'lost', 'wait',
  'waits', 'stop', 'stops', 'look', 'looks', 'listen', 'listens', 'happen', 'happens', 'remain', 'remains',
  'continue', 'continues', 'begin', 'begins', 'began', 'end', 'ends', 'want', 'wants', 'need', 'needs', 'seem',
  'seems', 'leave', 'leaves', 'left', 'meet', 'meets', 'met', 'pay', 'pays', 'paid', 'fight', 'fights', 'fought',
]);

/** Valid lower-case one- and two-letter words (others standing alone are stray letters). */
export const SHORT_WORDS = new Set([
  'a', 'i', 'o',
  'ad', 'ah', 'am', 'an', 'as', 'at', 'aw', 'ax', 'ay', 'be', 'by', 'do', 'eh', 'er', 'ex', 'go', 'ha', 'he',
  'hi', 'hm', 'ho', 'id', 'if', 'in', 'is', 'it', 'lo', 'ma', 'me', 'mm', 'my', 'no', 'of', 'oh', 'ok', 'on',
  'or', 'ow', 'ox', 'pa', 'so', 'to', 'uh', 'um', 'up', 'us', 'we', 'ye', 'yo',
  // abbreviations and units written without full stops
  'mr', 'ms', 'dr', 'st', 'vs', 'pm', 'eg', 'ie', 'km', 'kg', 'cm', 'mm', 'ml', 'mg', 'lb', 'oz', 'ft', 'mi',
  'hr', 'kw', 'mw', 'gw', 'kb', 'mb', 'gb', 'tb', 'hp', 'mph', 'tv', 'pc', 'pr', 'ai', 'uk', 'un', 'eu', 'us',
  'th', 'nd', 'rd',
  // name particles (Juan de la Cruz, Abd al-Aziz, Vincent van Gogh)
  'de', 'da', 'di', 'du', 'do', 'el', 'al', 'la', 'le', 'lo', 'ul', 'af', 'av', 'zu', 'bin', 'ibn', 'bt',
  // foreign words common in English news (Ortega y Gasset, à la carte, Trás-os-Montes e Alto Douro)
  'et', 'ad', 'vs', 'ca', 'cf', 'op', 'ed', 'y', 'e', 'à', 'è', 'ò', 'ó', 'en', 'un', 'im', 'os',
]);

/** Name particles that may start a sentence in lower case ("de Blasio said"). */
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'dos', 'das', 'del', 'della', 'ter', 'ten', 'zu']);

/** News agencies and outlets that appear as stray credit words ("… anonymity. Reuters."). */
export const AGENCIES = new Set([
  'reuters', 'ap', 'afp', 'upi', 'xinhua', 'tass', 'anadolu', 'ians', 'pti', 'ani', 'efe', 'ansa', 'dpa', 'kyodo',
  'yonhap', 'bernama', 'wafa', 'sana', 'irna', 'bloomberg', 'agencies', 'wires', 'cnn', 'bbc',
]);
