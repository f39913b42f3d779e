/**
 * Titles news English writes by another name, spelled as the office: "Kipsang
 * Ward Rep X" is the ward's MCA; "Mbotela county boss X" the county's Governor;
 * "a Kilumbi governorship hopeful" seeks the Governor's seat; "the Treasury
 * Cabinet Secretary nominee" is an incoming Cabinet Secretary, while "the ODM
 * governor nominee" is the party's candidate, no membership to come. Near-misses:
 * "the county chief of staff" (an aide's post), "the President's nominee".
 * Short invented texts, published facts read by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const pack = await loadPack();
const facts = publishedFacts(pack);
const PARTIES = 'The Orange Democratic Movement (ODM) and the United Democratic Alliance (UDA) met on Monday.';

describe('a title written by another name is the office', () => {
  it.each([
    ['Kipsang Ward Rep Barasa Kitole Anyango said he was grateful.', 'MCA, Kipsang (current)'],
    ['Mbotela county boss Barasa Kitole Anyango signed the letter.', 'Governor, Mbotela (current)'],
    // (So are "county chief", and either with no place: "The former county boss, X,".)
    ['Barasa Kitole Anyango, the Kitui county chief, launched the hospital.', 'Governor, Kitui (current)'],
    ["Barasa Kitole Anyango, Kitui's county chief, launched the hospital.", 'Governor, Kitui (current)'],
    ['The former county boss, Barasa Kitole Anyango, launched the hospital.', 'Governor (former)'],
    ['The former county chief, Barasa Kitole Anyango, launched the hospital.', 'Governor (former)'],
    ['Barasa Kitole Anyango, the Kilumbi governorship hopeful, spoke.', 'Governor, Kilumbi (aspiring)'],
    ['Barasa Kitole Anyango, a senatorship aspirant, spoke.', 'Senator (aspiring)'],
    ['Barasa Kitole Anyango, the Treasury Cabinet Secretary nominee, appeared before MPs.', 'Cabinet Secretary, Treasury (incoming)'],
    ['Barasa Kitole Anyango, the Kilumbi County Secretary nominee, appeared before MCAs.', 'County Secretary, Kilumbi (incoming)'],
  ])('"%s"', (sentence, role) => {
    expect(facts(sentence, 'Anyango')).toEqual([role]);
  });

  it.each([
    ["Musembi Ndolo Anyango, Kitui's first woman governor, attended the burial.", ['Governor, Kitui (current)']],
    ["Kitui's first woman governor, Barasa Kitole Anyango, attended the burial.", ['Governor, Kitui (current)']],
    ['Barasa Kitole Anyango, the first female Speaker of the Kitui County Assembly, attended.', ['Speaker, Kitui County Assembly (current)']],
    ['Woman Rep Barasa Kitole Anyango attended.', ['Woman Representative (current)']],
    ['Tororo Woman MP Barasa Kitole Anyango attended.', ['Woman MP, Tororo (current)']],
    ["Barasa Kitole Anyango, Kitui's governor-in-waiting, spoke.", []],
  ])('who holds an office is no word of its title: "%s"', (sentence, roles) => {
    expect(facts(sentence, 'Anyango')).toEqual(roles);
  });

  it("a party's nominee for an office is its candidate", () => {
    expect(facts(`${PARTIES} Barasa Kitole Anyango, the ODM governor nominee, spoke.`, 'Anyango')).toEqual(['party Orange Democratic Movement (candidate)']);
  });

  it('a bare "Ward Rep" in an apposition leaves the clause after it to the name before it', () => {
    const text = `${PARTIES} The seat fell vacant after the death of North Gem MCA Barasa Kitole Anyango, a three-term Ward Rep who was elected on an ODM ticket in 2013, 2017 and 2022.`;
    expect(facts(text, 'Anyango').filter((fact) => fact.startsWith('party'))).toEqual(['party Orange Democratic Movement (candidate)']);
  });

  it("an aide's post, or someone's nominee, is no office", () => {
    expect(facts('Barasa Kitole Anyango, the Kisumu county chief of staff, spoke.', 'Anyango')).toEqual([]);
    expect(facts("Barasa Kitole Anyango, the President's nominee, appeared before MPs.", 'Anyango')).toEqual([]);
  });

  it("a party's county boss is no Governor; a boss or legislator of no party and no seat is no office", () => {
    expect(facts(`${PARTIES} The UDA county boss, Barasa Kitole Anyango, launched the drive.`, 'Anyango')).toEqual([]);
    expect(facts(`${PARTIES} Barasa Kitole Anyango, the ODM county chief in Kisumu, launched the drive.`, 'Anyango')).toEqual([]);
    expect(facts('Treasury boss Barasa Kitole Anyango presented the budget.', 'Anyango')).toEqual([]);
    expect(facts('The first-term legislator, Barasa Kitole Anyango, asked the House to reject the report.', 'Anyango')).toEqual([]);
  });

  it('keeps what the words do settle: a party\'s boss, a constituency\'s legislator', () => {
    expect(facts(`${PARTIES} ODM boss Barasa Kitole Anyango addressed the rally.`, 'Anyango')).toEqual(['Party Leader, ODM (current)', 'party Orange Democratic Movement (leader)']);
    expect(facts('The Kibwezi legislator Barasa Kitole Anyango opposed the bill.', 'Anyango')).toEqual(['MP, Kibwezi (current)']);
  });
});

describe('a nominated seat in an apposition after a titled name', () => {
  it('is a second office, held now: "P Deputy Party Leader X, a nominated senator,"', () => {
    expect(facts(`${PARTIES} ODM Deputy Party Leader Barasa Kitole Anyango, a nominated senator, said the NEC would meet.`, 'Anyango').filter((fact) => !fact.startsWith('party'))).toEqual(['Deputy Party Leader, ODM (current)', 'Senator (current)']);
  });

  it('is not one the words only come near: "the nominated senator\'s aide", "a newly nominated senator"', () => {
    expect(facts(`${PARTIES} ODM chairman Barasa Kitole Anyango, the nominated senator's aide, spoke.`, 'Anyango').filter((fact) => !fact.startsWith('party'))).toEqual(['Chairman, ODM (current)']);
    expect(facts(`${PARTIES} ODM chairman Barasa Kitole Anyango, a newly nominated senator, spoke.`, 'Anyango').filter((fact) => !fact.startsWith('party'))).toEqual(['Chairman, ODM (current)']);
  });
});

describe('a title before the name with its place or portfolio after "for"', () => {
  it.each([
    ['MP for Kibwezi Barasa Kitole Anyango opposed the bill.', ['MP, Kibwezi (current)']],
    ['Senator for Kitui County Barasa Kitole Anyango opposed the bill.', ['Senator, Kitui (current)']],
    ['Cabinet Secretary for Agriculture Barasa Kitole Anyango opened the show.', ['Cabinet Secretary, Agriculture (current)']],
    ['Former Cabinet Secretary for Agriculture Barasa Kitole Anyango opened the show.', ['Cabinet Secretary, Agriculture (former)']],
    ['County Executive for Health Barasa Kitole Anyango opened the clinic.', ['County Executive (current)']],
  ])('"%s": the office, and the place or portfolio, not a title with "for" in it', (sentence, roles) => {
    expect(facts(sentence, 'Anyango')).toEqual(roles);
  });

  it('keeps a county before its executive\'s title as the place: "Kitui County Executive for Health X"', () => {
    expect(facts('Kitui County Executive for Health Barasa Kitole Anyango opened the clinic.', 'Anyango')).toEqual(['County Executive, Kitui (current)']);
  });
});
