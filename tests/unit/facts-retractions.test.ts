/**
 * A correction withdraws the claim it reports: "an earlier version of this
 * article wrongly stated that X is a member of P", "this story previously said
 * Speaker X was elected on a P ticket". No tie read in the claim is published;
 * the title the correction names the person by stays. Each case is a short
 * invented text with its facts written by hand; the control states the same
 * tie plainly.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedPerson, roleLine } from './fact-readers';

const pack = await loadPack();
const personIn = publishedPerson(pack, 'x.md');
const ties = (text: string, name: string) => (personIn(text, name)?.parties ?? []).map((tie) => `${tie.party} (${tie.relation})`);
const offices = (text: string, name: string) => (personIn(text, name)?.roles ?? []).map(roleLine);

const story = (correction: string) =>
  `Headline\n\nThe Orange Democratic Movement (ODM) and the United Democratic Alliance (UDA) traded barbs in the Kwale County Assembly on Tuesday. Mr Bakari Shee Mwakombo said the Bill would pass.\n\n*${correction}*`;

describe('a correction', () => {
  it.each([
    ['"wrongly stated that X is a member of P"', 'An earlier version of this article wrongly stated that Mr Bakari Shee Mwakombo is a member of the United Democratic Alliance. He is not a member of any party.'],
    ['"incorrectly reported that X had joined P"', 'This article incorrectly reported that Mr Bakari Shee Mwakombo had joined UDA.'],
    ['"An earlier version of this article said X was elected on a P ticket"', 'An earlier version of this article said Bakari Shee Mwakombo was elected on an ODM ticket.'],
  ])('publishes no tie of its withdrawn claim: %s', (_label, correction) => {
    expect(ties(story(correction), 'Bakari Shee Mwakombo')).toEqual([]);
  });

  it('keeps the title it names the person by', () => {
    const text = story('Correction: This story previously said Speaker Bakari Shee Mwakombo was elected on an ODM ticket. Speakers are elected by the assembly.');
    expect(ties(text, 'Bakari Shee Mwakombo')).toEqual([]);
    expect(offices(text, 'Bakari Shee Mwakombo')).toEqual(['Speaker (current)']);
  });

  it('leaves the same tie stated plainly', () => {
    expect(ties(story('Mr Bakari Shee Mwakombo is a member of the United Democratic Alliance.'), 'Bakari Shee Mwakombo')).toEqual(['United Democratic Alliance (member)']);
  });
});
