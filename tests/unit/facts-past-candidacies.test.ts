/**
 * A candidacy the text tells as over: "was elected on a P ticket", "won his
 * seat on a P ticket in 2022", "vied on a P ticket in 2017 and lost", "who was
 * P's candidate in 2017 but is now in Q". The tie is a former candidacy (and
 * "is now in Q" a membership), never the party's current candidate. Each case
 * is a short invented text with its ties written by hand; the controls are
 * races still to be run and a nomination won. A race only supposed ("she
 * would run on a P ticket, her aides said") is no candidacy at all.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const personIn = (text: string, name: string) => summarise(analyseCorpus([seed('x.txt', text)], pack)).people.find((one) => one.name.endsWith(name));
const ties = (text: string, name: string) => (personIn(text, name)?.parties ?? []).map((tie) => `${tie.party} (${tie.relation}, ${tie.tense ?? 'current'})`);

const opening = 'Headline\n\nThe Wiper Democratic Movement, the Jubilee Party and the United Democratic Alliance (UDA) have opened their campaigns in Kitui County.';

describe('a candidacy told as over', () => {
  it.each([
    ['"vied on a P ticket in 2017 and lost"', 'Ms Mwikali Kaluki Nthenya vied on a Jubilee ticket in 2017 and lost.', 'Jubilee Party (candidate, former)'],
    ['"was elected on a P ticket"', 'Mwikali Kaluki Nthenya was elected on a Wiper ticket but has fallen out with the party leadership.', 'Wiper Democratic Movement (candidate, former)'],
    ['"who won his seat on a P ticket in 2022"', 'Tetu MP Mwikali Kaluki Nthenya, who won her seat on a Jubilee ticket in 2022, said she would stay.', 'Jubilee Party (candidate, former)'],
    ['"was elected MCA in 2017, this time on a P ticket"', 'Ms Mwikali Kaluki Nthenya was later elected MCA for Kyuso ward in 2017, this time on a Jubilee ticket.', 'Jubilee Party (candidate, former)'],
    ['"who served two terms between 2013 and 2022 on a P ticket"', 'Mr Mwikali Kaluki Nthenya, who served two terms between 2013 and 2022 on a Wiper ticket, told supporters he would run again.', 'Wiper Democratic Movement (candidate, former)'],
    ['"represented the constituency for three terms, first on a P ticket in 1992"', 'Mwikali Kaluki Nthenya represented the constituency for three terms, first on a Jubilee ticket in 1992 and later as an independent.', 'Jubilee Party (candidate, former)'],
    ['"led the county from 2013 to 2022 on a P ticket"', 'The late Mwikali Kaluki Nthenya led the county from 2013 to 2022 on a Wiper ticket.', 'Wiper Democratic Movement (candidate, former)'],
    ['"was the P candidate in the 2017 election"', 'Mwikali Kaluki Nthenya was the Jubilee candidate in the 2017 election.', 'Jubilee Party (candidate, former)'],
    ['"His rival, Senator X, was the P candidate for governor in 2017 but lost"', 'His main rival, Senator Mwikali Kaluki Nthenya, was the Wiper candidate for governor in 2017 but lost to the incumbent.', 'Wiper Democratic Movement (candidate, former)'],
    ['"won the seat in 2013, again on a P ticket"', 'Ms Mwikali Kaluki Nthenya won the seat in 2013, again on a Wiper ticket.', 'Wiper Democratic Movement (candidate, former)'],
    ['"X, a first-term legislator elected on a P ticket,"', 'Kitui Senator Mwikali Kaluki Nthenya, a first-term legislator elected on a UDA ticket, said the party would hold primaries.', 'United Democratic Alliance (candidate, former)'],
    ['"is the current Mwingi MP, elected on a P ticket in 2022"', 'Mr Mwikali Kaluki Nthenya is the current Mwingi MP, elected on a Jubilee ticket in 2022.', 'Jubilee Party (candidate, former)'],
    ['"who beat him in 2022 on a P ticket"', 'Governor Mwikali Kaluki Nthenya, who beat him in 2022 on a Wiper ticket, dismissed the bid.', 'Wiper Democratic Movement (candidate, former)'],
  ])('is a former candidacy: %s', (_label, sentence, tie) => {
    expect(ties(`${opening} ${sentence}`, 'Mwikali Kaluki Nthenya')).toEqual([tie]);
  });

  it('"who was P\'s candidate in 2017 but is now in Q": a former candidacy, and a membership now', () => {
    const text = `${opening} Othaya MP Mwikali Kaluki Nthenya, who was Jubilee's candidate in 2017 but is now in UDA, said more leaders would follow.`;
    expect(ties(text, 'Mwikali Kaluki Nthenya').sort()).toEqual(['Jubilee Party (candidate, former)', 'United Democratic Alliance (member, current)']);
  });
});

describe('a candidacy still running', () => {
  it.each([
    // ("is expected to run on a P ticket" is the reporter's expectation, no tie since batch AF's convention: facts-expected-tickets.)
    ['"who lost the primaries in 2022, will run on a P ticket"', 'Ms Mwikali Kaluki Nthenya, who lost the primaries in 2022, will run on a Wiper ticket.', 'Wiper Democratic Movement (candidate, current)'],
    ['"will seek the P ticket"', 'Ms Mwikali Kaluki Nthenya will seek the Jubilee ticket for the Senate race.', 'Jubilee Party (candidate, current)'],
    ['"is the P candidate for governor"', 'Ms Mwikali Kaluki Nthenya is the Wiper candidate for governor.', 'Wiper Democratic Movement (candidate, current)'],
    ['"who served as MCA, will run on a P ticket"', 'Ms Mwikali Kaluki Nthenya, who served as an MCA, will run on a Wiper ticket.', 'Wiper Democratic Movement (candidate, current)'],
    ['"will run again, this time on a P ticket"', 'Ms Mwikali Kaluki Nthenya, who lost in 2022, will run again, this time on a Wiper ticket.', 'Wiper Democratic Movement (candidate, current)'],
    ['"wants to be elected on a P ticket"', 'Ms Mwikali Kaluki Nthenya wants to be elected on a UDA ticket next year.', 'United Democratic Alliance (candidate, current)'],
    ['"won the P ticket" (a nomination)', 'Ms Mwikali Kaluki Nthenya, who won the UDA ticket last week, will face six rivals.', 'United Democratic Alliance (candidate, current)'],
  ])('is a current candidacy: %s', (_label, sentence, tie) => {
    expect(ties(`${opening} ${sentence}`, 'Mwikali Kaluki Nthenya')).toEqual([tie]);
  });
});

describe('a past candidacy in a party the person has left', () => {
  it('is still published beside the move: "who was elected on a P ticket in 2022 but quit the party for Q"', () => {
    const text = `${opening} Mwikali Kaluki Nthenya, who was elected on a Wiper ticket in 2022 but quit the party for UDA in June, spoke.`;
    expect(ties(text, 'Mwikali Kaluki Nthenya').sort()).toEqual(['United Democratic Alliance (joined, current)', 'Wiper Democratic Movement (candidate, former)', 'Wiper Democratic Movement (left, current)']);
  });
});

describe('a candidacy only supposed', () => {
  it.each([
    ['"She would run on a P ticket, her aides said"', 'Former Mwingi MP Mwikali Kaluki Nthenya is another possible candidate. She would run on a Jubilee ticket, her aides said.'],
    ['"X could vie on a P ticket if …"', 'Ms Mwikali Kaluki Nthenya could vie on a Wiper ticket if the talks with UDA collapse.'],
  ])('is no candidacy: %s', (_label, sentence) => {
    expect(ties(`${opening} ${sentence}`, 'Mwikali Kaluki Nthenya')).toEqual([]);
  });

  it('a plan the person states still is one: "said she would seek re-election on a P ticket"', () => {
    expect(ties(`${opening} Ms Mwikali Kaluki Nthenya said she would seek re-election on a UDA ticket.`, 'Mwikali Kaluki Nthenya')).toEqual(['United Democratic Alliance (candidate, current)']);
  });
});

describe('a ticket\'s party left later in the same sentence', () => {
  const wiperLeft = ['Wiper Democratic Movement (candidate, former)', 'Wiper Democratic Movement (left, current)'];
  it.each([
    ['"served … on a P ticket, before quitting the party last year to join Q"', 'Ms Mwikali Kaluki Nthenya, the Mining CS-designate, served as Kitui Woman Representative between 2013 and 2022 on a Wiper ticket, before quitting the party last year to join UDA.', true],
    ['"was elected on a P ticket in 2017 but quit the party last year for Q"', 'Mwikali Kaluki Nthenya was elected on a Wiper ticket in 2017 but quit the party last year for UDA.', true],
    ['"X, who served two terms on a P ticket, quit the party in May to join Q"', 'Mr Mwikali Kaluki Nthenya, who served two terms on a Wiper ticket, quit the party in May to join UDA.', true],
    ['"won the seat on a P ticket and later left the party"', 'Mwikali Kaluki Nthenya won the Mwingi seat on a Wiper ticket in 2013 and later left the party.', false],
  ])('left P (and joined Q): %s', (_label, sentence, joined) => {
    expect(ties(`${opening} ${sentence}`, 'Mwikali Kaluki Nthenya').sort()).toEqual([...wiperLeft, ...(joined ? ['United Democratic Alliance (joined, current)'] : [])].sort());
  });

  it.each([
    ['a move denied', 'Mwikali Kaluki Nthenya won the Mwingi seat on a Wiper ticket in 2013 but has not left the party.'],
    ['another\'s move', 'Mwikali Kaluki Nthenya won the Mwingi seat on a Wiper ticket in 2013 before Governor Musau Kilonzo Ndeti quit the party to join UDA.'],
    ['politics left, not the party', 'Mwikali Kaluki Nthenya won the Mwingi seat on a Wiper ticket in 2013, before quitting politics to farm.'],
    ['"the party" unsettled', 'Mwikali Kaluki Nthenya won the Mwingi seat on a Wiper ticket backed by Jubilee in 2013 but later quit the party.'],
  ])('leaves the ticket a former candidacy only: %s', (_label, sentence) => {
    expect(ties(`${opening} ${sentence}`, 'Mwikali Kaluki Nthenya')).toEqual(['Wiper Democratic Movement (candidate, former)']);
  });
});
