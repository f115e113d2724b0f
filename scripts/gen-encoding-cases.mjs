// Writes tests/fixtures/encoding/cases.json: damaged texts made from clean
// sentences by real mis-decoding (iconv-lite), plus hand-written C1, entity,
// invisible-character cases and negative controls that must stay identical.
// Deterministic: run `node scripts/gen-encoding-cases.mjs` after editing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

// --- Classes of issue 14: damage from text in the wild. ---

/** UTF-8 bytes with each astral character as two 3-byte surrogate halves (CESU-8). */
function cesu8(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdfff) out.push(0xe0 | (u >> 12), 0x80 | ((u >> 6) & 0x3f), 0x80 | (u & 0x3f));
    else out.push(...Buffer.from(text[i], 'utf8'));
  }
  return Buffer.from(out);
}
/** Bytes read with a sloppy single-byte code page (undefined bytes pass through). */
function misreadBytes(bytes, codepage) {
  let out = '';
  for (const b of bytes) {
    const ch = iconv.decode(Buffer.from([b]), codepage);
    out += ch === '\uFFFD' ? String.fromCharCode(b) : ch;
  }
  return out;
}
/** A pipeline that turned the no-break space of the mojibake into a plain space. */
const nbspLost = (t) => t.replace(/\u00a0/g, ' ');
/** A pipeline that dropped C1 controls (the sloppy reading of byte 9D, last byte of ”). */
const c1Lost = (t) => t.replace(/[\u0080-\u009f]/g, '');

// Lost A0: à is C3 A0, Š is C5 A0 in windows-1257 and Р is D0 A0; the A0 became a space.
const LOST_A0 = [
  ['windows-1252', 'Nous sommes allés à la plage jusqu’à midi.'],
  ['windows-1252', 'Il habite à Paris depuis 2019, à côté de la gare.'],
  ['windows-1252', 'À partir de demain, on passe à autre chose.'],
  ['windows-1252', 'Cette tradition remonte jusqu’à nos jours.'],
  ['windows-1252', 'Fomos às compras e voltámos à noite.'],
  ['windows-1252', 'Disse àquele homem que viesse às dez.'],
  ['windows-1252', 'Il a répondu à la question à voix basse.'],
  ['windows-1252', 'Ele chegou à estação às oito horas.'],
  ['windows-1252', 'Grazie a tutti, è arrivato il momento.'],
  ['windows-1257', 'Šveices banka un Šķirotava atrodas Rīgā.'],
  ['windows-1257', 'Šiauliai ir Šilutė yra Lietuvos miestai.'],
  ['windows-1257', 'Vēstniecība Šveicē paziņoja par jauno vēstnieku.'],
  ['windows-1251', 'Россия и Республика Беларусь подписали договор.'],
];
for (const [cp, t] of LOST_A0) add(`lost-a0:${cp}`, nbspLost(misread(t, cp)), t);
// `Ã la`: the A0 of à lost altogether (the space after it is the real one).
for (const t of ['Il est arrivé à la gare.', 'Un voyage à Lyon et à Genève.', 'Elle pense à toi.']) {
  add('lost-a0:windows-1252', misread(t, 'windows-1252').replace(/\u00a0/g, ''), t);
}

// Astral characters: emoji as CESU-8 surrogate halves, and emoji damaged twice.
const ASTRAL = ['Loved it 😍 thanks!', 'Party time 🎉🎉 tonight', 'Sweat smile 😅 ok', 'Winner 🏆 of the cup', 'Fire 🔥 and rain 🌧️ today', 'Math 𝔸 and music 𝄞'];
for (const t of ASTRAL) {
  add('astral:cesu-8', misreadBytes(cesu8(t), 'windows-1252'), t);
  add('astral:cesu-8+lost-a0', nbspLost(misreadBytes(cesu8(t), 'windows-1252')), t);
  add('astral:double', misread(misread(t, 'windows-1252'), 'windows-1252'), t);
}

// More than one layer, and a lost last byte.
const LAYERED = ['“reform” is coming', 'She said “no” twice.', 'It’s “done” — finally.', 'The café’s “menu” changed.', 'Le “prix” a baissé.', 'El “año” terminó.'];
for (const t of LAYERED) {
  add('layers:triple', misread(misread(misread(t, 'windows-1252'), 'windows-1252'), 'windows-1252'), t);
  add('layers:truncated', c1Lost(misread(t, 'windows-1252')), t);
  add('layers:double+truncated', c1Lost(misread(misread(t, 'windows-1252'), 'windows-1252')), t);
}

