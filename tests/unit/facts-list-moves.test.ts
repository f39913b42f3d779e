/**
 * A move told of a list of people as one subject: "Khalaba MCA X, Kibingei MCA
 * Y and Maeni MCA Z, all three elected on P tickets, have defected from P to
 * the ruling Q" — each of the three left P and joined Q, not only the name next
 * to the verb; "the ruling" before the party moved to is no obstacle. Each
 * case is a short invented text with its ties written by hand; the control is
 * a list that does not open the sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const personIn = (text: string, name: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name));
const moves = (text: string, name: string) => (personIn(text, name)?.parties ?? []).filter((tie) => tie.relation === 'left' || tie.relation === 'joined').map((tie) => `${tie.party} (${tie.relation})`).sort();

const opening = 'Headline\n\nThe Orange Democratic Movement (ODM) and the United Democratic Alliance (UDA) have stepped up recruitment in Bungoma.';

describe('a list of people who moved together', () => {
  const text = `${opening} Khalaba MCA Wepukhulu Makhanu Kisiangani, Kibingei MCA Ndiema Juma Khamala and Maeni MCA Soita Wanyama Nabwile, all three elected on ODM tickets last year, have defected from ODM to the ruling UDA.`;

  it.each([['Wepukhulu Makhanu Kisiangani'], ['Ndiema Juma Khamala'], ['Soita Wanyama Nabwile']])('moves %s', (name) => {
    expect(moves(text, name)).toEqual(['Orange Democratic Movement (left)', 'United Democratic Alliance (joined)']);
  });

  it('moves no one named before the list\'s verb in another role', () => {
    const other = `${opening} Governor Barasa Sitati Wekesa said Kibingei MCA Ndiema Juma Khamala and Maeni MCA Soita Wanyama Nabwile have defected from ODM to UDA.`;
    expect(moves(other, 'Barasa Sitati Wekesa')).toEqual([]);
  });
});

describe('a move told after a ticket', () => {
  it('"X, who was elected on a P ticket in 2017 before defecting to Q in 2023" left P and joined Q', () => {
    const text = `${opening} Kanduyi MP Ndiema Juma Khamala, who was elected on an ODM ticket in 2017 before defecting to the UDA in 2023, denied the claim.`;
    expect(moves(text, 'Ndiema Juma Khamala')).toEqual(['Orange Democratic Movement (left)', 'United Democratic Alliance (joined)']);
  });
});
