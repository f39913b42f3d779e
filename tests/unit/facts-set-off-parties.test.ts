/**
 * A party membership set off by commas around the name: "Busia Senator X, of
 * ODM, said", "X, also of UDA,", and a party's standing set off before it, "A
 * Wiper legislator, Mwala MP X,", "The ODM lawmaker, X,". Near misses give no
 * tie: "of ODM fame", "of the ODM youth league" (the party names something
 * else), "a critic of ODM", "a former Wiper legislator" (a standing that ended).
 * Each case is a short invented text with its ties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { allTies } = factReaders(pack);
const opening = 'Headline\n\nThe Orange Democratic Movement (ODM), the United Democratic Alliance (UDA) and the Wiper Democratic Movement (Wiper) sent delegations.\n\n';

describe('a party set off by commas after the name', () => {
  it.each([
    ['Busia Senator Beatrice Nasirumbi Namalwa, of ODM, said the governor was away.', 'ODM member'],
    ['Nakuru Senator Beatrice Nasirumbi Namalwa, also of UDA, said the charges were false.', 'UDA member'],
    ['Majority Leader Beatrice Nasirumbi Namalwa, of ODM, has asked members to vote.', 'ODM member'],
  ])('"%s"', (sentence, tie) => {
    expect(allTies(`${opening}${sentence}`, 'Namalwa')).toEqual([tie]);
  });

  it.each([
    'Busia Senator Beatrice Nasirumbi Namalwa, of ODM fame, said the governor was away.',
    'Busia Senator Beatrice Nasirumbi Namalwa, of the ODM youth league, said the governor was away.',
    'Busia Senator Beatrice Nasirumbi Namalwa, a critic of ODM, said the governor was away.',
  ])('gives none: "%s"', (sentence) => {
    expect(allTies(`${opening}${sentence}`, 'Namalwa')).toEqual([]);
  });
});

describe('a party standing set off by commas before the name', () => {
  it.each([
    ['A Wiper legislator, Mwala MP Paul Musau Mbiti, later exchanged words with him.', 'Wiper member'],
    ['The ODM lawmaker, Paul Musau Mbiti, said the bill was dead.', 'ODM member'],
  ])('"%s"', (sentence, tie) => {
    expect(allTies(`${opening}${sentence}`, 'Mbiti')).toEqual([tie]);
  });

  it('gives none for a standing that ended: "A former Wiper legislator, X,"', () => {
    expect(allTies(`${opening}A former Wiper legislator, Paul Musau Mbiti, later exchanged words with him.`, 'Mbiti')).toEqual([]);
  });
});
