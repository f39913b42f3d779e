/**
 * A party office set off by commas before a name, as newsrooms write it when
 * the holder has a seat of their own: "Jubilee's Deputy Secretary-General,
 * Nanyuki MCA X,", "Its leader, former Kisauni MP X,", "the party's
 * secretary-general, Nominated MCA X", "P (HAMAP), whose leader, Nyeri Town MP
 * X,", "P, a new outfit led by former Migori Senator Dr X". The seat is the
 * person's and so is the office. An office in capitals after "P's" is read for
 * a national office only ("ODM's Nairobi Branch Chairman, X" is no Chairman of
 * ODM), "whose supporters, X and Y" and "whose rival, MP X" hold nothing, and
 * "led by X until 2020" is no leadership held now. (An office read after the
 * party's acronym in brackets names the acronym, as "P (TBP), led by X" did.)
 * Each case is a short invented text with its facts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const facts = (text: string, name: string) => {
  const person = summarise(analyseCorpus([seed('x.txt', `Headline\n\n${text}`)], pack)).people.find((one) => one.name.endsWith(name));
  return [
    ...(person?.roles ?? []).map((role) => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''} (${role.tense})`),
    ...(person?.parties ?? []).map((tie) => `${tie.party} ${tie.relation}`),
  ].sort();
};

const opening = 'The Tumaini Bora Party (TBP) held its delegates conference in Nakuru on Saturday.';

describe('an office in capitals after a party\'s possessive', () => {
  it('reads "Jubilee\'s Deputy Secretary-General, X," as the office', () => {
    expect(facts("Jubilee's Deputy Secretary-General, Peris Wangui Ndirangu, said the party had left for good.", 'Ndirangu')).toEqual([
      'Deputy Secretary-General of Jubilee (current)',
      'Jubilee Deputy Secretary-General',
    ]);
  });

  it('reads no national office in "ODM\'s Nairobi Branch Chairman, X,"', () => {
    expect(facts("ODM's Nairobi Branch Chairman, Otieno Kasera Obiero, said the party would field candidates.", 'Obiero')).toEqual([]);
  });
});

describe('the holder\'s own seat between the office and the name', () => {
  it('keeps the seat and reads the office: "Jubilee\'s Deputy Secretary-General, Nanyuki MCA X,"', () => {
    expect(facts("Jubilee's Deputy Secretary-General, Nanyuki MCA Peris Wangui Ndirangu, said the party had left for good.", 'Ndirangu')).toEqual([
      'Deputy Secretary-General of Jubilee (current)',
      'Jubilee Deputy Secretary-General',
      'MCA of Nanyuki (current)',
    ]);
  });

  it('reads "Its leader, former Aldai MP X," after the sentence that opens with the party', () => {
    expect(facts(`${opening} Its leader, former Aldai MP Kiprop Kibet Chirchir, opened the meeting.`, 'Chirchir')).toEqual([
      'MP of Aldai (former)',
      'Party Leader of Tumaini Bora Party (current)',
      'Tumaini Bora Party leader',
    ]);
  });

  it('reads "The party\'s secretary-general, Nominated MCA X,"', () => {
    expect(facts(`${opening} The party's secretary-general, Nominated MCA Halima Bakari Mwachome, read the resolutions.`, 'Mwachome')).toEqual([
      'MCA (current)',
      'Secretary-General of Tumaini Bora Party (current)',
      'Tumaini Bora Party Secretary-General',
    ]);
  });
});

describe('an office told in a clause about the party', () => {
  it('reads "P (TBP), whose leader, Nyeri Town MP X, sat beside the spokesman"', () => {
    expect(facts('The rally was called by the Tumaini Bora Party (TBP), whose leader, Nyeri Town MP Grace Wairimu Gikonyo, sat beside the spokesman.', 'Gikonyo')).toEqual([
      'MP of Nyeri Town (current)',
      'Party Leader of TBP (current)',
      'Tumaini Bora Party leader',
    ]);
  });

  it('gives nothing for "whose supporters, X and Y," nor "whose rival, MP X,"', () => {
    expect(facts('The rally was called by the Tumaini Bora Party (TBP), whose supporters, Grace Wairimu Gikonyo and Amani Juma Bwire, addressed it.', 'Gikonyo')).toEqual([]);
    expect(facts('The rally was called by the Tumaini Bora Party (TBP), whose rival, Nyeri Town MP Grace Wairimu Gikonyo, addressed it.', 'Gikonyo')).toEqual(['MP of Nyeri Town (current)']);
  });

  it('reads "P, a new outfit led by former Migori Senator Dr X," as its leader', () => {
    expect(facts('The Tumaini Bora Party (TBP), a new outfit led by former Migori Senator Dr Walter Odiwuor Akuno, held a rally.', 'Akuno')).toEqual([
      'Party Leader of TBP (current)',
      'Senator of Migori (former)',
      'Tumaini Bora Party leader',
    ]);
  });

  it('reads no leadership held now in "led by X until 2020"', () => {
    expect(facts('The Tumaini Bora Party (TBP), led by Walter Odiwuor Akuno until 2020, held a rally.', 'Akuno')).toEqual([]);
    expect(facts('The Tumaini Bora Party (TBP), led by Walter Odiwuor Akuno until his death, held a rally.', 'Akuno')).toEqual([
      'Party Leader of TBP (former)',
      'Tumaini Bora Party leader',
    ]);
  });
});
