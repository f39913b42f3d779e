/**
 * A party's own people called by an epithet: "X has been a UDA diehard", "X is
 * a staunch ODM loyalist", "X, UDA's man in Marsabit", "A card-carrying member
 * of Wiper, Kyuso MCA X", "Long-time ODM loyalist X" are the party's members;
 * "a TMDP sympathiser" is its ally; "a UDA member until 2021" and "who was a
 * member of ODM until 2022" left it. Each case is a short invented text with
 * its ties written by hand; the controls are a standing in the past and a
 * party office written before the name.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const tiesOf = (sentence: string, name: string) => {
  const text = `Headline\n\nThe Orange Democratic Movement (ODM) and the United Democratic Alliance (UDA) have stepped up recruitment in Kisumu. ${sentence}`;
  const person = summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name));
  return (person?.parties ?? []).map((tie) => `${tie.party} (${tie.relation})`).sort();
};
const udaMember = ['United Democratic Alliance (member)'];

describe('an epithet said of a person', () => {
  it.each([
    ['Nakuru Senator Kiplimo Chumo Kurgat has been a UDA diehard since the party was registered.'],
    ['Nakuru Senator Kiplimo Chumo Kurgat is a staunch UDA loyalist.'],
    ['Nakuru Senator Kiplimo Chumo Kurgat, who remains a UDA stalwart, skipped the caucus.'],
    ['Nakuru Senator Kiplimo Chumo Kurgat is UDA\'s man in Nakuru.'],
  ])('"%s" is a member', (sentence) => {
    expect(tiesOf(sentence, 'Kiplimo Chumo Kurgat')).toEqual(udaMember);
  });

  it('"X, UDA\'s man in Marsabit," is a member', () => {
    expect(tiesOf('North Horr MP Tadicha Abkula Shano, UDA\'s man in Marsabit, led the campaign.', 'Tadicha Abkula Shano')).toEqual(udaMember);
  });

  it('"X, a UDA sympathiser," is an ally', () => {
    expect(tiesOf('Speaker Adhiambo Rapando Achieng\', a UDA sympathiser, presided.', 'Adhiambo Rapando Achieng\'')).toEqual(['United Democratic Alliance (ally)']);
  });
});

describe('an epithet before the name', () => {
  it.each([
    ['A card-carrying member of UDA, Kyuso MCA Mwende Nyamai Kituku, raised a storm.'],
    ['A UDA stalwart, Kyuso MCA Mwende Nyamai Kituku, raised a storm.'],
    ['Long-time UDA loyalist Mwende Nyamai Kituku raised a storm.'],
  ])('"%s" is a member', (sentence) => {
    expect(tiesOf(sentence, 'Mwende Nyamai Kituku')).toEqual(udaMember);
  });
});

describe('a membership the text ends', () => {
  it.each([
    ['Butere MP Wafula Simiyu Makokha, a UDA member until 2021, spoke.'],
    ['Butere MP Wafula Simiyu Makokha, who was a member of UDA until 2021, spoke.'],
  ])('"%s" left', (sentence) => {
    expect(tiesOf(sentence, 'Wafula Simiyu Makokha')).toEqual(['United Democratic Alliance (left)']);
  });
});

describe('no membership', () => {
  it('"X was a UDA diehard" is no membership now', () => {
    expect(tiesOf('Nakuru Senator Kiplimo Chumo Kurgat was a UDA diehard before 2022.', 'Kiplimo Chumo Kurgat')).toEqual([]);
  });

  it('"UDA chairman X" holds an office, not a membership', () => {
    expect(tiesOf('UDA chairman Kiplimo Chumo Kurgat received the defectors.', 'Kiplimo Chumo Kurgat')).toEqual(['United Democratic Alliance (Chairman)']);
  });
});
