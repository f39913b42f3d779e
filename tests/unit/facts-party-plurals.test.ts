/**
 * A list under a party's plural seat: "two rebel UDA MPs, Laisamis MP X and
 * Mwatate MP Y, who have been at odds with the ruling party" and "UDA MCAs,
 * X, Y and Z, walked out" make each listed name the party's member. One name
 * after the comma is no list. Short invented texts, the ties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const tiesOf = (sentence: string, name: string) => {
  const text = `Headline\n\nThe Orange Democratic Movement (ODM) and the United Democratic Alliance (UDA) met in Voi. ${sentence}`;
  const person = summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name));
  return (person?.parties ?? []).map((tie) => `${tie.party} (${tie.relation})`).sort();
};
const udaMember = ['United Democratic Alliance (member)'];

describe('a list under a party\'s plural seat', () => {
  const titled = 'In the front row sat two rebel UDA MPs, Laisamis MP Halima Dadacha Wario and Mwatate MP Mghanga Mwakio Kidere, who have been at odds with the ruling party.';
  it.each([['Halima Dadacha Wario'], ['Mghanga Mwakio Kidere']])('makes %s a member, each name with its own title', (name) => {
    expect(tiesOf(titled, name)).toEqual(udaMember);
  });

  const bare = 'UDA MCAs, Wanjala Wekesa Simiyu, Akinyi Atieno Awuor and Kiprop Kemboi Langat, walked out of the sitting.';
  it.each([['Wanjala Wekesa Simiyu'], ['Akinyi Atieno Awuor'], ['Kiprop Kemboi Langat']])('makes %s a member, the names bare', (name) => {
    expect(tiesOf(bare, name)).toEqual(udaMember);
  });

  it('reads no list of one name', () => {
    expect(tiesOf('Angered by the vote, UDA MPs, Governor Wanjala Wekesa Simiyu said, would walk out.', 'Wanjala Wekesa Simiyu')).toEqual([]);
  });
});
