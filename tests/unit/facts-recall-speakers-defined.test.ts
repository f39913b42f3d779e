/**
 * Speakers the sixth facts-dev batch leans on: a title's short form the
 * article itself defines ("Deputy Party Leader (hereafter “the DP”)" makes "the
 * DP" that office here, not the Deputy President), a woman named by her seat
 * who is no candidate for "he", and the words of a committee's name, which are
 * no one. Each case is a short invented text with its speakers written by
 * hand, read by the extractor and as published after the evidence check.
 */
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/pipeline/corpus';
import { loadPack } from '../../src/pipeline/ingest';
import { summarise } from '../../src/pipeline/summary';
import { factReaders } from './fact-readers';
import { seed } from './helpers';

const pack = await loadPack();
const { speakers } = factReaders(pack);
const published = (text: string) =>
  summarise(analyseCorpus([seed('x.txt', text)], pack))
    .people.filter((one) => one.quotes.length > 0)
    .map((one) => `${one.name}: ${one.quotes.length}`);

const OPENING = 'Headline\n\nThe Haki Democratic Party (HDP) met on Thursday. Hon. Abdi Mohamed Gurre, the Wajir South MP, was elected HDP Deputy Party Leader';

describe('a title the article defines with "hereafter"', () => {
  const text = `${OPENING} (hereafter “the DP”). The DP takes office immediately.\n\nThe DP said the party would “whip every one of its nine MPs to vote for the bill”.`;

  it('gives "The DP said …" to the one holder of the office it stands for', () => {
    expect(speakers(text)).toEqual(['Abdi Mohamed Gurre']);
  });

  it('publishes it', () => {
    expect(published(text)).toEqual(['Abdi Mohamed Gurre: 1']);
  });

  it('reads "DP" as the Deputy President where the article defines nothing', () => {
    expect(speakers(`${OPENING}. He takes office immediately.\n\nThe DP said the party would “whip every one of its nine MPs to vote for the bill”.`)).toEqual([null]);
  });
});

describe('"he said" after a sentence that names a woman by her seat', () => {
  it('publishes it for the one man the story is on: "Woman Representative Hon. X" is no candidate for "he"', () => {
    const text = [
      'Headline',
      'Nyandarua Woman Representative Hon. Nyambura Kanyiri Gatune of UDA, who was on the same panel, accused the alliance of recycling faces.',
      'Also on the panel was Prof Odhiambo Okoth Ayieko, who served as Foreign Affairs Cabinet Secretary between 2013 and 2015.',
      'The former Cabinet Secretary said talks were "at an advanced stage" and dismissed Gatune\'s remarks.',
      '"My sister is entitled to her opinion, but she has never attended a single meeting of our council," he said.',
    ].join('\n\n');
    expect(published(text)).toEqual(['Odhiambo Okoth Ayieko: 1']);
  });
});

describe('the words of a body\'s name', () => {
  it('gives "She asked whether “…”" to the one woman of the sentence before, the committee\'s list of portfolios being no one', () => {
    const text = 'Headline\n\nMachakos Woman Representative Katunge Mwelu Nzau of UDA also weighed in. Nzau, who sits on the Departmental Committee on Trade, Industry and Cooperatives, urged both leaders to meet the traders. She asked whether “anyone in this fight has visited the market since January”.';
    expect(speakers(text)).toEqual(['Nzau']);
    expect(published(text)).toEqual(['Katunge Mwelu Nzau: 1']);
  });
});
