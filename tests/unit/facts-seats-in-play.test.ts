/**
 * "The seat" as the seat in play: "X, who filed the petition after losing the
 * 2022 governor race, is seeking the seat again"; "The race for the Kisumu
 * senatorial seat has drawn five aspirants. X and Y are both eyeing the
 * seat"; "… the election of Laikipia East MP A … Mr B, who is eyeing the seat
 * again in 2027, …" (the one seat the article names a race for). Two seats in
 * play, a party's or a body's post named since the seat ("… nominations for its
 * chairmanship. X is eyeing the post."), or a title in apposition ("X, the
 * Embakasi Central MP, is seeking the seat"), and no seat is read. Short invented texts, the roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const sought = (text: string, name: string) => {
  const person = summarise(analyseCorpus([seed('x.txt', `Headline\n\n${text}`)], pack)).people.find((one) => one.name.endsWith(name));
  return (person?.roles ?? []).filter((role) => role.tense === 'aspiring').map((role) => `${role.title}${role.organisation ? `, ${role.organisation}` : ''}`);
};

describe('"the seat" for the seat in play', () => {
  it('the seat the sentence names a race for before the verb', () => {
    expect(sought('Former Lamu Senator Rukia Mahmoud Shekue, who filed the petition after losing the 2022 governor race on an ODM ticket, is seeking the seat again.', 'Rukia Mahmoud Shekue')).toEqual(['Governor']);
  });

  it('the seat the sentence before names, for each of two subjects of "are both eyeing"', () => {
    const text = 'The race for the Kisumu senatorial seat has drawn five aspirants. Otieno Kamau Odhiambo and Akinyi Atieno Awuor are both eyeing the seat.';
    expect(sought(text, 'Otieno Kamau Odhiambo')).toEqual(['Senator, Kisumu']);
    expect(sought(text, 'Akinyi Atieno Awuor')).toEqual(['Senator, Kisumu']);
  });

  it('the one seat the article has named a race for, paragraphs back', () => {
    const text = [
      'The High Court has dismissed a petition challenging the election of Laikipia East MP Nduta Wangui Karimiri.',
      'The judge said the petitioner had not proved that results were altered.',
      'Both sides had called 40 witnesses.',
      'Mr Muriuki Gichane Kanyua, who is eyeing the seat again in 2027, said he would appeal.',
    ].join('\n\n');
    expect(sought(text, 'Muriuki Gichane Kanyua')).toEqual(['MP, Laikipia East']);
  });

  it('the seat named again after a party post: the seat is back in play', () => {
    const text = 'The ODM branch chairmanship fell vacant in March. The Migori senatorial race has drawn three aspirants. John Ouma Ochieng is eyeing the seat.';
    expect(sought(text, 'John Ouma Ochieng')).toEqual(['Senator, Migori']);
  });
});

describe('"the seat" that settles no seat', () => {
  it('two seats named a race for before it', () => {
    const text = 'The Kisumu governor race and the Kisumu senatorial race have drawn crowds. Otieno Kamau Odhiambo is eyeing the seat.';
    expect(sought(text, 'Otieno Kamau Odhiambo')).toEqual([]);
  });

  it('a party post named since the seat: the post in play is that one', () => {
    const text = [
      'The Migori senatorial by-election is set for June 4.',
      'The ODM Migori branch has also opened nominations for its chairmanship, which fell vacant in March.',
      'John Ouma Ochieng, a former Nyatike MCA, is eyeing the post.',
      'Mary Atieno Akinyi, a businesswoman, also wants the position.',
    ].join('\n\n');
    expect(sought(text, 'John Ouma Ochieng')).toEqual([]);
    expect(sought(text, 'Mary Atieno Akinyi')).toEqual([]);
  });

  it('a post of a body named in the sentence before', () => {
    const text = 'The Kisumu governor race has drawn four aspirants. Separately, the post of chairman of the county Water Board fell vacant. Otieno Kamau Odhiambo is eyeing the post.';
    expect(sought(text, 'Otieno Kamau Odhiambo')).toEqual([]);
  });

  it('a title in apposition is no seat', () => {
    expect(sought('Oketch Ondiek Wasonga, the Embakasi Central MP, is seeking the post.', 'Oketch Ondiek Wasonga')).toEqual([]);
  });
});
