/**
 * "-leaning" is a sympathy the writer sees, not a tie the text states: "a
 * UDA-leaning independent" was published as an ally of UDA. "-allied" still
 * ties. And a membership the clause after it says is over is no current tie:
 * "X, a TDP founder member who is now in the HPM," was a TDP member. And
 * "Quoting the late Senator X, the ODM-allied MP said" made the late senator
 * the ally the MP is. A "who" clause after an apposition that describes the
 * person is the person's: "X, a former Hamisi MP who is allied to ANC", "X,
 * a former Lurambi MP who left ODM for UDA in 2021"; after "an aide to Y" or
 * "a nephew of Y", it may be Y's, and gives X nothing. Short invented texts,
 * ties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { ties } = factReaders(pack);

describe('a party the person leans to', () => {
  it.each([
    ['"X, a UDA-leaning independent,"', 'Headline\n\nMary Wangui Kariithi, a UDA-leaning independent, spoke on Monday.', 'Kariithi'],
    ['"The ODM-leaning MP, X,"', 'Headline\n\nThe ODM-leaning MP, Peter Odhiambo Were, also spoke.', 'Were'],
    ['"ODM-leaning Kisumu MCA X"', 'Headline\n\nODM-leaning Kisumu MCA Jane Akinyi Ouma was absent.', 'Ouma'],
  ])('gives no tie: %s', (_label, text, name) => {
    expect(ties(text, name)).toEqual([]);
  });

  it('still ties "The ODM-allied MCA, X," as an ally', () => {
    expect(ties('Headline\n\nThe ODM-allied MCA, Tom Ochieng Otieno, spoke.', 'Otieno')).toEqual(['ODM ally']);
  });

  it('still ties "X, the ODM-allied MP, said" as an ally', () => {
    expect(ties('Headline\n\nTom Ochieng Otieno, the ODM-allied MP, said the motion would fail.', 'Otieno')).toEqual(['ODM ally']);
  });
});

describe('a party-allied title that is the sentence\'s own subject', () => {
  it.each([
    ['"Quoting the late Senator X, the ODM-allied MP said: …"', 'Quoting the late Senator Tom Ochieng Otieno, the ODM-allied MP said: "Power that punishes is taken away."'],
    ['"Like X, the UDA-allied senator has …"', 'Like Tom Ochieng Otieno, the UDA-allied senator has opposed the levy.'],
  ])('gives the name before the comma no tie: %s', (_label, sentence) => {
    expect(ties(`Headline\n\nLurambi MP Peter Wafula Shitanda spoke at the funeral. ${sentence}`, 'Otieno')).toEqual([]);
  });
});

describe('a membership the text says is over', () => {
  it.each([
    ['"X, a P founder member who is now in the Q,"', 'Hosea Kipchirchir Barngetuny, a TDP founder member who is now in the HPM, spoke.'],
    ['"X, a P member who has since joined Q,"', 'Hosea Kipchirchir Barngetuny, a TDP member who has since joined the HPM, spoke.'],
  ])('gives no tie to the first party: %s', (_label, sentence) => {
    const text = `Headline\n\nThe Tegemeo Democratic Party (TDP) and the Haki Progressive Movement (HPM) met. ${sentence}`;
    expect(ties(text, 'Barngetuny').filter((tie) => tie.startsWith('TDP'))).toEqual([]);
  });

  it('keeps "X, a P member," a member', () => {
    const text = 'Headline\n\nThe Tegemeo Democratic Party (TDP) met. Mary Chebet Koech, a TDP member, spoke.';
    expect(ties(text, 'Koech')).toEqual(['TDP member']);
  });
});

describe('a "who" clause after an apposition describing the person', () => {
  it.each([
    ['Headline\n\nSabatia MCA Lusala Ambuka Imbuga, a former Hamisi MP who is allied to ANC and is now in his first term, spoke.', ['ANC ally']],
    ['Headline\n\nMukite Nafula Wanyonyi, a lawyer and former county attorney who is allied to UDA, is in the race.', ['UDA ally']],
    ['Headline\n\nThe Mwenge Party of Kenya (MPK) met. Lusala Ambuka Imbuga, a UDA MCA who has been openly allied to the MPK since last year, spoke.', ['UDA member', 'MPK ally']],
    ['Headline\n\nLusala Ambuka Imbuga, a former Lurambi MP who left ODM for UDA in 2021, sat in the front row.', ['ODM left', 'UDA joined']],
  ])('"%s"', (text, expected) => {
    const name = text.includes('Wanyonyi') ? 'Wanyonyi' : 'Imbuga';
    expect(ties(text, name).sort()).toEqual([...expected].sort());
  });

  it('after "an aide to Y" or "a nephew of Y" the clause may be Y\'s: no tie for X', () => {
    expect(ties('Headline\n\nKamau Mwangi Njoroge, an aide to the governor who is allied to UDA, spoke.', 'Njoroge')).toEqual([]);
    expect(ties('Headline\n\nKamau Mwangi Njoroge, a nephew of the late MP who left ODM in 2020, spoke.', 'Njoroge')).toEqual([]);
  });
});
