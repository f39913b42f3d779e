/**
 * Offices a reshuffle story gives, as outlets word them: "X, until Tuesday the
 * Cabinet Secretary for Roads," held it; "X resigned as Lands CS" held the
 * Lands portfolio; "The President has nominated X, a former …, as Trade
 * Cabinet Secretary" is to hold it; "Defence CS X will double as acting
 * Interior CS" acts in it; "Mr X remains the Trade PS" holds it now. The
 * portfolio before a title is the office's own.
 * Short invented texts, the roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const rolesOf = (sentence: string, name: string) => {
  const person = summarise(analyseCorpus([seed('x.txt', `Headline\n\n${sentence}`)], pack)).people.find((one) => one.name.endsWith(name));
  return (person?.roles ?? []).map((role) => `${role.title}${role.organisation ? `, ${role.organisation}` : ''} (${role.tense ?? 'current'})`).sort();
};

describe('offices of a reshuffle', () => {
  it('"X, until Tuesday the T," held it', () => {
    expect(rolesOf('Eng. Peter Mutisya Kaloki, until Tuesday the Cabinet Secretary for Energy, is set to take over the Lands docket.', 'Peter Mutisya Kaloki')).toEqual(['Cabinet Secretary, Energy (former)']);
  });

  it('"X resigned as Lands CS" held the Lands portfolio', () => {
    expect(rolesOf('The ministry has had no head since Nasieku Naserian Lemayian resigned as Lands CS in September.', 'Nasieku Naserian Lemayian')).toEqual(['Cabinet Secretary, Lands (former)']);
  });

  it('"has nominated X, a former …, as Trade Cabinet Secretary" is to hold it', () => {
    expect(rolesOf('The President has nominated Wangeci Nyambura Kanyiri, a former Nyandarua County Executive for Finance, as Trade Cabinet Secretary.', 'Wangeci Nyambura Kanyiri')).toEqual([
      'Cabinet Secretary, Trade (incoming)',
      'County Executive, Nyandarua (former)',
    ]);
  });

  it('"Defence CS X will double as acting Interior CS" acts in it', () => {
    expect(rolesOf('Defence CS Abdikadir Hassan Ugas will double as acting Interior CS, according to the statement.', 'Abdikadir Hassan Ugas')).toEqual([
      'Cabinet Secretary, Defence (current)',
      'Cabinet Secretary, Interior (acting)',
    ]);
  });

  it('"Mr X remains the Trade PS" holds it now', () => {
    expect(rolesOf('Daniel Muriithi Gakure will hold the docket in an acting capacity. Mr Gakure remains the Trade PS.', 'Daniel Muriithi Gakure')).toEqual(['Principal Secretary, Trade (current)']);
  });

  it('gives no office for "remains the Governor\'s choice"', () => {
    expect(rolesOf('Daniel Muriithi Gakure spoke. Mr Gakure remains the Governor\'s choice for the post.', 'Daniel Muriithi Gakure')).toEqual([]);
  });

  it('gives no office for a party\'s nomination as its candidate', () => {
    expect(rolesOf('The Umoja Wetu Movement has nominated Wangeci Nyambura Kanyiri as its candidate for the seat.', 'Wangeci Nyambura Kanyiri')).toEqual([]);
  });
});

describe('a nominee named with the titles held before', () => {
  it('"nominating former Kirinyaga Governor X as the new Treasury CS" is to hold Treasury', () => {
    expect(rolesOf('The President reshuffled his Cabinet, nominating former Kirinyaga Governor Njeri Wambui Gitongah as the new Treasury CS.', 'Gitongah')).toEqual(['Cabinet Secretary, Treasury (incoming)', 'Governor, Kirinyaga (former)']);
  });

  it('"nominated former Nairobi Senator X as Kenya\'s High Commissioner to the United Kingdom" is an envoy to come, of the country posted to', () => {
    expect(rolesOf("The President also nominated former Nairobi Senator Otieno Omondi Onyangoh as Kenya's High Commissioner to the United Kingdom.", 'Onyangoh')).toEqual(['High Commissioner, United Kingdom (incoming)', 'Senator, Nairobi (former)']);
  });

  it('"was nominated by Governor X as …" gives the governor nothing to come', () => {
    expect(rolesOf('Kiprop Kibet Chumoh was nominated by Governor Kimeli Jerop Cheruto as County Secretary.', 'Cheruto')).toEqual(['Governor (current)']);
  });
});
