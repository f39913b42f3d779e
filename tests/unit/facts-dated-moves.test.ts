/**
 * A move dated between its mover and its verb: "X on Thursday, November 20,
 * ditched P for Q", "X on 12 March defected from P to Q", "X in June joined P";
 * and the party left written with its acronym in brackets before the party
 * joined ("ditched the P (PA) for the Q"); "who quit the party … to join Q"
 * never left Q. Each case is a short invented text with its moves written by
 * hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const personIn = (text: string, name: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name));
const moves = (text: string, name: string) => (personIn(text, name)?.parties ?? []).filter((tie) => tie.relation === 'left' || tie.relation === 'joined').map((tie) => `${tie.party} (${tie.relation})`).sort();

const opening = 'Headline\n\nThe Orange Democratic Movement (ODM) and the United Democratic Alliance (UDA) have stepped up recruitment in Kericho.';
const odmToUda = ['Orange Democratic Movement (left)', 'United Democratic Alliance (joined)'];

describe('a move with its date before the verb', () => {
  it.each([
    ['on Thursday, November 20, ditched ODM for UDA'],
    ['on Monday, March 3, 2025, decamped from ODM to UDA'],
    ['on 12 March defected from ODM to UDA'],
    ['on March 12 quit ODM for the UDA'],
    ['in June 2024 left ODM for UDA'],
  ])('"Kericho MCA X %s"', (move) => {
    expect(moves(`${opening} Kericho MCA Chepkoech Jeruto Sang ${move}, ending months of speculation.`, 'Chepkoech Jeruto Sang')).toEqual(odmToUda);
  });

  it('"X in June joined P" joins P', () => {
    expect(moves(`${opening} Kipkelion MCA Rono Kiptoo Bett in June joined UDA.`, 'Rono Kiptoo Bett')).toEqual(['United Democratic Alliance (joined)']);
  });
});

describe('the party left written with its acronym in brackets', () => {
  it('"ditched the P (PA) for the Q (QA)" left P and joined Q', () => {
    const text = 'Headline\n\nBelgut MP Kiprop Kemboi Langat ditched the Orange Democratic Movement (ODM) for the United Democratic Alliance (UDA) on Monday.';
    expect(moves(text, 'Kiprop Kemboi Langat')).toEqual(odmToUda);
  });

  it('"X, who left the P (PA) for the Q in 2024," left P and joined Q', () => {
    const text = 'Headline\n\nBelgut MP Kiprop Kemboi Langat, who left the Orange Democratic Movement (ODM) for the UDA in 2024, spoke in Kericho.';
    expect(moves(text, 'Kiprop Kemboi Langat')).toEqual(odmToUda);
  });

  it('joins no party named after the bracket by another verb', () => {
    const text = 'Headline\n\nBelgut MP Kiprop Kemboi Langat ditched the Orange Democratic Movement (ODM) and attacked the United Democratic Alliance (UDA) on Monday.';
    expect(moves(text, 'Kiprop Kemboi Langat')).toEqual(['Orange Democratic Movement (left)']);
  });
});

describe('"who quit the party … to join P"', () => {
  it('leaves no party the sentence names only as the one joined', () => {
    const text = 'Headline\n\nKisumu MCA Akinyi Adhiambo Nyangweso, who quit the party on November 30 to join UDA, was absent.';
    expect(moves(text, 'Akinyi Adhiambo Nyangweso')).toEqual(['United Democratic Alliance (joined)']);
  });

  it('leaves the party of the title, and joins P', () => {
    const text = 'Headline\n\nThe Orange Democratic Movement (ODM) met in Kisumu on Monday. ODM MCA Akinyi Adhiambo Nyangweso, who quit the party on November 30 to join UDA, was absent.';
    expect(moves(text, 'Akinyi Adhiambo Nyangweso')).toEqual(odmToUda);
  });
});
