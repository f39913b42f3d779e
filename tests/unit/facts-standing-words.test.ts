/**
 * The words news English calls a party's own people by, in an apposition or
 * after a copula: "a Wiper bigwig", "an ANC functionary", "a DAP-K foot
 * soldier", "a UDA die-hard", "a Jubilee heavyweight", "an ODM insider" are
 * members; "the ODM torchbearer", "the UDA flag bearer", "the Wiper
 * standard-bearer" its candidate. Near-misses: a rival or critic of the party,
 * and the same nouns of a body that is no party. Short invented texts, ties by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const pack = await loadPack();
const facts = publishedFacts(pack);
const PARTIES = 'The Orange Democratic Movement (ODM) and the United Democratic Alliance (UDA) met on Monday.';

describe('a standing in a party that the apposition, or the clause after it, says is over', () => {
  it.each([
    ['Langat Kipkemoi Chebii, a former ODM member, spoke.', ['party Orange Democratic Movement (left)']],
    ['Langat Kipkemoi Chebii, an ex-UDA stalwart, spoke.', ['party United Democratic Alliance (left)']],
    ['Langat Kipkemoi Chebii, an ODM member, spoke.', ['party Orange Democratic Movement (member)']],
    // (The move the clause tells is read as the apposition's "who joined P" is: joined, and no membership of the first.)
    ['Langat Kipkemoi Chebii, a UDA official who defected to ODM last week, spoke.', ['party Orange Democratic Movement (joined)']],
    ['Langat Kipkemoi Chebii, the Kisumu East MP who has since crossed over to UDA, spoke.', ['party United Democratic Alliance (joined)']],
    ['Langat Kipkemoi Chebii, a UDA official who defected to ODM\'s rival, spoke.', []],
    ['Langat Kipkemoi Chebii, a UDA official who refused to defect to ODM, spoke.', ['party United Democratic Alliance (member)']],
    // ("who defected from P (to Q)" in the apposition: left P, joined Q; not when the apposition names someone else, whose
    // "who" it may be.)
    ['Langat Kipkemoi Chebii, a one-time Rwathia MCA who defected from UDA to ODM in October, spoke.', ['party Orange Democratic Movement (joined)', 'party United Democratic Alliance (left)']],
    ['Langat Kipkemoi Chebii, a one-time Rwathia MCA who defected from UDA last year, spoke.', ['party United Democratic Alliance (left)']],
    ['Langat Kipkemoi Chebii, an aide to a senator who defected from UDA to ODM in October, spoke.', []],
    ['Langat Kipkemoi Chebii, an aide to a senator who joined ODM in October, spoke.', []],
    ['Langat Kipkemoi Chebii, a UDA official who quit the party in May, spoke.', ['party United Democratic Alliance (left)']],
    // (The move from ODM is stated too: left ODM, beside the UDA membership the apposition gives.)
    ['Langat Kipkemoi Chebii, a UDA official who defected from ODM last week, spoke.', ['party Orange Democratic Movement (left)', 'party United Democratic Alliance (member)']],
    ['Langat Kipkemoi Chebii, a UDA official who left for Nairobi, spoke.', ['party United Democratic Alliance (member)']],
  ])('"%s"', (sentence, ties) => {
    expect(facts(`${PARTIES} ${sentence}`, 'Chebii').filter((fact) => fact.startsWith('party'))).toEqual(ties);
  });
});

describe('a membership told with "has been" or "remains"', () => {
  it.each([
    ['Langat Kipkemoi Chebii has been a member of ODM since 2005.', ['party Orange Democratic Movement (member)']],
    ['Langat Kipkemoi Chebii, who has been a member of UDA since 2021, spoke.', ['party United Democratic Alliance (member)']],
    ['Langat Kipkemoi Chebii remains a member of ODM.', ['party Orange Democratic Movement (member)']],
    ['Langat Kipkemoi Chebii has been a member of the ODM youth wing since 2005.', []],
  ])('"%s"', (sentence, ties) => {
    expect(facts(`${PARTIES} ${sentence}`, 'Chebii').filter((fact) => fact.startsWith('party'))).toEqual(ties);
  });
});

describe("a party's own people, by what news English calls them", () => {
  it.each([
    ['Langat Kipkemoi Chebii, a UDA die-hard, spoke.', 'party United Democratic Alliance (member)'],
    ['Langat Kipkemoi Chebii, an ODM bigwig, spoke.', 'party Orange Democratic Movement (member)'],
    ['Langat Kipkemoi Chebii, a senior ODM functionary, spoke.', 'party Orange Democratic Movement (member)'],
    ['Langat Kipkemoi Chebii, a UDA foot soldier, spoke.', 'party United Democratic Alliance (member)'],
    ['Langat Kipkemoi Chebii, a UDA heavyweight in the region, spoke.', 'party United Democratic Alliance (member)'],
    ['Langat Kipkemoi Chebii, an ODM kingpin, spoke.', 'party Orange Democratic Movement (member)'],
    ['Langat Kipkemoi Chebii is a UDA heavyweight.', 'party United Democratic Alliance (member)'],
    ['Langat Kipkemoi Chebii, the ODM torchbearer, spoke.', 'party Orange Democratic Movement (candidate)'],
    ['Langat Kipkemoi Chebii, the UDA flag bearer in the Kilumbi by-election, spoke.', 'party United Democratic Alliance (candidate)'],
    ['Langat Kipkemoi Chebii, the UDA standard-bearer, spoke.', 'party United Democratic Alliance (candidate)'],
  ])('"%s"', (sentence, tie) => {
    expect(facts(`${PARTIES} ${sentence}`, 'Chebii').filter((fact) => fact.startsWith('party'))).toEqual([tie]);
  });

  it('a rival or critic of the party, or a body that is no party, gives no tie', () => {
    expect(facts(`${PARTIES} Langat Kipkemoi Chebii, a UDA rival, spoke.`, 'Chebii')).toEqual([]);
    expect(facts(`${PARTIES} Langat Kipkemoi Chebii, a fierce critic of ODM, spoke.`, 'Chebii')).toEqual([]);
    expect(facts(`${PARTIES} The Kenya Defence Forces (KDF) were there. Langat Kipkemoi Chebii, a KDF soldier, spoke.`, 'Chebii')).toEqual([]);
  });
});
