/**
 * A title set off by commas with no article before it: "X, Kilumbi MP-elect,
 * said", "X, Mbotela Deputy Governor, was there", "X, Treasury CS, said", "X,
 * Deputy Speaker of the Mbotela County Assembly, spoke". Near-misses: a title
 * that opens someone else's name ("According to X, Governor Y was absent"), a
 * plural title, a place alone, a possessive ("X, President Y's ally").
 * Short invented texts, published facts read by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const pack = await loadPack();
const facts = publishedFacts(pack);

describe('a title set off by commas, with no article', () => {
  it.each([
    ['Chebet Ruto Kimaru, Kilumbi MP-elect, said little.', 'MP, Kilumbi (incoming)'],
    ['Chebet Ruto Kimaru, Mbotela Deputy Governor, was there.', 'Deputy Governor, Mbotela (current)'],
    ['Chebet Ruto Kimaru, Treasury CS, said the budget was ready.', 'Cabinet Secretary, Treasury (current)'],
    ['Chebet Ruto Kimaru, Deputy Speaker of the Mbotela County Assembly, spoke.', 'Deputy Speaker, Mbotela County Assembly (current)'],
    ['Speakers included Chebet Ruto Kimaru, Kilumbi MCA, and Ondiek Chemwal Onyalo.', 'MCA, Kilumbi (current)'],
  ])('"%s"', (sentence, role) => {
    expect(facts(sentence, 'Kimaru')).toEqual([role]);
  });

  it("a title that is someone else's, or no title, gives the name before it nothing", () => {
    expect(facts('According to Chebet Ruto Kimaru, Governor Ouma Okello Ochieng was absent.', 'Kimaru')).toEqual([]);
    expect(facts('Unlike Chebet Ruto Kimaru, Senators were not invited.', 'Kimaru')).toEqual([]);
    expect(facts('Chebet Ruto Kimaru, Kilumbi, and Wanyonyi Ketter Sifuna, Mbotela, were elected.', 'Kimaru')).toEqual([]);
    expect(facts("Chebet Ruto Kimaru, President Kamau Njoroge Gitau's ally, spoke.", 'Kimaru')).toEqual([]);
  });
});

describe('a title that is an item of a list, not an apposition', () => {
  it('gives the person before it no second office: "X, the senator and Y attended"', () => {
    expect(facts('Mbotela Governor Wekesa Nyongesa Barasa toured the hospital.\n\nThe governor, the senator and Atieno Akoth Ombogo attended the prayers later.', 'Barasa')).toEqual(['Governor, Mbotela (current)']);
    expect(facts('Wekesa Nyongesa Barasa, the senator and Atieno Akoth Ombogo attended the prayers.', 'Barasa')).toEqual([]);
  });

  it('keeps an office whose scope holds "and": "X, the Cabinet Secretary for Roads and Transport,"', () => {
    // (The scope is cut at its "and" as before this reading: "Roads"; what matters here is that the office stays.)
    expect(facts('Kiprop Rono Kibet, the Cabinet Secretary for Roads and Transport, toured the site.', 'Kibet')).toEqual(['Cabinet Secretary, Roads (current)']);
  });
});