// Code pages beyond Western Europe, each with the prose it is used for.
const PAGES = {
  'windows-1250': ['Příliš třetího dne přišel Dvořák.', 'Zażółć gęślą jaźń w Łodzi.', 'Ťažký deň v Žiline a v Košiciach.', 'Szőke Erdős úr Győrben él.', 'Učiteljica je rekla: čaša, šešir, žaba, đak.', 'Știință și țară în România.'],
  'ISO-8859-2': ['Příliš žluťoučký kůň úpěl ďábelské ódy.', 'Pójdź, kińże tę chmurność w głąb flaszy!', 'Ľudia v Bratislave čítajú noviny.', 'Győr és Szeged között.'],
  'windows-1257': ['Rīga ir Latvijas galvaspilsēta.', 'Vilnius ir Kaunas – Lietuvos miestai.', 'Jūrmalā šovasar bija karsts.', 'Tallinnas on ülikool ja sõda lõppes.', 'Ąžuolas auga prie ežero.'],
  'windows-1251': ['Привет, как у тебя дела сегодня?', 'Київ — столиця України.', 'София е столицата на България.', 'Београд је главни град Србије.', 'Экономика выросла на три процента.'],
  'KOI8-R': ['Привет, как у тебя дела сегодня?', 'Москва — столица России.', 'Экономика выросла на три процента.', 'Новости дня: погода хорошая.'],
  'windows-1253': ['Καλημέρα σας, τι κάνετε;', 'Η Αθήνα είναι η πρωτεύουσα.', 'Ο Γιώργος είπε «ναι».', 'Θεσσαλονίκη, Πάτρα και Ηράκλειο.'],
  'windows-1254': ['İstanbul’da güzel bir gün geçirdik.', 'Ağaç, çiçek ve şeker aldık.', 'Türkiye’nin başkenti Ankara’dır.'],
  'windows-874': ['สวัสดีครับ ยินดีต้อนรับ', 'กรุงเทพมหานครเป็นเมืองหลวง', 'ภาษาไทยมีวรรณยุกต์', 'วันนี้อากาศดีมาก'],
  'windows-1256': ['مرحبا بكم في موقعنا', 'القاهرة هي عاصمة مصر', 'اللغة العربية جميلة جدا', 'خبر عاجل من الرياض اليوم'],
};
for (const [cp, texts] of Object.entries(PAGES)) for (const t of texts) add(`codepage:${cp}`, misread(t, cp === 'ISO-8859-2' ? 'iso-8859-2' : cp === 'KOI8-R' ? 'koi8-r' : cp), t);
// Two code pages in one text (a quote pasted from another source).
const MIXED = [
  ['Prague: ', 'Příliš třetího', 'windows-1250', ' and Moscow: ', 'Москва — столица', 'windows-1251'],
  ['Athens said ', 'Καλημέρα σας', 'windows-1253', '; Paris said ', 'déjà vu, été', 'windows-1252'],
  ['Riga: ', 'Rīga ir galvaspilsēta', 'windows-1257', ' / Kyiv: ', 'Київ — столиця', 'windows-1251'],
  ['Bangkok: ', 'สวัสดีครับ', 'windows-874', ', Cairo: ', 'مرحبا بكم', 'windows-1256'],
];
for (const [a, t1, cp1, b, t2, cp2] of MIXED) add('codepage:mixed', a + misread(t1, cp1) + b + misread(t2, cp2), a + t1 + b + t2);

// A mis-decoded replacement character: `ï¿½` is U+FFFD read as windows-1252; it is restored (and then reported).
for (const t of ['The caf\uFFFD opened.', 'Name: Jos\uFFFD Mar\uFFFDa', 'Price \uFFFD100 today', '\uFFFD\uFFFD lost bytes']) {
  add('replacement:windows-1252', misread(t, 'windows-1252'), t);
}
add('replacement:double', misread(misread('Lost \uFFFD here', 'windows-1252'), 'windows-1252'), 'Lost \uFFFD here');

