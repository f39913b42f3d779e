/**
 * Bodies named in Kiswahili: "Muungano wa Mageuzi" (a coalition: "muungano"
 * is a union of parties) had become a person. It is a coalition, as "Chama cha
 * X" is a party; councils and commissions ("Baraza la Wazee", "Tume ya
 * Uchaguzi") stay no one, and a person's name joined by "wa" ("Ngugi wa
 * Mbugua") stays a person.
 * Short invented texts; the people and parties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const report = (text: string) => summarise(analyseCorpus([seed('x.txt', ['Bodies', text].join('\n\n'))], pack));

describe('bodies named in Kiswahili', () => {
  it('reads a coalition opened by "Muungano wa", and its leader', () => {
    const found = report('The opposition coalition, Muungano wa Mageuzi, welcomed new members. Muungano wa Mageuzi leader Otieno Barasa Wekesa said it would field candidates.');
    expect(found.people.map((one) => one.name)).toEqual(['Otieno Barasa Wekesa']);
    expect(found.parties.map((one) => one.name)).toEqual(['Muungano wa Mageuzi']);
    expect(found.people[0]?.parties.map((tie) => [tie.party, tie.relation])).toEqual([['Muungano wa Mageuzi', 'leader']]);
  });

  it.each([
    'Baraza la Wazee wa Kaya met in Kilifi on Sunday.',
    'Tume ya Uchaguzi officials attended the meeting.',
    'Kamati ya Bunge ya Fedha will sit on Monday.',
    'Jumuiya ya Afrika Mashariki delegates were there.',
  ])('makes no person or party of %j', (text) => {
    const found = report(text);
    expect([...found.people, ...found.parties].map((one) => one.name)).toEqual([]);
  });

  it('keeps people whose names are joined by "wa"', () => {
    expect(report('Ngugi wa Mbugua and Wanjiru wa Kamau also spoke at the rally.').people.map((one) => one.name).sort()).toEqual(['Ngugi wa Mbugua', 'Wanjiru wa Kamau']);
  });
});
