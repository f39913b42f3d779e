/**
 * A ticket the reporter expects someone to seek is no bid the text states:
 * "X is expected to seek the UDA ticket", "X is tipped to vie on a Wiper
 * ticket", "X is widely expected to run on a Jubilee ticket" give no tie (the
 * README). Near misses keep the candidacy: "X will seek the UDA ticket", "X
 * said he is expected to run on a UDA ticket", "X is seeking the UDA ticket".
 * Short invented texts, ties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { allTies } = factReaders(pack);
const opening = 'Headline\n\nThe race for the Wajir governorship has drawn several aspirants.\n\n';

describe('a ticket the reporter expects', () => {
  it.each([
    'Mr Hussein Abdi Garane, a former county Finance executive, is expected to seek the UDA ticket.',
    'Mr Hussein Abdi Garane is tipped to vie on a UDA ticket.',
    'Mr Hussein Abdi Garane is widely expected to run on a UDA ticket in 2027.',
    'Mr Hussein Abdi Garane is likely to fly the UDA flag.',
  ])('gives no tie: %s', (sentence) => {
    expect(allTies(`${opening}${sentence}`, 'Garane')).toEqual([]);
  });

  it.each([
    'Mr Hussein Abdi Garane will seek the UDA ticket.',
    'Mr Hussein Abdi Garane is seeking the UDA ticket.',
    'Mr Hussein Abdi Garane said he is expected to run on a UDA ticket.',
  ])('keeps the candidacy: %s', (sentence) => {
    expect(allTies(`${opening}${sentence}`, 'Garane')).toContain('UDA candidate');
  });
});
