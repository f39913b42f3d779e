/**
 * An office in a party's league, wing or board is an office of the party,
 * titled with the organ, as the facts are kept ("Youth League Chairman" of
 * ODM, with its office tie), however the organ is written: "ODM Youth League
 * Chairman X", "X, the chairman of the ODM Youth League", "X, the ODM Youth
 * League chairman", "X, ODM Women's League chairperson", "X, the chairperson of
 * ODM's National Elections Board". A league or board that is no party's ("the
 * Kenya Youth League", "the Kenya Rugby Union Board") stays a body of its own.
 * "X was elected chairman of ODM" (lower case) and "… chairman of the ODM Youth
 * League" are read as "X was elected Chairman of ODM" was; not "chairman of
 * the ODM caucus".
 * Each case is a short invented text with its facts written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedFacts } from './fact-readers';

const pack = await loadPack();
const facts = publishedFacts(pack);

describe('an office in a party organ', () => {
  it.each([
    ['Collins Wekunda Namunane, the chairman of the ODM Youth League, addressed the delegates.', 'Youth League Chairman'],
    ['Collins Wekunda Namunane, the ODM Youth League chairman, addressed the delegates.', 'Youth League Chairman'],
    ["Collins Wekunda Namunane, ODM Women's League chairperson, spoke.", "Women's League Chairperson"],
    ["Collins Wekunda Namunane, the chairperson of ODM's National Elections Board, spoke.", 'National Elections Board Chairperson'],
  ])('"%s"', (sentence, title) => {
    expect(facts(sentence, 'Namunane')).toEqual([`${title}, ODM (current)`, `party Orange Democratic Movement (${title})`]);
  });

  it.each([
    ['Collins Wekunda Namunane, the chairperson of the Kenya Youth League, spoke.', 'Chairperson, Kenya Youth League (current)'],
    ['Collins Wekunda Namunane, the chairperson of the Kenya Rugby Union Board, spoke.', 'Chairperson, Kenya Rugby Union Board (current)'],
  ])('keeps a body that is no party\'s: "%s"', (sentence, role) => {
    expect(facts(sentence, 'Namunane')).toEqual([role]);
  });
});

describe('an office the person was elected to, written in lower case or in an organ', () => {
  it.each([
    ['Collins Wekunda Namunane was elected chairman of ODM on Saturday.', 'Chairman'],
    ['Collins Wekunda Namunane was elected national chairman of ODM on Saturday.', 'National Chairman'],
    ['Collins Wekunda Namunane was elected chairman of the ODM Youth League on Saturday.', 'Youth League Chairman'],
  ])('"%s"', (sentence, title) => {
    expect(facts(sentence, 'Namunane')).toEqual([`${title}, ODM (current)`, `party Orange Democratic Movement (${title})`]);
  });

  it.each([
    'Collins Wekunda Namunane was elected chairman of the ODM caucus.',
  ])('gives no party office: "%s"', (sentence) => {
    expect(facts(sentence, 'Namunane')).toEqual([]);
  });
});

describe('a convention\'s offices in newsroom wordings', () => {
  it.each([
    ['Collins Wekunda Namunane was elected chairman of the ODM youth league on Saturday.', 'Youth League Chairman'],
    ["In the league elections, Collins Wekunda Namunane was elected chairperson of the ODM women's league.", "Women's League Chairperson"],
    ["The ODM held its league elections in Kisumu. Collins Wekunda Namunane was elected chairperson of the party's women's league.", "Women's League Chairperson"],
    ['The ODM will field a candidate in every county, deputy party leader Collins Wekunda Namunane said.', 'Deputy Party Leader'],
  ])('"%s"', (sentence, title) => {
    expect(facts(sentence, 'Namunane')).toEqual([`${title}, ODM (current)`, `party Orange Democratic Movement (${title})`]);
  });

  it('gives the office replaced to the one who held it: "elected X as the ODM\'s national treasurer, replacing Y"', () => {
    const text = "Delegates elected Collins Wekunda Namunane as the ODM's national treasurer, replacing Otieno Kasera Obiero, who did not defend the seat.";
    expect(facts(text, 'Obiero')).toEqual(['National Treasurer, ODM (former)', 'party Orange Democratic Movement (National Treasurer)']);
    expect(facts('Otieno Kasera Obiero was appointed Interior CS on Monday, replacing Ruth Jeptoo Kirwa, who moved to Defence.', 'Kirwa')).toEqual(['Cabinet Secretary, Interior (former)']);
  });

  it.each([
    ["The ODM and UDA held league elections. Collins Wekunda Namunane was elected chairperson of the party's women's league.", 'Namunane', []],
    ['Nandi Senator Otieno Kasera Obiero, replacing Collins Wekunda Namunane, led the delegation.', 'Namunane', []],
    ['The party named Otieno Kasera Obiero as its candidate, replacing Collins Wekunda Namunane, who withdrew.', 'Namunane', []],
  ])('gives nothing unsettled: "%s"', (sentence, name, expected) => {
    expect(facts(sentence, name)).toEqual(expected);
  });
});

describe('near misses of the convention\'s offices', () => {
  it('gives the office replaced to no one named in a possessive: "replacing Dr X\'s long-time ally Y"', () => {
    const text = "Eng. Otieno Kasera Obiero was elected Secretary-General of the ODM, replacing Dr Collins Wekunda Namunane's long-time ally Ruth Jeptoo Kirwa, who will serve as his deputy.";
    expect(facts(text, 'Namunane')).toEqual([]);
  });

  it('gives a deputy party leader no party the sentence does not name: "Deputy Party Leader X did not attend" after a sentence about another', () => {
    const text = 'The ODM expelled Ruth Jeptoo Kirwa on Friday. She is expected to join the UDA. Deputy Party Leader Collins Wekunda Namunane did not attend the meeting.';
    expect(facts(text, 'Namunane')).toEqual(['Deputy Party Leader (current)']);
  });
});
