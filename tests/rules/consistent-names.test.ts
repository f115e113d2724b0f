import rule from '../../rules/consistent-names.js';
import { testRule } from '../helpers/rule-tester.js';

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
      errors: [{ line: 3, column: 1, message: '"Byrne" (line 3) looks like "William Burns" (line 1): same person spelled two ways?' }],
      output: 'CIA Director William Burns flew to Cairo.\n\nBurns’s presence underscores the pressure.\n',
      fixTypes: ['suggestion'],
    },
    {
      name: 'suggestions are not applied as safe fixes',
      text: 'CIA Director William Burns flew to Cairo.\n\nByrne’s presence underscores the pressure.\n',
      errors: [{ line: 3 }],
      output: null,
    },
    {
      name: 'hyphen and case inside a name (seed 002)',
      text: 'Ministers visited the Al-Aqsa Mosque on Friday.\n\nJews may visit the site, where the Al Aqsa mosque is located.\n',
      errors: [{ line: 3, column: 36, message: '"Al Aqsa mosque" (line 3) looks like "Al-Aqsa Mosque" (line 1)' }],
      output: 'Ministers visited the Al-Aqsa Mosque on Friday.\n\nJews may visit the site, where the Al-Aqsa Mosque is located.\n',
      fixTypes: ['suggestion'],
    },
    {
      name: 'dominant spelling wins over the first one',
      text: 'Al Akhbar reported the talks.\n\nThe daily Al-Akhbar said so. Al-Akhbar is close to the movement.\n',
      errors: [{ line: 1, column: 1, message: '"Al Akhbar" (line 1) looks like "Al-Akhbar" (line 3)' }],
      output: 'Al-Akhbar reported the talks.\n\nThe daily Al-Akhbar said so. Al-Akhbar is close to the movement.\n',
      fixTypes: ['suggestion'],
    },
    {
      name: 'diacritics',
      text: 'Floods hit São Paulo on Wednesday.\n\nThe mayor of Sao Paulo declared an emergency.\n',
      errors: [{ line: 3, message: '"Sao Paulo" (line 3) looks like "São Paulo" (line 1)' }],
      output: 'Floods hit São Paulo on Wednesday.\n\nThe mayor of São Paulo declared an emergency.\n',
      fixTypes: ['suggestion'],
    },
    {
      name: 'diacritics in a surname used alone',
      text: 'Economist Anna Kühn told the committee rates would fall.\n\nKuhn said the bank had acted late.\n',
      errors: [{ line: 3, message: 'looks like "Anna Kühn" (line 1): same person' }],
      output: 'Economist Anna Kühn told the committee rates would fall.\n\nKühn said the bank had acted late.\n',
      fixTypes: ['suggestion'],
    },
    {
      name: 'transliteration in a full name',
      text: 'Hamas leader Ismail Haniyeh arrived in Cairo.\n\nOfficials said Ismail Haniya would meet the chief.\n\nHaniyeh lives in Qatar.\n',
      errors: [{ line: 3, message: '"Ismail Haniya" (line 3) looks like "Ismail Haniyeh" (line 1)' }],
      output: 'Hamas leader Ismail Haniyeh arrived in Cairo.\n\nOfficials said Ismail Haniyeh would meet the chief.\n\nHaniyeh lives in Qatar.\n',
      fixTypes: ['suggestion'],
    },
    {
      name: 'case in the trailing words of a name',
      text: 'Forces raided the Jenin Refugee Camp before dawn.\n\nResidents of the Jenin refugee camp said roads were torn up.\n',
      errors: [{ line: 3, message: '"Jenin refugee camp"' }],
    },
    {
      name: 'every variant occurrence is reported (tie: first spelling wins)',
      text: 'Police named the driver as Michael Thompson of Leeds.\n\nThompson was held. Mr Thomson was arrested. Thomson was later released.\n',
      errors: [{ line: 3, column: 23 }, { line: 3, column: 45 }],
      output: 'Police named the driver as Michael Thompson of Leeds.\n\nThompson was held. Mr Thompson was arrested. Thompson was later released.\n',
      fixTypes: ['suggestion'],
    },
    {
      name: 'the spelling used most wins',
      text: 'Police named the driver as Michael Thompson of Leeds.\n\nMr Thomson was arrested. Thomson was later released.\n',
      errors: [{ line: 1, message: '"Thompson" (line 1) looks like "Thomson" (line 3)' }],
    },
  ],
});