// Negative controls: legitimate text that must stay byte-identical.
// Letters that look like mojibake but are not: Nordic/Baltic Å/å, capitals before ™,
// units, Romanian Ă, all-caps lines, symbol-heavy text.
const LOOKALIKE = {
  nordic: ['Å er et kort stednavn i Norge.', 'Vi bor i Å i Lofoten.', 'ÅSA ÅKESSON vann.', 'Åke Åström från Åre åt ål.', 'På Åland pratar man svenska.', 'Ålesund og Århus — «byer».', 'Ärzte in Österreich, Übersee.', 'Ó Dónaill, Ó Briain — ÓG.', 'Märtha och Åsa — Sverige.', 'Ærø Øst Å'],
  trademark: ['ÅRSTA™ kitchen tools', 'NOKIA™ and ÄKTA™ are brands.', 'Buy ÖKO™ products', 'MARCĂ™ înregistrată', 'LAVAZZA™ caffè', 'ÉCLAIR™ pastry', 'Made by ÜBER™', 'The product ÅNGSTRÖM™ is new.', 'ÑANDÚ™ brand', 'ÇA™ is a film'],
  units: ['The lattice constant is 10 Å— a small value.', 'A gap of 3 Å, then 4 Å.', 'Bond length 1.5 Å—2 Å.', 'Resolution of 2.8 Å (cryo-EM).', 'Wavelength: 500 nm = 5000 Å', 'Temperature 20 °C ± 2 °C', 'Speed 30 m/s², 9.81 m·s⁻²', 'A 5 µm pore and 3 Ω resistor', '60 km/h — 37 mph', 'Angle of 45° ≈ π/4'],
  romanian: ['ROMÂNĂ™ și ȚARĂ', 'Această MARCĂ™ este nouă.', 'Ă, Â, Î, Ș, Ț sunt litere românești.', 'ȘTIINȚĂ ȘI CULTURĂ', 'CASĂ DE CULTURĂ — Brașov', 'Și ăsta e un test: ĂĂĂ!'],
  caps: ['SÃO PAULO E O BRASIL', 'ÉTÉ À PARIS — DÉJÀ VU', 'ÜBER MÜNCHEN NACH KÖLN', 'ÅRETS BÄSTA FILM', 'ŽLUŤOUČKÝ KŮŇ', 'ΑΘΗΝΑ ΚΑΙ ΣΠΑΡΤΗ', 'МОСКВА — СТОЛИЦА', 'ÎNCEPE ÎN ROMÂNIA', 'ÑOÑO AÑO ESPAÑOL', 'ÇA VA? OUI, ÇA VA.'],
  symbols: ['©®™ §¶ †‡ •·… ‰ ′″', '±×÷ ≠≤≥ ∞∑∏ √∫ ≈∆', '¡¿ «» ‹› „“ ‚‘', '€£¥¢ ₹₽₩₺ ¤', '½¼¾ ⅓⅔ ⅛ ¹²³', '→ ← ↑ ↓ ⇒ ⇔', '♠♣♥♦ ★☆ ✓✗', '° ª º µ ¶ ·', 'Ð ð Þ þ ß Æ æ', '┌─┬─┐ │ │ └─┴─┘'],
};
for (const [group, texts] of Object.entries(LOOKALIKE)) for (const t of texts) add(`negative:${group}`, t, t);
// Clean prose in the languages whose damage is repaired above.
const PROSE = [
  ...Object.values(PAGES).flat(),
  ...LOST_A0.map(([, t]) => t),
  ...LAYERED,
  ...ASTRAL,
  'Ir Ģirts, Ķegums, Ņina un Ļena.',
  'Łukasz i Źródło poszli do Żabki.',
  'Štefánik, Ľubomír a Ďurko.',
  'Fenêtre, forêt, hôpital, où, maïs.',
  'Coração, ação, pão, mãe, São João.',
  'Straße, Größe, Äpfel, Öl, Übung.',
  'Niño, año, señor, corazón, ¿qué?',
  'Ευχαριστώ πολύ, καληνύχτα.',
  'Спасибо большое, до свидания.',
  'Дякую, до побачення, Їжак.',
  'ขอบคุณมาก แล้วพบกันใหม่',
  'شكرا جزيلا، إلى اللقاء.',
  'Việt Nam có nhiều tỉnh thành.',
  'Götterdämmerung à la Wagner.',
  'Smörgåsbord, kräftskiva, fika.',
  'Þjóðhátíð í Vestmannaeyjum.',
  '„Ääh, nein…“, sagte er, „Öhm, doch.“',
  'Er rief: „Äpfel!“ — und „Über alles?“',
];
for (const t of PROSE) add('negative:prose', t, t);
// The seeds' text once its own damage is repaired: every non-empty line.
const SEEDS = new URL('../seeds/', import.meta.url);
for (const f of readdirSync(SEEDS).sort()) {
  const clean = readFileSync(new URL(f, SEEDS), 'utf8').replace('β€œ', '“');
  for (const line of clean.split('\n')) if (line.trim() && /[^\x00-\x7f]/.test(line)) add('negative:seed', line.replace(/\s+$/, ''), line.replace(/\s+$/, ''));
}

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
for (const t of NEGATIVE) add('negative:misc', t, t);

writeFileSync(new URL('../tests/fixtures/encoding/cases.json', import.meta.url), JSON.stringify(cases, null, 1) + '\n');
console.log(`${cases.length} cases (${cases.filter((c) => c.kind.startsWith('negative')).length} negative)`);
