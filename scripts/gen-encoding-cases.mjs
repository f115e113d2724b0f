// Writes tests/fixtures/encoding/cases.json: damaged texts made from clean
// sentences by real mis-decoding (iconv-lite), plus hand-written C1, entity,
// invisible-character cases and negative controls that must stay identical.
// Deterministic: run `node scripts/gen-encoding-cases.mjs` after editing.
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';

/** Bytes read with a single-byte code page; undefined bytes pass through (sloppy). */
function misread(text, codepage, fallback1252 = false) {
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) {
    let ch = iconv.decode(Buffer.from([b]), codepage);
    if (ch === '\uFFFD') {
      const f = iconv.decode(Buffer.from([b]), 'windows-1252');
      ch = fallback1252 && f !== '\uFFFD' ? f : String.fromCharCode(b);
    }
    out += ch;
  }
  return out;
}
const latin1 = (t) => Buffer.from(t, 'utf8').toString('latin1');

const LATIN = [
  'I’m sure it’s “the best” café in town — really.',
  'Été à Paris: déjà vu, naïve façade, crème brûlée.',
  'Über München fährt der Zug nach Köln; Grüße!',
  'El niño comió piñata en España — ¿qué más?',
  'São Paulo e Brasília são cidades; ação, coração.',
  'The “quotes” and ‘single quotes’ were curly…',
  'Prices rose 5% to €120 — a record, said Müller.',
  'Ørsted and Ærø: Danish names with å and ø.',
  'Smörgåsbord in Göteborg costs 200 kronor.',
  'He said: “Don’t go” – and left at 10 o’clock.',
  'Beyoncé’s tour • Zoë’s café • Chloë’s “résumé”.',
  'İstanbul’da güzel bir gün; çay ve şeker.',
  'Crème fraîche, œuvre, cœur — French ligatures.',
  'Temperatures of 30°C and ±2° were recorded.',
  'The © 2024 and ™ symbols… and the ½ cup.',
];
const POLISH = ['Łódź i Gdańsk to polskie miasta — żółć.', 'Příliš žluťoučký kůň úpěl ďábelské ódy.', 'Węgierski: Győr és Szeged, ősz.'];
const CYRILLIC = ['Привет, мир! Как дела?', 'Москва — столица России.', '«Новости» сегодня: всё хорошо.', 'Київ та Львів — українські міста.'];
const GREEK = ['Αθήνα και Θεσσαλονίκη.', 'Η Ελλάδα είναι όμορφη χώρα.', '«Καλημέρα» είπε ο Γιώργος.'];
const CJK = ['東京と大阪は日本の都市です。', '北京欢迎你', '서울은 한국의 수도입니다.'];
const EMOJI = ['Great news 😀🎉 for fans 👍', 'Family: 👨‍👩‍👧 at home'];

const cases = [];
const add = (kind, input, expected, note) => cases.push({ kind, input, expected, ...(note ? { note } : {}) });

for (const t of [...LATIN, ...POLISH, ...CYRILLIC, ...GREEK, ...CJK, ...EMOJI]) add('single:windows-1252', misread(t, 'windows-1252'), t);
for (const t of [...LATIN.slice(0, 6), ...CYRILLIC.slice(0, 2)]) add('single:latin-1', latin1(t), t);
for (const t of [...CYRILLIC, LATIN[0], LATIN[5], LATIN[9], LATIN[1]]) add('single:windows-1251', misread(t, 'windows-1251'), t);
for (const t of [...POLISH, LATIN[0], LATIN[2]]) add('single:windows-1250', misread(t, 'windows-1250'), t);
for (const t of [...GREEK, LATIN[0], LATIN[5], LATIN[9]]) add('single:windows-1253', misread(t, 'windows-1253', true), t);
for (const t of [LATIN[1], LATIN[2], LATIN[3], LATIN[0]]) add('single:macroman', misread(t, 'macintosh'), t);
for (const t of [LATIN[1], LATIN[2], LATIN[3]]) add('single:cp437', misread(t, 'cp437'), t);
for (const t of [LATIN[0], LATIN[1], LATIN[2], LATIN[5], CYRILLIC[0], LATIN[9]]) add('double:windows-1252', misread(misread(t, 'windows-1252'), 'windows-1252'), t);
for (const t of [LATIN[0], LATIN[1]]) add('double:latin-1+windows-1252', misread(latin1(t), 'windows-1252'), t);

