/**
 * "Legislator" and "lawmaker" given a place: a constituency's is its MP ("the
 * Ainamoi legislator", "Mbooni lawmaker X", "the lawmaker for Kisumu East"); a
 * party's is a standing in it, no office ("a UDA lawmaker"); a county's may
 * hold any of its seats, and gives no office ("Kisumu lawmaker X"), where the
 * old reading published an office called "Lawmaker". The seat written in full,
 * "Member of Parliament for Kilumbi East", is its MP too. Short invented texts,
 * published facts read by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const pack = await loadPack();
const facts = publishedFacts(pack);
const PARTIES = 'The Orange Democratic Movement (ODM) and the United Democratic Alliance (UDA) met on Monday.';

describe("a constituency's legislator is its MP", () => {
  it.each([
    ['Kilumbi East legislator Barasa Kitole Ngetich said he was grateful.', 'MP, Kilumbi East (current)'],
    ['Barasa Kitole Ngetich, the Kilumbi East lawmaker, said he was grateful.', 'MP, Kilumbi East (current)'],
    ['Barasa Kitole Ngetich, a first-term Kilumbi East legislator, said he was grateful.', 'MP, Kilumbi East (current)'],
    ['Barasa Kitole Ngetich, the former Mbotela legislator, said he was grateful.', 'MP, Mbotela (former)'],
    ['Barasa Kitole Ngetich, the lawmaker for Kilumbi South, said he was grateful.', 'MP, Kilumbi South (current)'],
  ])('"%s"', (sentence, role) => {
    expect(facts(sentence, 'Ngetich')).toEqual([role]);
  });

  it.each([
    ['Barasa Kitole Ngetich, Member of Parliament for Kilumbi East, spoke.', 'MP, Kilumbi East (current)'],
    ['Barasa Kitole Ngetich, the Member of Parliament for Mbotela North, spoke.', 'MP, Mbotela North (current)'],
    ['Barasa Kitole Ngetich, a former Member of Parliament for Kilumbi, spoke.', 'MP, Kilumbi (former)'],
  ])('the seat written in full: "%s"', (sentence, role) => {
    expect(facts(sentence, 'Ngetich')).toEqual([role]);
  });

  it('a member of a body named for Parliament holds no seat', () => {
    expect(facts('Barasa Kitole Ngetich, a member of the Parliamentary Service Commission, spoke.', 'Ngetich')).toEqual([]);
  });

  it("a party's lawmaker is its member, with a seat only where the words name one", () => {
    expect(facts(`${PARTIES} Barasa Kitole Ngetich, a UDA legislator, said he was grateful.`, 'Ngetich')).toEqual(['party United Democratic Alliance (member)']);
    expect(facts(`${PARTIES} ODM lawmaker Barasa Kitole Ngetich said he was grateful.`, 'Ngetich')).toEqual(['party Orange Democratic Movement (member)']);
    expect(facts(`${PARTIES} Barasa Kitole Ngetich, the ODM lawmaker for Kilumbi North, said he was grateful.`, 'Ngetich')).toEqual(['MP, Kilumbi North (current)', 'party Orange Democratic Movement (member)']);
  });

  it("a county's legislator holds a seat the words do not name", () => {
    expect(facts('Nakuru lawmaker Barasa Kitole Ngetich said the county needs roads.', 'Ngetich')).toEqual([]);
    expect(facts('Barasa Kitole Ngetich, the Kisumu legislator, said the county needs roads.', 'Ngetich')).toEqual([]);
    expect(facts('Barasa Kitole Ngetich, the Mbotela County Assembly legislator, said the county needs roads.', 'Ngetich')).toEqual([]);
  });
});
