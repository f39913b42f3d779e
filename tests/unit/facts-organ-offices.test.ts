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
