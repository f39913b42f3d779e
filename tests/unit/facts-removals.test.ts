/**
 * An office the article says was taken away, told with when: "X was yesterday
 * removed as Minority Leader" and "Speaker X was removed on Thursday after …"
 * left X a current holder; "X, the
 * Interior Cabinet Secretary, who was dropped from the Cabinet" left X a
 * current one; so did a reshuffle's "Out are Agriculture CS X and Tourism
 * CS Y" and "The dropped Agriculture CS X". Short invented texts, the roles
 * written by hand.
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
