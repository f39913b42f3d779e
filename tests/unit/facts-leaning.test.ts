/**
 * "-leaning" is a sympathy the writer sees, not a tie the text states: "a
 * UDA-leaning independent" was published as an ally of UDA. "-allied" still
 * ties. And a membership the clause after it says is over is no current tie:
 * "X, a TDP founder member who is now in the HPM," was a TDP member. And
 * "Quoting the late Senator X, the ODM-allied MP said" made the late senator
 * the ally the MP is. Short invented texts, ties written by hand.
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
