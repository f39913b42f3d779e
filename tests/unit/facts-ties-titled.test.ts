/**
 * Ties read through a title or an apposition: "a UDA-allied governor" (an
 * ally, no office of the party), "a former member of ODM who quit the party in
 * 2022" (left, no membership), "The Alliance has fronted TMDP leader X as its
 * presidential candidate" (the Alliance's candidate, not TMDP's), "an ally of
 * TMM leader Y" (an ally of a person, no tie to TMM), "a long-serving ODM
 * official" (a member: which office, the words do not say). Each case is a
 * short invented text with its ties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const personIn = (text: string, name: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name));
const ties = (text: string, name: string) => (personIn(text, name)?.parties ?? []).map((tie) => `${tie.party} (${tie.relation})`).sort();
const roles = (text: string, name: string) => (personIn(text, name)?.roles ?? []).map((role) => role.title);

const opening = 'Headline\n\nThe Orange Democratic Movement (ODM), the United Democratic Alliance (UDA) and the Tumaini Maendeleo Democratic Party (TMDP) have opened their campaigns in Marsabit.';

describe('a tie read through an apposition', () => {
  it('"a UDA-allied governor" is an ally, with no office in the party', () => {
    expect(ties(`${opening} Marsabit Governor Diba Galgalo Elema, a UDA-allied governor, congratulated the winner.`, 'Diba Galgalo Elema')).toEqual(['United Democratic Alliance (ally)']);
  });

  it('"a former member of ODM who quit the party in 2022" has left it', () => {
    expect(ties(`${opening} Guyo Abdi Halakhe, a former member of ODM who quit the party in 2022, dismissed the claim.`, 'Guyo Abdi Halakhe')).toEqual(['Orange Democratic Movement (left)']);
  });

  it('"an ally of Y who quit the party" leaves the ally\'s tie as it was', () => {
    expect(ties(`${opening} UDA MCA Guyo Abdi Halakhe, an ally of Mr Roba Wario Boru who quit the party in 2022, spoke.`, 'Guyo Abdi Halakhe')).toEqual(['United Democratic Alliance (member)']);
  });
});

describe('a party named in the title of the person another party fronts', () => {
  it('"The Alliance has fronted TMDP leader X as its presidential candidate": the Alliance\'s candidate, TMDP\'s leader', () => {
    const text = `${opening} The Mwangaza Alliance has fronted TMDP leader Achieng Nyakiti Owino, a former Homa Bay Woman Representative, as its presidential candidate.`;
    expect(ties(text, 'Achieng Nyakiti Owino')).toEqual(['Mwangaza Alliance (candidate)', 'Tumaini Maendeleo Democratic Party (leader)']);
  });
});

describe('an ally of a party\'s leader', () => {
  it('"an ally of TMDP leader Y" gives no tie to the party', () => {
    expect(ties(`${opening} Marsabit Senator Diba Galgalo Elema, an ally of TMDP leader Achieng Nyakiti Owino for two decades, is staying put.`, 'Diba Galgalo Elema')).toEqual([]);
  });

  it('"an ally of TMDP" is the party\'s ally', () => {
    expect(ties(`${opening} Marsabit Senator Diba Galgalo Elema, an ally of TMDP, is staying put.`, 'Diba Galgalo Elema')).toEqual(['Tumaini Maendeleo Democratic Party (ally)']);
  });
});

describe('a seat in apposition held for a place', () => {
  const text = `${opening} The motion was moved by Majority Leader Kombo Otieno Nyagol, the ODM MCA for Kondele, who accused the Speaker.`;
  const offices = () => (personIn(text, 'Kombo Otieno Nyagol')?.roles ?? []).map((role) => `${role.title}${role.organisation ? ` of ${role.organisation}` : ''}`);

  it('"the ODM MCA for Kondele" is the MCA of Kondele, not of ODM', () => {
    expect(offices()).toEqual(['Majority Leader', 'MCA of Kondele']);
  });

  it('and a member of ODM', () => {
    expect(ties(text, 'Kombo Otieno Nyagol')).toEqual(['Orange Democratic Movement (member)']);
  });
});

describe('an official of a party, no office named', () => {
  it.each([
    ['"X, a long-serving ODM official"', 'Guyo Abdi Halakhe, a long-serving ODM official, said the party was ready.'],
    ['"ODM official X"', 'ODM official Guyo Abdi Halakhe said the primaries would be held in April.'],
  ])('is a member, with no role "Official": %s', (_label, sentence) => {
    const text = `${opening} ${sentence}`;
    expect(roles(text, 'Guyo Abdi Halakhe')).toEqual([]);
    expect(ties(text, 'Guyo Abdi Halakhe')).toEqual(['Orange Democratic Movement (member)']);
  });
});
