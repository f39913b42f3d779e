/**
 * A party's officials listed one "Title – Name" line each, after a line that
 * names the party and ends with a colon: each holds that office in the party
 * (a role and its tie), with the opening line as the evidence that names the
 * party. A spokesperson holds no office; a list after a line that names no
 * party gives no office. Each case is a short invented text with its facts
 * written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const people = (text: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people;
const ties = (text: string, name: string) => (people(text).find((one) => one.name.endsWith(name))?.parties ?? []).map((tie) => `${tie.party} (${tie.relation})`);

const list = (opening: string) =>
  `Headline\n\nThe Umoja Maendeleo Party (UMP) held its National Delegates Convention at Bomas of Kenya on Saturday.\n\n${opening}\n\nNational Chairman – Kipsang Rotich Cheruiyot\nSecretary-General – Mr Wafula Khisa Nabwera\nSpokesperson – Achieng Moraa Otieno\n\nThe officials will serve for five years.`;

describe('a list of officials after a line that names the party', () => {
  const text = list("The UMP's delegates confirmed the following officials:");

  it.each([
    ['Kipsang Rotich Cheruiyot', 'Umoja Maendeleo Party (National Chairman)'],
    ['Wafula Khisa Nabwera', 'Umoja Maendeleo Party (Secretary-General)'],
  ])('gives %s the office in the party', (name, tie) => {
    expect(ties(text, name)).toEqual([tie]);
  });

  it('gives a spokesperson no office', () => {
    expect(ties(text, 'Achieng Moraa Otieno')).toEqual([]);
  });
});

describe('a list after a line that names no party', () => {
  it('gives no office', () => {
    expect(ties(list('The new officials are:'), 'Kipsang Rotich Cheruiyot')).toEqual([]);
  });
});
