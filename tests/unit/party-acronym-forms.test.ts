/**
 * A party's acronym defined in the other ways news English writes it: "the
 * UPP, the Umoja Progressive Party,", "The NDM (Nuru Democratic Movement)",
 * "the Tegemeo People's Congress, or TPC,", "the Mwamko Alliance Party – MAP –".
 * Only "NAME (ACR)" was read: "UPP chairman X" then named no party the article
 * spells out, and his office and tie were held back. An acronym that cannot
 * be read off the name defines nothing. Invented parties and people.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const report = (text: string) => summarise(analyseCorpus([seed('x.txt', ['Parties', text].join('\n\n'))], pack));
const ties = (text: string) => report(text).people.flatMap((one) => one.parties.map((tie) => [one.name, tie.party, tie.relation]));

describe('an acronym spelt out beside its party', () => {
  it.each([
    ['Officials of the UPP, the Umoja Progressive Party, were not available.', 'UPP chairman Otieno Barasa Wekesa later called.', 'Umoja Progressive Party'],
    ['The NDM (Nuru Democratic Movement) has also joined the talks.', 'NDM chairman Otieno Barasa Wekesa spoke.', 'Nuru Democratic Movement'],
    ["The Tegemeo People's Congress, or TPC, said it would field candidates.", 'TPC chairman Otieno Barasa Wekesa confirmed it.', "Tegemeo People's Congress"],
    ['The Mwamko Alliance Party – MAP – is new.', 'MAP chairman Otieno Barasa Wekesa said it had twenty members.', 'Mwamko Alliance Party'],
  ])('%s', (definition, office, party) => {
    const found = report(`${definition} ${office}`);
    expect(found.parties.map((one) => [one.name, one.acronym])).toEqual([[party, office.split(' ')[0]]]);
    expect(ties(`${definition} ${office}`)).toEqual([['Otieno Barasa Wekesa', party, 'Chairman']]);
  });

  it('defines nothing with an acronym the name does not spell', () => {
    const found = report('The UDM, the Umoja Progressive Party, has not said. UDM chairman Otieno Barasa Wekesa spoke.');
    expect(found.parties.find((one) => one.name === 'Umoja Progressive Party')?.acronym).toBeNull();
  });
});
