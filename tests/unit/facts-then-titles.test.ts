/**
 * "then" right before a title and a name, where the sentence does not say
 * whether it is "then-Governor X" or what happened next ("Then Governor X
 * arrived"): a year before the article's, written after the name, dates the
 * title (former); "A and then Senator X" with no year gives no office at all,
 * rather than a tense the text does not settle. Invented text, roles by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { publishedPerson, roleLine } from './fact-readers';

const pack = await loadPack();
const personIn = publishedPerson(pack);
const offices = (sentence: string, name: string) => (personIn(`Headline\n\nPublished on 14 March 2025\n\n${sentence}`, name)?.roles ?? []).map(roleLine);

describe('"Then" opening the sentence, a year before the article\'s after the name', () => {
  it.each([
    ['Then Water PS Kioko Ndambuki Mwau signed the contract in 2017.', 'Principal Secretary of Water (former)'],
    ['Then Kisumu Governor Kioko Ndambuki Mwau opened the road in 2014.', 'Governor of Kisumu (former)'],
  ])('is a former office: %s', (sentence, office) => {
    expect(offices(sentence, 'Kioko Ndambuki Mwau')).toEqual([office]);
  });

  it.each([
    // The year of the article itself dates nothing: the governor of today may have opened it this year.
    ['Then Kisumu Governor Kioko Ndambuki Mwau opened the road in 2025.', 'Governor of Kisumu (current)'],
    ['The choir sang. Then Governor Kioko Ndambuki Mwau arrived and the ceremony began.', 'Governor (current)'],
  ])('stays current: %s', (sentence, office) => {
    expect(offices(sentence, 'Kioko Ndambuki Mwau')).toEqual([office]);
  });
});

describe('"and then" before a title', () => {
  it('gives no office when no year settles it', () => {
    expect(offices('Former Governor Otieno Oluoch Ouma and then Senator Kioko Ndambuki Mwau attended the launch.', 'Kioko Ndambuki Mwau')).toEqual([]);
  });

  it('is a former office with a year before the article\'s', () => {
    expect(offices('Former Governor Otieno Oluoch Ouma and then Senator Kioko Ndambuki Mwau attended the launch in 2016.', 'Kioko Ndambuki Mwau')).toEqual(['Senator (former)']);
  });

  it('leaves "and then" after a comma alone: it tells what came next', () => {
    expect(offices('The MCAs walked out, and then Senator Kioko Ndambuki Mwau arrived.', 'Kioko Ndambuki Mwau')).toEqual(['Senator (current)']);
  });

  it('leaves "and" without "then" alone', () => {
    expect(offices('Former Governor Otieno Oluoch Ouma and Senator Kioko Ndambuki Mwau attended the launch.', 'Kioko Ndambuki Mwau')).toEqual(['Senator (current)']);
  });
});
