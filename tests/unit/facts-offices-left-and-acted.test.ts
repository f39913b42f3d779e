/**
 * Offices a clause after the name says were left, or are held in an acting
 * capacity: "who retired as Kilumbi Governor in 2022", "who was voted out as
 * Kilumbi MP", "bowed out as Speaker" (former); "who is serving in an acting
 * capacity as County Secretary", "has been appointed County Attorney in an
 * acting capacity" (acting). Near-misses: "retired as a teacher" (no office,
 * and the MCA seat before the name stays held), "retired as Kilumbi Primary
 * headteacher", an acting capacity on a board. An acting office told with the
 * verb: "has been acting governor since December 4", "is the acting governor of
 * Kilumbi", "has been acting as governor", "has been appointed acting
 * Agriculture CEC pending …" (not "has been acting in bad faith", "is acting
 * tough", "had been acting governor", "was acting governor in 2019").
 * Short invented texts, roles by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const pack = await loadPack();
const facts = publishedFacts(pack);

describe('an office left, told by a verb of leaving and the office after "as"', () => {
  it.each([
    ['Wekesa Nandwa Tabani, who retired as Kilumbi Governor in 2022, spoke.', 'Governor, Kilumbi (former)'],
    ['Wekesa Nandwa Tabani, who was voted out as Kilumbi MP in 2022, spoke.', 'MP, Kilumbi (former)'],
    ['Kilumbi Speaker Wekesa Nandwa Tabani bowed out as Speaker on Friday.', 'Speaker, Kilumbi (former)'],
  ])('"%s"', (sentence, role) => {
    expect(facts(sentence, 'Tabani')).toEqual([role]);
  });

  it.each([
    ['Mumbua Ngala Kyalo, who retired as Governor in 2022, said she had warned the assembly.', 'Kyalo', 'Governor (former)'],
    ['Kioko Nzuki Mbatha, who stepped down as Speaker last year, was also summoned.', 'Mbatha', 'Speaker (former)'],
  ])('an office with no place, named only as left: "%s"', (sentence, name, role) => {
    expect(facts(sentence, name)).toEqual([role]);
  });

  it('retiring from something that is no office leaves the office held', () => {
    expect(facts('Kilumbi MCA Wekesa Nandwa Tabani, who retired as a teacher in 2010, spoke.', 'Tabani')).toEqual(['MCA, Kilumbi (current)']);
    expect(facts('Mbotela Senator Wekesa Nandwa Tabani, who retired as Kilumbi Primary headteacher, spoke.', 'Tabani')).toEqual(['Senator, Mbotela (current)']);
  });
});

describe('an office held in an acting capacity', () => {
  it.each([
    ['Wekesa Nandwa Tabani, who is serving in an acting capacity as Mbotela County Secretary, spoke.', 'County Secretary, Mbotela (acting)'],
    ['Wekesa Nandwa Tabani has been appointed Kilumbi County Attorney in an acting capacity.', 'County Attorney, Kilumbi (acting)'],
  ])('"%s"', (sentence, role) => {
    expect(facts(sentence, 'Tabani')).toEqual([role]);
  });

  it('an acting capacity that names no office gives none', () => {
    expect(facts('Wekesa Nandwa Tabani is serving in an acting capacity on the board.', 'Tabani')).toEqual([]);
  });
});

describe('an acting office told with the verb', () => {
  it.each([
    ['Deputy Governor Wekesa Nandwa Tabani has been acting governor since December 4.', ['Deputy Governor (current)', 'Governor (acting)']],
    ['Deputy Governor Wekesa Nandwa Tabani is the acting governor of Kilumbi.', ['Deputy Governor (current)', 'Governor, Kilumbi (acting)']],
    ['Deputy Governor Wekesa Nandwa Tabani, who has been acting as governor since May, spoke.', ['Deputy Governor (current)', 'Governor (acting)']],
    ['Wekesa Nandwa Tabani has been appointed acting Agriculture CEC pending the appointment of a substantive officer.', ['County Executive, Agriculture (acting)']],
  ])('"%s"', (sentence, roles) => {
    expect(facts(sentence, 'Tabani')).toEqual(roles);
  });

  it.each([
    'Deputy Governor Wekesa Nandwa Tabani has been acting in bad faith, the MCAs said.',
    'Deputy Governor Wekesa Nandwa Tabani is acting tough on the cartels.',
    'Deputy Governor Wekesa Nandwa Tabani had been acting governor for two months.',
    'Deputy Governor Wekesa Nandwa Tabani was acting governor in 2019.',
  ])('gives no acting office: "%s"', (sentence) => {
    expect(facts(sentence, 'Tabani')).toEqual(['Deputy Governor (current)']);
  });
});
