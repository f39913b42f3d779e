/**
 * An office the article says was taken away, told with when: "X was yesterday
 * removed as Minority Leader" left X a current Minority Leader. Short invented
 * texts, the roles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { roles } = factReaders(pack);

describe('an office taken away', () => {
  it.each([
    ['"was yesterday removed as T"', 'Headline\n\nMinority Leader Halima Jebet Kiprono was yesterday removed as Minority Leader.', 'Kiprono', 'Minority Leader'],
    ['"was removed as T on Tuesday"', 'Headline\n\nMajority Whip Tom Kiprop Sang was removed as Majority Whip on Tuesday.', 'Sang', 'Majority Whip'],
    ['"was on Monday sacked"', 'Headline\n\nLands CS Jane Wambui Kirui was on Monday sacked.', 'Kirui', 'Cabinet Secretary'],
  ])('is former: %s', (_label, text, name, title) => {
    expect(roles(text, name)).toEqual([expect.objectContaining({ title, tense: 'former' })]);
  });

  it('keeps an office when only a seat on a committee was taken away', () => {
    expect(roles('Headline\n\nSenator Jane Auma Were was removed from the committee.', 'Were')).toEqual([{ title: 'Senator' }]);
  });
});
