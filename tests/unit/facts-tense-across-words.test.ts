/**
 * A word that dates a title may stand one or two words away from it, with a
 * word between that describes the holder or how the seat was filled: "former
 * nominated MCA X", "ex-nominated Senator X", "former specially elected MCA
 * X", "former two-term MP X" (all former), and a seat taken from its holder:
 * "after unseating two-term Senator X", "by unseating Governor X" (former).
 * Near misses keep the office held: "Nominated MCA X", "the long-serving MP
 * X", "wants to unseat Governor X", "is keen on unseating Governor X",
 * "floored incumbent MP X" (a nomination lost: the seat is still held).
 * Short invented texts, roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const offices = (sentence: string, name: string) => {
  const person = summarise(analyseCorpus([seed('x.txt', `Headline\n\n${sentence}`)], pack)).people.find((one) => one.name.endsWith(name));
  return (person?.roles ?? []).map((role) => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''} (${role.tense ?? 'current'})`);
};

describe('a tense word one or two words before the title', () => {
  it.each([
    ['Former nominated MCA Gacheri Mwiti Kathure has joined the race for the ward.', 'MCA (former)'],
    ['Ex-nominated Senator Gacheri Mwiti Kathure addressed the women at Kinoru Stadium.', 'Senator (former)'],
    ['She was accompanied by former specially elected MCA Gacheri Mwiti Kathure and two elders.', 'MCA (former)'],
    ['The crowd was addressed by former two-term MP Gacheri Mwiti Kathure, who wants the seat back.', 'MP (former)'],
    ['Dr Baariu has named former nominated MCA Gacheri Mwiti Kathure as her campaign coordinator.', 'MCA (former)'],
  ])('dates the title: %s', (sentence, expected) => {
    expect(offices(sentence, 'Gacheri Mwiti Kathure')).toContain(expected);
  });

  it.each([
    ['Nominated MCA Gacheri Mwiti Kathure said the assembly had failed women.', 'MCA (current)'],
    ['The long-serving MP Gacheri Mwiti Kathure said the road would be built.', 'MP (current)'],
    ['Two-term Senator Gacheri Mwiti Kathure chaired the meeting on Monday.', 'Senator (current)'],
  ])('leaves the office held: %s', (sentence, expected) => {
    expect(offices(sentence, 'Gacheri Mwiti Kathure')).toContain(expected);
  });
});

describe('a seat taken from its holder', () => {
  it.each([
    ['Kakamega Senator Wanjala Otiende Mukhwana, who was elected in 2022 after unseating three-term Senator Shikuku Amalemba Litunya, spoke.'],
    ['Wanjala Otiende Mukhwana won the seat in 2017 by unseating Senator Shikuku Amalemba Litunya, a veteran of the House.'],
    ['Before unseating two-term Senator Shikuku Amalemba Litunya in 2022, Wanjala Otiende Mukhwana was an MCA.'],
  ])('ends the office: %s', (sentence) => {
    expect(offices(sentence, 'Shikuku Amalemba Litunya')).toEqual(['Senator (former)']);
  });

  it.each([
    ['Wanjala Otiende Mukhwana wants to unseat Senator Shikuku Amalemba Litunya in 2027.'],
    ['Wanjala Otiende Mukhwana is keen on unseating two-term Senator Shikuku Amalemba Litunya next year.'],
    ['Wanjala Otiende Mukhwana floored incumbent Senator Shikuku Amalemba Litunya in the party primaries.'],
  ])('leaves the office held: %s', (sentence) => {
    expect(offices(sentence, 'Shikuku Amalemba Litunya')).toEqual(['Senator (current)']);
  });
});
