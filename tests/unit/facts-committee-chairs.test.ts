/**
 * A committee's chair as outlets tell it: "X, who had chaired the Departmental
 * Committee on Agriculture and Livestock since October, was the biggest
 * casualty" held it (former); "X chairs the Budget and Appropriations
 * Committee" holds it; "X, who was elected on a P ticket, stepped down as
 * chairman of the Departmental Committee on Sports and Culture on Monday"
 * held it, and still holds the seat. Short invented texts, the roles written
 * by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const rolesOf = (sentence: string, name: string) => {
  const person = summarise(analyseCorpus([seed('x.txt', `Headline\n\n${sentence}`)], pack)).people.find((one) => one.name.endsWith(name));
  return (person?.roles ?? []).map((role) => `${role.title}${role.organisation ? `, ${role.organisation}` : ''} (${role.tense ?? 'current'})`).sort();
};

describe('a committee chair', () => {
  it('"who had chaired the C since October" held it', () => {
    expect(rolesOf('Ndia MP Ruguru Wambui Ngari, who had chaired the Departmental Committee on Agriculture and Livestock since October, was the biggest casualty.', 'Ruguru Wambui Ngari')).toEqual([
      'Chairman, Departmental Committee on Agriculture and Livestock (former)',
      'MP, Ndia (current)',
    ]);
  });

  it('"X chairs the C" holds it', () => {
    expect(rolesOf('Nyeri MP Wambui Wanjiku Kamau chairs the Budget and Appropriations Committee.', 'Wambui Wanjiku Kamau')).toEqual(['Chairman, Budget and Appropriations Committee (current)', 'MP, Nyeri (current)']);
  });

  it('"X, who was elected on a P ticket, stepped down as chairman of the C on Monday" held the chair and keeps the seat', () => {
    const sentence = 'The third, Navakholo MP Wafula Nasimiyu Khaoya, who was elected on a UDA ticket, stepped down as chairman of the Departmental Committee on Sports and Culture on Monday.';
    expect(rolesOf(sentence, 'Wafula Nasimiyu Khaoya')).toEqual(['Chairman, Departmental Committee on Sports and Culture (former)', 'MP, Navakholo (current)']);
  });
});

describe("the committee's chair, the committee named earlier in the same sentence", () => {
  it('"rejected the report of the Departmental Committee on X, in a rare defeat for the committee\'s chairman, Y" is the chair of that committee', () => {
    expect(rolesOf("The National Assembly on Wednesday rejected the report of the Departmental Committee on Finance and National Planning, in a rare defeat for the committee's chairman, Kuria Mbugua Njengah.", 'Njengah')).toEqual([
      'Chairman, Departmental Committee on Finance and National Planning (current)',
    ]);
  });

  it('takes the committee nearest before the chair when the sentence names two', () => {
    expect(rolesOf("Members of the Public Accounts Committee walked out of a sitting of the Departmental Committee on Lands, whose report was defended by the committee's chairman, Kuria Mbugua Njengah.", 'Njengah')).toEqual([
      'Chairman, Departmental Committee on Lands (current)',
    ]);
  });
});

describe('a party\'s own organ is no committee', () => {
  it('"who chairs the P\'s National Executive Committee" is the party\'s office only, not a committee called "P\'s National Executive Committee"', () => {
    const roles = rolesOf('The Umoja Democratic Party (UDP) met in Nakuru. Wafula Nekesa Barasa, who chairs the UDP’s National Executive Committee, said the party would field a candidate.', 'Wafula Nekesa Barasa');
    expect(roles.filter((role) => role.includes('UDP’s'))).toEqual([]);
  });

  it('keeps a House committee a name opens with a possessive of no party', () => {
    expect(rolesOf('Kitui MP Mutua Kyalo Musyoka, who chairs the Senate’s Finance Committee, spoke.', 'Mutua Kyalo Musyoka')).toContain('Chairman, Senate’s Finance Committee (current)');
  });
});

describe('"who chaired the committee between YEAR and YEAR"', () => {
  it('is a chair held before, of no committee named in the sentence', () => {
    const text = 'The Budget and Appropriations Committee met on Wednesday. Mr Kipkemoi was backed by his predecessor, Kitutu Masaba MP Samson Obwaya Mageto, who chaired the committee between 2017 and 2022.';
    expect(rolesOf(text, 'Samson Obwaya Mageto')).toContain('Chairman (former)');
  });

  it.each([
    ['Samson Obwaya Mageto, who chaired the committee on Monday, spoke.'],
    ['Samson Obwaya Mageto, who chaired the committee hearings between 2017 and 2022, spoke.'],
  ])('gives no chair: "%s"', (sentence) => {
    expect(rolesOf(sentence, 'Samson Obwaya Mageto')).toEqual([]);
  });
});
