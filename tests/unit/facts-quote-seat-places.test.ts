/**
 * A lone word the article has named a seat by ("the late Mbotela MP X") is a
 * place wherever it stands alone ("treating Mbotela as a trophy"), no one a
 * pronoun could mean: "she said" after it goes to the one woman named. A full
 * name that ends in the place's word, or another woman, still leave it open.
 * Short invented texts, the speakers written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders, SAID } from './fact-readers';

const pack = await loadPack();
const { speakers } = factReaders(pack);
const race = 'Headline\n\nThe race to succeed the late Mbotela MP Hamisi Kombo Mwero has drawn five candidates.\n\n';

describe('a seat\'s place standing alone before "she said"', () => {
  it.each([
    `Ms Rehema Mwanaidi Chizi, a former ward administrator, said the two big parties were treating Mbotela as a trophy.\n\nAsked about the split in the opposition vote, she said: “${SAID}.”`,
    `Ms Rehema Mwanaidi Chizi said the two big parties had ignored Mbotela for years.\n\n“${SAID},” she said.`,
  ])('gives the quote to the one woman: %s', (text) => {
    expect(speakers(`${race}${text}`)).toEqual(['Rehema Mwanaidi Chizi']);
  });

  it.each([
    `Ms Rehema Mwanaidi Chizi said the two big parties had ignored Ms Zawadi Amina Mbotela for years.\n\n“${SAID},” she said.`,
    `Ms Rehema Mwanaidi Chizi said Ms Kadzo met Mbotela residents.\n\n“${SAID},” she said.`,
  ])('gives it to no one: %s', (text) => {
    expect(speakers(`${race}${text}`)).toEqual([null]);
  });
});
