/**
 * A plural title after a name set off by a comma names other people, never
 * the one before it: "According to Shee, the MCAs “…”" gave Shee, a party's
 * branch chairman, the office of MCA on his profile. And the places of a
 * plural title ("Nakuru, Baringo and Kericho Senators X, Y and Z") are each
 * one's only when "respectively" pairs them in order: every name took the
 * last place. A plural's words of time are each one's ("Two former MPs, X
 * and Y,"), and two of them ("the former and current Kitui Governors, X and
 * Y,") date no one alone. Short invented texts, the roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { seed } from './helpers';

const pack = await loadPack();
/** Every role the profile of the person called `name` would show. */
const titles = (text: string, name: string) =>
  analyseCorpus([seed('x.txt', text)], pack)
    .resolution.entities.filter((entity) => entity.kind === 'person' && entity.name.endsWith(name))
    .flatMap((entity) => entity.roles.map((role) => role.title));
/** The same, with each role's place: "Senator of Nakuru". */
const seats = (text: string, name: string) =>
  analyseCorpus([seed('x.txt', text)], pack)
    .resolution.entities.filter((entity) => entity.kind === 'person' && entity.name.endsWith(name))
    .flatMap((entity) => entity.roles.map((role) => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''}`));

describe('a plural title is no apposition', () => {
  it('"According to X, the MCAs “…”" gives X no seat', () => {
    const text = 'Headline\n\nBranch chairman Hassan Mwinyi Shee spoke on Monday. According to Shee, the MCAs "were never committed to the party in the first place".';
    expect(titles(text, 'Shee')).toEqual(['Chairman']);
  });

  it('keeps the singular title after the comma', () => {
    const text = 'Headline\n\nThe motion was moved by Fatma Ali Mwanaisha, the Shimanzi MCA, on Tuesday.';
    expect(titles(text, 'Mwanaisha')).toEqual(['MCA']);
  });
});

describe('the places of a plural title', () => {
  const list = 'Nyamira, Kisii and Migori Senators Ondieki Nyakundi Mose, Kemunto Bosibori Nyaboke and Odhiambo Ochieng Owino';

  it('pair with the names in order after "respectively"', () => {
    const text = `Headline\n\n${list} respectively attended the swearing-in on Friday.`;
    expect([seats(text, 'Mose'), seats(text, 'Nyaboke'), seats(text, 'Owino')]).toEqual([['Senator of Nyamira'], ['Senator of Kisii'], ['Senator of Migori']]);
  });

  it('give no one a place without "respectively"', () => {
    const text = `Headline\n\n${list} attended the swearing-in on Friday.`;
    expect([seats(text, 'Mose'), seats(text, 'Nyaboke'), seats(text, 'Owino')]).toEqual([['Senator'], ['Senator'], ['Senator']]);
  });
});

describe('a plural title dated by the words before it', () => {
  const dated = (text: string, name: string) =>
    analyseCorpus([seed('x.txt', `Headline\n\n${text}`)], pack)
      .resolution.entities.filter((entity) => entity.kind === 'person' && entity.name.endsWith(name))
      .flatMap((entity) => entity.roles.map((role) => `${role.title} (${role.tense ?? 'current'})`));

  it('"Two former MPs, X and Y," were MPs, not MPs now', () => {
    const text = 'Two former MPs, Jonah Muema Musyoka and Makau Mulwa Kitheka, attended the burial.';
    expect(dated(text, 'Jonah Muema Musyoka')).toEqual(['MP (former)']);
    expect(dated(text, 'Makau Mulwa Kitheka')).toEqual(['MP (former)']);
  });

  it('"The former and current Kitui Governors, X and Y," says no one\'s tense alone: no seat from it', () => {
    const text = 'The former and current Kitui Governors, Charity Ndinda Kaluki and Julius Mwendwa Makau, shook hands.';
    expect(dated(text, 'Charity Ndinda Kaluki')).toEqual([]);
    expect(dated(text, 'Julius Mwendwa Makau')).toEqual([]);
  });

  it('keeps "Nairobi MCAs, X and Y," MCAs now', () => {
    expect(dated('Nairobi MCAs, Peter Imbuga Ochieng and Robert Alando Onyango, walked out.', 'Robert Alando Onyango')).toEqual(['MCA (current)']);
  });
});