// Partial damage: one word or one quotation mark damaged inside clean text.
const PARTIAL = [
  ['The minister said ', '“', 'we will win', '”', ' on Monday.'],
  ['', 'I’m', ' not sure, said the coach.', '', ''],
  ['A long-awaited ', 'été', ' arrived in Lyon.', '', ''],
  ['Cost: 5 ', '—', ' 6 million euros.', '', ''],
  ['Der ', 'Überfall', ' fand in Köln statt.', '', ''],
  ['Palestinians. ', '“', 'The American plan', '', ' is designed.'],
  ['Reports of the ', 'résumé', ' were false.', '', ''],
];
for (const [a, dmg, b, dmg2, c] of PARTIAL) {
  const clean = a + dmg + b + dmg2 + c;
  add('partial:windows-1252', a + misread(dmg, 'windows-1252') + b + misread(dmg2, 'windows-1252') + c, clean);
  add('partial:windows-1253', a + misread(dmg, 'windows-1253', true) + b + misread(dmg2, 'windows-1253', true) + c, clean);
  add('partial:windows-1251', a + misread(dmg, 'windows-1251') + b + misread(dmg2, 'windows-1251') + c, clean);
}

// C1 controls: Windows-1252 bytes read as Latin-1.
const C1 = ['He said \u0093no\u0094 and left.', 'It\u0092s over \u0096 for now\u0085', 'Price \u0080100', 'Bullet \u0095 item', 'C\u0092est la vie'];
for (const t of C1) add('c1', t, t.replace(/[\u0080-\u009f]/g, (c) => iconv.decode(Buffer.from([c.charCodeAt(0)]), 'windows-1252')));

const ENTITIES = [
  ['Tom &amp; Jerry', 'Tom & Jerry'],
  ['It&#8217;s here', 'It’s here'],
  ['&quot;Quoted&quot; text', '"Quoted" text'],
  ['Price&nbsp;100', 'Price\u00a0100'],
  ['&lt;b&gt; tags', '<b> tags'],
  ['Caf&eacute; &amp; cr&egrave;me', 'Café & crème'],
  ['em&#x2014;dash', 'em—dash'],
  ['&#39;single&#39;', "'single'"],
  ['double &amp;#8217; escaped', 'double ’ escaped'],
  ['&copy; 2024 &mdash; all rights', '© 2024 — all rights'],
];
for (const [i, o] of ENTITIES) add('entity', i, o);

const INVISIBLE = [
  ['Break\u200bing news', 'Breaking news'],
  ['pre\u00adsident', 'president'],
  ['\ufeffStray BOM in text', 'Stray BOM in text'],
  ['word\u2060joiner', 'wordjoiner'],
  ['left\u200eto right', 'leftto right'],
  ['Zero\u200dwidth joiner', 'Zerowidth joiner'],
  ['non\u200cjoiner here', 'nonjoiner here'],
  ['two\u00a0\u00a0spaces', 'two\u00a0spaces'],
  ['mixed \u00a0spaces', 'mixed spaces'],
  ['override \u202eevil\u202c text', 'override evil text'],
];
for (const [i, o] of INVISIBLE) add('invisible', i, o);

const WHITESPACE = [
  ['Trailing no-break space.\u00a0', 'Trailing no-break space.'],
  ['Trailing spaces.   ', 'Trailing spaces.'],
  ['Two  spaces inside.', 'Two spaces inside.'],
  ['A\ttab inside.', 'A tab inside.'],
  ['Line one\r\nLine two\nLine three\n', 'Line one\nLine two\nLine three\n'],
];
for (const [i, o] of WHITESPACE) add('whitespace', i, o);

