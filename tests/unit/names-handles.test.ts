/**
 * An account's handle or a hashtag is no one's name: "Twitter user
 * @JaluoMtoto wrote: '…'" had made a person "JaluoMtoto" and given them the
 * quote. The quote stays, without a speaker; the person the post is by, when
 * named, keeps theirs. Short invented texts; the people written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { seed } from './helpers';

const pack = await loadPack();
const report = (text: string) => summarise(analyseCorpus([seed('x.txt', ['Leaders react', text].join('\n\n'))], pack));
const names = (text: string) => report(text).people.map((one) => one.name).sort();

describe('handles and hashtags', () => {
  it.each([
    'Twitter user @JaluoMtoto wrote: "Kwani hawa wanasiasa hawana kazi? They only remember us at election time."',
    '@KenyaKwanzaYouth: "The President knows what he is doing, and the country will see the results soon."',
    'The hashtag #OtienoMustGo trended all day on Tuesday.',
  ])('makes no person of %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps the person a handle is written beside', () => {
    const text = 'Kitui Senator Mwende Kalunda Musau (@MwendeMusau_) wrote: "This budget punishes the counties that feed this nation."';
    const people = report(text).people;
    expect(people.map((one) => one.name)).toEqual(['Mwende Kalunda Musau']);
    expect(people[0]?.quotes.map((quote) => quote.text)).toEqual(['This budget punishes the counties that feed this nation.']);
  });
});
