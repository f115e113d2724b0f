import rule from '../../rules/consistent-names.js';
import { testRule } from '../helpers/rule-tester.js';

const variant = (text: string, line: number, seenAt: string, noun: 'name' | 'person') => ({ messageId: 'variant', data: { text, line, seenAt, noun }, line });
const write = (text: string, output: string) => ({ desc: `Write "${text}".`, output });
const SHARED_NAMES = { names: { canonical: { 'Ismail Haniyeh': ['Haniya'] } } };

testRule(rule, {
  valid: [
    { name: 'different people sharing a surname', text: 'John Smith and Jane Smith won seats.\n\nSmith said she would focus on housing.\n' },
    { name: 'distinct introductions, then surnames', text: 'Mary Burns and her brother Tom Byrne run the bakery.\n\nBurns bakes; Byrne keeps the books.\n' },
    { name: 'Iran / Iraq', text: 'Iran and Iraq signed a deal in Baghdad.\n\nIraq said Iran would help.\n' },
    { name: 'Austria / Australia', text: 'Austria and Australia play in Vienna.\n\nAustralia won the last match against Austria.\n' },
    { name: 'Hamas / Hama', text: 'Rebels took Hama on Sunday.\n\nHamas praised the offensive; residents of Hama fled.\n' },
    { name: 'name inside a longer name', text: 'Gaza City was shelled.\n\nAid ran out across the Gaza Strip, Gaza officials said.\n' },
    { name: 'a name and a common word', text: 'Actor Rose Byrne arrived.\n\nThe rose garden was lit. Byrne smiled.\n' },
    { name: 'quoted title', text: 'The film "The Burns Inquiry" opened.\n\nIts director, Sarah Byrne, spoke. Byrne was pleased.\n' },
    { name: 'title before a name, lowercase after', text: 'Prime Minister Benjamin Netanyahu met families.\n\nThe prime minister promised help.\n' },
    { name: 'demonym before a noun', text: 'The Israeli army struck a depot.\n\nIsraeli Army Radio said two died.\n' },
    { name: 'sentence-initial particle', text: 'Supporters of Moqtada al-Sadr marched.\n\nAl-Sadr had called the protest.\n' },
    { name: 'derived words', text: 'Israel and Jordan met.\n\nThe Israeli and Jordanian envoys agreed. Israel said so.\n' },
    { name: 'siblings', text: 'Maria Rossi and Mario Rossi reached the final.\n\nMaria Rossi won. Mario Rossi lost.\n' },
    { name: 'all-caps headline', text: 'HAMAS REJECTS ISRAELI OFFER\n\nHamas rejected the Israeli offer on Monday.\n' },
    { name: 'URLs and handles', text: '@HamasInfoEn Hamas meets Iran https://t.co/SZUMOWfT6t\n\nHamas met officials in Tehran.\n' },
  ],
  invalid: [
    {
      name: 'surname respelled (seed 004)',
      text: 'CIA Director William Burns flew to Cairo.\n\nByrne’s presence underscores the pressure.\n',
      errors: [
        {
          ...variant('Byrne', 3, '"William Burns" (line 1)', 'person'),
          column: 1,
          suggestions: [write('Burns', 'CIA Director William Burns flew to Cairo.\n\nBurns’s presence underscores the pressure.\n')],
        },
      ],
      output: null,
    },
    {
      name: 'hyphen and case inside a name (seed 002)',
      text: 'Ministers visited the Al-Aqsa Mosque on Friday.\n\nJews may visit the site, where the Al Aqsa mosque is located.\n',
      errors: [
        {
          ...variant('Al Aqsa mosque', 3, '"Al-Aqsa Mosque" (line 1)', 'name'),
          column: 36,
          suggestions: [write('Al-Aqsa Mosque', 'Ministers visited the Al-Aqsa Mosque on Friday.\n\nJews may visit the site, where the Al-Aqsa Mosque is located.\n')],
        },
      ],
      output: null,
    },
    {
      name: 'dominant spelling wins over the first one',
      text: 'Al Akhbar reported the talks.\n\nThe daily Al-Akhbar said so. Al-Akhbar is close to the movement.\n',
      errors: [
        {
          ...variant('Al Akhbar', 1, '"Al-Akhbar" (line 3)', 'name'),
          column: 1,
          suggestions: [write('Al-Akhbar', 'Al-Akhbar reported the talks.\n\nThe daily Al-Akhbar said so. Al-Akhbar is close to the movement.\n')],
        },
      ],
      output: null,
    },
    {
      name: 'diacritics',
      text: 'Floods hit São Paulo on Wednesday.\n\nThe mayor of Sao Paulo declared an emergency.\n',
      errors: [
        {
          ...variant('Sao Paulo', 3, '"São Paulo" (line 1)', 'name'),
          column: 14,
          suggestions: [write('São Paulo', 'Floods hit São Paulo on Wednesday.\n\nThe mayor of São Paulo declared an emergency.\n')],
        },
      ],
      output: null,
    },
    {
      name: 'diacritics in a surname used alone',
      text: 'Economist Anna Kühn told the committee rates would fall.\n\nKuhn said the bank had acted late.\n',
      errors: [
        {
          ...variant('Kuhn', 3, '"Anna Kühn" (line 1)', 'person'),
          suggestions: [write('Kühn', 'Economist Anna Kühn told the committee rates would fall.\n\nKühn said the bank had acted late.\n')],
        },
      ],
      output: null,
    },
    {
      name: 'transliteration in a full name',
      text: 'Hamas leader Ismail Haniyeh arrived in Cairo.\n\nOfficials said Ismail Haniya would meet the chief.\n\nHaniyeh lives in Qatar.\n',
      errors: [
        {
          ...variant('Ismail Haniya', 3, '"Ismail Haniyeh" (line 1)', 'name'),
          column: 16,
          suggestions: [write('Ismail Haniyeh', 'Hamas leader Ismail Haniyeh arrived in Cairo.\n\nOfficials said Ismail Haniyeh would meet the chief.\n\nHaniyeh lives in Qatar.\n')],
        },
      ],
      output: null,
    },
    {
      name: 'case in the trailing words of a name',
      text: 'Forces raided the Jenin Refugee Camp before dawn.\n\nResidents of the Jenin refugee camp said roads were torn up.\n',
      errors: [
        {
          ...variant('Jenin refugee camp', 3, '"Jenin Refugee Camp" (line 1)', 'name'),
          column: 18,
          suggestions: [write('Jenin Refugee Camp', 'Forces raided the Jenin Refugee Camp before dawn.\n\nResidents of the Jenin Refugee Camp said roads were torn up.\n')],
        },
      ],
      output: null,
    },
    {
      name: 'every variant occurrence is reported (tie: first spelling wins)',
      text: 'Police named the driver as Michael Thompson of Leeds.\n\nThompson was held. Mr Thomson was arrested. Thomson was later released.\n',
      errors: [
        {
          ...variant('Thomson', 3, '"Michael Thompson" (line 1)', 'person'),
          column: 23,
          suggestions: [write('Thompson', 'Police named the driver as Michael Thompson of Leeds.\n\nThompson was held. Mr Thompson was arrested. Thomson was later released.\n')],
        },
        {
          ...variant('Thomson', 3, '"Michael Thompson" (line 1)', 'person'),
          column: 45,
          suggestions: [write('Thompson', 'Police named the driver as Michael Thompson of Leeds.\n\nThompson was held. Mr Thomson was arrested. Thompson was later released.\n')],
        },
      ],
      output: null,
    },
    {
      name: 'the spelling used most wins',
      text: 'Police named the driver as Michael Thompson of Leeds.\n\nMr Thomson was arrested. Thomson was later released.\n',
      errors: [
        {
          ...variant('Thompson', 1, '"Thomson" (line 3)', 'person'),
          column: 36,
          suggestions: [write('Thomson', 'Police named the driver as Michael Thomson of Leeds.\n\nMr Thomson was arrested. Thomson was later released.\n')],
        },
      ],
      output: null,
    },
    {
      name: 'a configured variant has a safe fix',
      text: 'Hamas leader Ismail Haniyeh arrived.\n\nHaniya met officials in Cairo.\n',
      settings: { names: { canonical: { 'Ismail Haniyeh': ['Haniya'] } } },
      errors: [
        {
          messageId: 'configuredVariant',
          data: { text: 'Haniya', line: 3, canonical: 'Ismail Haniyeh', replacement: 'Haniyeh' },
          line: 3,
          column: 1,
        },
      ],
      output: 'Hamas leader Ismail Haniyeh arrived.\n\nHaniyeh met officials in Cairo.\n',
    },
    // The same settings object, as every document of a run shares it: its variant patterns are built once and reused.
    ...['Haniya spoke first.\n', 'Officials said Haniya would travel.\n'].map((text) => ({
      name: `a configured variant is found in each document that shares the settings: ${text.trim()}`,
      text,
      settings: SHARED_NAMES,
      errors: [{ messageId: 'configuredVariant', data: { text: 'Haniya', line: 1, canonical: 'Ismail Haniyeh', replacement: 'Haniyeh' }, line: 1 }],
      output: text.replace('Haniya', 'Haniyeh'),
    })),
  ],
});