// Negative controls: legitimate text that must stay byte-identical.
const NEGATIVE = [
  ...LATIN, ...POLISH, ...CYRILLIC, ...GREEK, ...CJK, ...EMOJI,
  'SÃO PAULO — A CAPITAL DO ESTADO; NÃO É?',
  'C O N C L U S Ã O',
  'Η ¨ανατροφή¨ δυστυχώς από τους προπονητές',
  'Всё её», «Ζ» — нормальный текст.',
  'Ελλάδα” και «Αθήνα»…',
  'ESPAÑA’S economy grew; MÉXICO—The news.',
  'PARCE QUE SUR LEURS PLAQUES IL Y MARQUÉ…',
  'NESTLÉ® requiere contratar personal',
  'Offering 5×£35 pin ups',
  '(-1/2)! = √π and ∆° are math.',
  'Vietnamese: Tiếng Việt có nhiều dấu: ơ, ư, ă, đ.',
  'Türkçe: Ağaç, ığdır, şehir, çiçek, İzmir.',
  'العربية لغة جميلة، ومكتوبة من اليمين إلى اليسار.',
  'עברית היא שפה שמית.',
  'Persian: می‌خواهم با شما صحبت کنم.',
  'Hindi: क्‍ष and नमस्ते दुनिया',
  'Thai: ภาษา\u200bไทย ไม่มี\u200bช่องว่าง',
  'Emoji ZWJ: 👩‍💻 and 🏳️‍🌈 and 👨🏽‍🚀',
  'Math: α + β = γ; ∑ x² ≤ ∞; 5 µm; 10 km²; 3 × 4 ÷ 2.',
  'Currency: £5, €10, ¥100, $20, ₹50, ₽30.',
  'Legal: § 12 ¶ 3 © ® ™ — see ‰ rates of 5‰.',
  'Code: if (a && b) { x = y ?? z; } // ¬p ∧ q',
  'URL: https://example.com/?a=1&b=2#frag',
  'Paths like C:\\Users\\Zoë\\Documents and naïve regex [À-ÿ]+',
  'Box: ┌──┐ │ok│ └──┘',
  'Ôôô VIDA MINHA',
  'Dansk: Ærø, Århus, Øresund — «citat».',
  'Norwegian: blåbærsyltetøy',
  'Icelandic: Þórr, Óðinn, Ísland, Þú.',
  'Irish: i nÉirinn, hÉireann.',
  'Spanish: ¡Hola! ¿Cómo estás? Año, niño.',
  'German: „Anführungszeichen“ und ‚einfache‘.',
  'French: « Bonjour » dit-il, l’été à Noël.',
  'Czech: Růžička, Dvořák, Šťastný.',
  'Romanian: Știință, țară, București.',
  'Hungarian: Erdős Pál, Szőke, Gyűrű.',
  'Serbian: Ђорђе, Љубљана, Њујорк.',
  'Ukrainian: Ґанок, Їжак, Є.',
  'Japanese: 「東京」は『首都』です。',
  'Chinese: “北京”是中国的首都。',
  'Korean: 한국어 텍스트입니다.',
  'Armenian: Հայաստան; Georgian: საქართველო.',
  'Degrees: 45°N, 30°C, Nº 5, 1º lugar.',
  'Ellipsis… and dashes – — and bullets • here.',
  'Google\u00a0News keeps its single no-break space.',
  'Fractions ½ ¼ ¾ and superscripts ² ³ ¹.',
  'A price of 4288×… was seen.',
  'Quotes: “+” and “×” curves.',
  'Finnish: SELKÄ\u00a0EDELLÄ\u00a0MAAHAN',
  'Café? Yes! Why?? Really???',
  'Mr. Ñúñez and Ms. Ångström met in Malmö.',
];
for (const t of NEGATIVE) add('negative', t, t);

writeFileSync(new URL('../tests/fixtures/encoding/cases.json', import.meta.url), JSON.stringify(cases, null, 1) + '\n');
console.log(`${cases.length} cases (${cases.filter((c) => c.kind === 'negative').length} negative)`);
