/**
 * Words a speaker hands on from someone else ("She recalled the deputy
 * governor telling her that “…”", "X quoted the Speaker as saying “…”") are
 * not the speaker's: the quote stays open unless the text says whose they are.
 * Each case is a short invented text with its speaker written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { speakers } = factReaders(pack);
const opening = 'Headline\n\nLamwai MCA Wanjiku Nyambura Gatheca, who moved the impeachment motion, said she had been threatened.';

describe('words recalled from someone else', () => {
  it('gives a quote the subject recalls a title holder saying to no one', () => {
    const text = `${opening} She recalled the deputy governor telling her in February that "those who cross me never win elections in this county".`;
    expect(speakers(text)).toEqual([null]);
  });

  it('gives it to no one when the recaller is named in the sentence', () => {
    const text = `${opening}\n\nGatheca recalled the deputy governor warning her that "those who cross me never win elections in this county".`;
    expect(speakers(text)).toEqual([null]);
  });

  it('gives a quote recalled from a relative, after a colon, to no one', () => {
    const text = `${opening}\n\nGatheca recalled her father telling her when she first ran in 2017: "Wanjiku, a seat is a loan and the voters will come for it with interest."`;
    expect(speakers(text)).toEqual([null]);
  });

  it('gives a quote someone quoted a title holder as saying to no one', () => {
    const text = `${opening}\n\nGatheca quoted the governor as saying that "the county assembly is full of cartels who must be removed".`;
    expect(speakers(text)).toEqual([null]);
  });

  it('still gives the subject her own words when she recalls telling someone', () => {
    const text = `${opening}\n\nGatheca recalled telling the deputy governor in February that "the people of this ward will not be intimidated by anyone".`;
    expect(speakers(text)).toEqual(['Gatheca']);
  });

  it('still gives the subject her own words after she recalls something and goes on', () => {
    const text = `${opening}\n\nGatheca recalled the struggles of the 1990s and said "the people of this ward will not be intimidated by anyone".`;
    expect(speakers(text)).toEqual(['Gatheca']);
  });
});
