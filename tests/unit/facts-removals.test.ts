/**
 * An office the article says was taken away, told with when: "X was yesterday
 * removed as Minority Leader" and "Speaker X was removed on Thursday after …"
 * left X a current holder; "X, the
 * Interior Cabinet Secretary, who was dropped from the Cabinet" left X a
 * current one; so did a reshuffle's "Out are Agriculture CS X and Tourism
 * CS Y" and "The dropped Agriculture CS X". "removed Moiben MP X as the
 * party's Secretary-General" takes away the office after "as", not the seat
 * before the name; an appointment set aside ends the office it gave; a
 * removal only called for, or quashed, ends nothing. Short invented texts,
 * the roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { roles } = factReaders(pack);

describe('an office taken away', () => {
  it.each([
    ['"was yesterday removed as T"', 'Headline\n\nMinority Leader Halima Jebet Kiprono was yesterday removed as Minority Leader.', 'Kiprono', 'Minority Leader'],
    ['"was removed as T on Tuesday"', 'Headline\n\nMajority Whip Tom Kiprop Sang was removed as Majority Whip on Tuesday.', 'Sang', 'Majority Whip'],
    ['"was on Monday sacked"', 'Headline\n\nLands CS Jane Wambui Kirui was on Monday sacked.', 'Kirui', 'Cabinet Secretary'],
    ['"X, the T, who was dropped from the Cabinet"', 'Headline\n\nThe biggest casualty is Prof Owino Ayieko Otieno, the Interior Cabinet Secretary, who was dropped from the Cabinet altogether.', 'Otieno', 'Cabinet Secretary'],
    ['"was axed"', 'Headline\n\nEnergy CS Mutua Kioko Musyoka was axed in the reshuffle.', 'Musyoka', 'Cabinet Secretary'],
    ['"was removed on Thursday after …"', 'Headline\n\nSpeaker Halima Jebet Kiprono was removed on Thursday after 62 of the 88 MCAs voted to impeach her.', 'Kiprono', 'Speaker'],
    ['"was removed by MCAs"', 'Headline\n\nDeputy Speaker Tom Kiprop Sang was removed by MCAs in a heated sitting.', 'Sang', 'Deputy Speaker'],
    ['"Out are T X and T Y" (the second)', 'Headline\n\nOut are Agriculture CS Nyaga Mugo Ireri and Tourism CS Halima Abdi Shariff. Shariff had been in the Cabinet since 2022.', 'Shariff', 'Cabinet Secretary'],
    ['"Out goes T X, who …"', 'Headline\n\nOut goes Energy CS Mutiso Kilonzo Wambua, who served for two years.', 'Wambua', 'Cabinet Secretary'],
    ['"The dropped T X"', 'Headline\n\nThe dropped Agriculture CS Nyaga Mugo Ireri has been named chairman of a seed company.', 'Ireri', 'Cabinet Secretary'],
    ['"The President axed T X"', 'Headline\n\nThe President axed Lands CS Kamau Njoroge Mwangi on Tuesday.', 'Mwangi', 'Cabinet Secretary'],
    ['"X, who was relieved of her duties"', 'Headline\n\nTrade CS Wanjiru Kamau Njeri, who was relieved of her duties on Monday, left the building.', 'Njeri', 'Cabinet Secretary'],
  ])('is former: %s', (_label, text, name, title) => {
    expect(roles(text, name)).toEqual([expect.objectContaining({ title, tense: 'former' })]);
  });

  it('keeps the office of one whose apposition names another person before "who was dropped"', () => {
    const text = 'Headline\n\nLands CS Chebet Jeruto Kogo, an ally of Governor Barasa Wekesa Simiyu, who was dropped from the Cabinet, spoke.';
    expect(roles(text, 'Kogo')).toEqual([expect.objectContaining({ title: 'Cabinet Secretary', organisation: 'Lands' })]);
    expect(roles(text, 'Kogo')[0]).not.toHaveProperty('tense');
  });

  it('keeps an office when only a seat on a committee was taken away', () => {
    expect(roles('Headline\n\nSenator Jane Auma Were was removed from the committee.', 'Were')).toEqual([{ title: 'Senator' }]);
  });
});

describe('an office given back', () => {
  it.each([
    ['"reinstated T X, who was removed from office in July"', 'Headline\n\nThe court on Thursday reinstated Marsabit Deputy Governor Galgalo Boru Jillo, who was removed from office by the county assembly in July.'],
    ['"X, who was removed in July, was reinstated"', 'Headline\n\nDeputy Governor Galgalo Boru Jillo was removed by MCAs in July. On Thursday Jillo was reinstated by the court.'],
  ])('is held again: %s', (_label, text) => {
    expect(roles(text, 'Jillo')).toEqual([expect.objectContaining({ title: 'Deputy Governor' })]);
    expect(roles(text, 'Jillo')[0]?.tense).toBeUndefined();
  });
});

describe('the office after "as" is the one taken away', () => {
  const listed = (text: string, name: string) => roles(text, name).map((role) => `${role?.title}${role?.organisation ? ` of ${role.organisation}` : ''} (${role?.tense ?? 'current'})`).sort();

  it.each([
    ['Headline\n\nThe Umoja Bora Party (UBP) has removed Kabondo MP Odera Kasera Nyandiko as the party\'s Secretary-General, accusing him of disloyalty.'],
    ['Headline\n\nThe Umoja Bora Party (UBP), whose executive last month removed Kabondo MP Odera Kasera Nyandiko as Secretary-General, met on Friday.'],
    ['Headline\n\nThe Umoja Bora Party (UBP) ousted Kabondo MP Odera Kasera Nyandiko as its Secretary-General on Monday.'],
  ])('"%s": the seat is held, the party office is over', (text) => {
    const found = listed(text, 'Nyandiko');
    expect(found).toContain('MP of Kabondo (current)');
    expect(found.some((one) => /^MP .*former/.test(one))).toBe(false);
  });

  it('"removed X as the party\'s Secretary-General": that office former', () => {
    const text = 'Headline\n\nThe Umoja Bora Party (UBP) has removed Kabondo MP Odera Kasera Nyandiko as the party\'s Secretary-General, accusing him of disloyalty.';
    expect(listed(text, 'Nyandiko')).toEqual(['MP of Kabondo (current)', 'Secretary-General of Umoja Bora Party (former)']);
  });

  it('"removed T X" with no office after it still ends the title', () => {
    expect(listed('Headline\n\nMCAs on Tuesday removed Majority Leader Odera Kasera Nyandiko in a stormy sitting.', 'Nyandiko')).toEqual(['Majority Leader (former)']);
  });

  it('a removal only called for, or quashed, ends nothing', () => {
    expect(listed('Headline\n\nResidents called for the removal of Kabondo MP Odera Kasera Nyandiko over the stalled roads.', 'Nyandiko')).toEqual(['MP of Kabondo (current)']);
    expect(listed('Headline\n\nThe court quashed the removal of Majority Leader Odera Kasera Nyandiko and ordered a fresh vote.', 'Nyandiko')).toEqual(['Majority Leader (current)']);
  });

  it('"accepted the resignation of T X" ends the title; "demanded the resignation of" does not', () => {
    expect(listed('Headline\n\nThe party accepted the resignation of National Treasurer Achieng Nyawira Obura, who has joined a rival outfit.', 'Obura')).toEqual(['National Treasurer (former)']);
    expect(listed('Headline\n\nProtesters demanded the resignation of National Treasurer Achieng Nyawira Obura on Monday.', 'Obura')).toEqual(['National Treasurer (current)']);
  });

  it('an appointment set aside ends the office it gave; one confirmed does not', () => {
    expect(listed('Headline\n\nThe Umoja Bora Party (UBP) met. The tribunal set aside the appointment of the party\'s organising secretary, Achieng Nyawira Obura, as acting secretary-general.', 'Obura')).toContain('Secretary-General (former)');
    expect(listed('Headline\n\nThe Umoja Bora Party (UBP) met. The council confirmed the appointment of Achieng Nyawira Obura as acting secretary-general.', 'Obura').some((one) => /former/.test(one))).toBe(false);
  });
});
