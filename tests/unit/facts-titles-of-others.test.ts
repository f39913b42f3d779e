/**
 * A title set off before a name can be a relative's or an employer's: "The
 * widow of the late Juja MP, X," gave X the late MP's seat; and titles
 * paired with names "respectively" are no one's apposition alone ("Y, the
 * governor and deputy governor respectively," made the deputy a governor).
 * Nor is a possessive title after "was" any office of hers ("X was the
 * Governor's choice for Senate" gave X the office "Governor's"). An aide's
 * or a spokesman's title names whom they serve ("Kisii Governor's spokesman
 * X" made X a "Governor Spokesman"), and an aide holds no office. "Unlike X,
 * the deputy governor has …" opens the main clause after the name's comma,
 * and the title is someone else's. Short
 * invented texts, the roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { roles } = factReaders(pack);
const titles = (text: string, name: string) => roles(text, name).map((role) => role?.title);

describe('a title that is another person\'s', () => {
  it.each([
    ['"The widow of the late Juja MP, X,"', 'Headline\n\nThe widow of the late Juja MP, Esther Njeri Kamau-Thuo, is also in the race.', 'Kamau-Thuo', []],
    // (The office he was sworn in to is his own.)
    ['"The son of the former Governor, X,"', 'Headline\n\nThe son of the former Governor, Brian Kiprop Chemase-Sang, was sworn in as MCA.', 'Chemase-Sang', ['MCA']],
  ])('gives the name no title of the other: %s', (_label, text, name, own) => {
    expect(titles(text, name)).toEqual(own);
  });

  it('gives "Unlike X, the deputy governor has …" no title: the title opens the main clause, someone else', () => {
    expect(titles('Headline\n\nUnlike Parkoyiet, the deputy governor has been endorsed by several Laikipia MPs.', 'Parkoyiet')).toEqual([]);
    expect(titles('Headline\n\nLike Wanjala, the Bungoma Senator said the levy was illegal.', 'Wanjala')).toEqual([]);
  });

  it('still reads "Unlike X, the Kitui Senator, Y …" as X\'s title: a comma closes the apposition', () => {
    expect(titles('Headline\n\nUnlike Kavisi, the Kitui Senator, Mwende Mutua Kilonzo has stayed in Wiper.', 'Kavisi')).toEqual(['Senator']);
  });

  it('still reads "The Kiambu Senator, X," as X\'s title', () => {
    expect(titles('Headline\n\nThe Kiambu Senator, Paul Kariuki Mbugua, spoke.', 'Mbugua')).toEqual(['Senator']);
  });
});

describe('titles paired with names in order', () => {
  it('gives "Y, the governor and deputy governor respectively," no governorship', () => {
    const text = 'Headline\n\nGovernor Paul Kiprono Yator and his deputy, Esther Jelagat Kimosop, the governor and deputy governor respectively, attended.';
    expect(titles(text, 'Kimosop')).toEqual([]);
  });
});

describe('a possessive title after the verb to be', () => {
  it('"X was the Governor\'s choice for Senate" gives X no office', () => {
    const text = "Headline\n\nThe MP said Ms Mwikali Kavata Kitonga was the Governor's choice for Senate.";
    expect(titles(text, 'Kitonga')).toEqual([]);
  });

  it('"X is the Speaker\'s candidate for Deputy Speaker" gives X no office called "Speaker\'s"', () => {
    const text = "Headline\n\nMr Musila Mutua Mbai is the Speaker's candidate for Deputy Speaker.";
    expect(titles(text, 'Mbai')).toEqual([]);
  });

  it('still reads "X was the Governor of Kitui"', () => {
    const text = 'Headline\n\nMs Mwikali Kavata Kitonga was the Kitui Governor until 2022.';
    expect(titles(text, 'Kitonga')).toEqual(['Governor']);
  });
});

describe('the title of one who serves an office-holder', () => {
  it.each([
    ['"Kisii Governor\'s spokesman X"', 'Headline\n\nKisii Governor\'s spokesman Bosire Onchari Omwenga said the governor was away.', 'Omwenga'],
    ['"Former Prime Minister\'s aide X"', 'Headline\n\nFormer Prime Minister\'s aide Onchari Mogire Nyabuto spoke at the meeting.', 'Nyabuto'],
    ['"X, the Governor\'s spokesman,"', 'Headline\n\nOkemwa Nyakundi Onchiri, the Governor\'s spokesman, said the governor was away.', 'Onchiri'],
    ['"Y\'s spokesman X", Y a person of the article', 'Headline\n\nFormer Governor Mwangi Kariuki Ndirangu spoke in Njabini. Responding to the MP, Ndirangu\'s spokesman Peter Kinuthia Mwangi said the MP was new.', 'Mwangi'],
    ['"Senior presidential aide X"', 'Headline\n\nSenior presidential aide Mokaya Ondieki Nyamweya addressed the meeting.', 'Nyamweya'],
  ])('gives the name no title: %s', (_label, text, name) => {
    expect(titles(text, name)).toEqual([]);
  });

  it('still reads "Kisii Governor X" as X\'s title', () => {
    expect(titles('Headline\n\nKisii Governor Bosire Onchari Omwenga said the county was ready.', 'Omwenga')).toEqual(['Governor']);
  });
});
