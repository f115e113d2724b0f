import { describe, expect, it } from 'vitest';
import { detectLanguage, plainlyEnglish, plainlyEnglishByDefinition } from '../rules/lib/language.js';

const lines = (text: string) => text.split('\n');

describe('detectLanguage', () => {
  it('knows English prose by its function words', () => {
    const text = 'The council said on Monday that the new bridge would open to traffic in the spring, after a delay of two years.\n'
      + 'Residents of the town have waited for it since the old crossing was closed because of damage to its piers.';
    expect(detectLanguage(lines(text))).toBe('eng');
  });

  it('leaves other languages to franc, English loanwords and all', () => {
    const text = 'Die Bundesregierung hat am Montag ein neues Paket für den Online-Handel und das Homeoffice beschlossen.\n'
      + 'Nach Angaben des Ministeriums sollen die Regeln für kleine Unternehmen ab dem nächsten Jahr gelten.';
    expect(detectLanguage(lines(text))).toBe('deu');
  });

  it('does not call English a page whose letters are mostly in another script', () => {
    const text = '東京都は月曜日、新しい橋が春に開通すると発表した。住民は古い橋が閉鎖されて以来、ずっと待っていた。 the and of to in is it\n'
      + '市の担当者によると、工事は予定より二年遅れたが、安全性の確認はすべて終わったという。';
    expect(detectLanguage(lines(text))).not.toBe('eng');
  });

  it('says und when no line is long enough to judge', () => {
    expect(detectLanguage(['Home', 'News', 'Sport'])).toBe('und');
  });

  it('tells English by a scan equal to its definition', () => {
    const pieces = ['the ', 'The ', 'council ', "don't ", 'don’t ', "it's", '“quoted” ', '— ', '½ ', 'café ', 'der ', 'und ', 'ª ', '\n', 'a\'b\'c ', "'", 'ΟΔΟΣ ', '12 ', 'OF '];
    let state = 3;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 2000; k++) {
      const sample = Array.from({ length: Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(plainlyEnglish(sample), JSON.stringify(sample)).toBe(plainlyEnglishByDefinition(sample.slice(0, 2048)));
    }
  });
});
