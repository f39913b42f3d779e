/**
 * A quote after a question put to the speaker: "Asked whether the double role
 * was sustainable, she told Capital FM News: “…”". The pronoun is the
 * speaker's, settled like any "she told" (one person of that sex in the
 * sentence before). Each case is a short invented text with its speaker
 * written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders, SAID } from './fact-readers';

const pack = await loadPack();
const { speakers } = factReaders(pack);

describe('"Asked whether …, she told X: “…”"', () => {
  it('gives the quote to the one woman of the sentence before', () => {
    const text = `Headline\n\nMs Wanjala Akinyi Mukhwana, who until Wednesday held the Environment docket, is the only Cabinet Secretary with two portfolios. Asked whether the double role was sustainable, she told Capital FM News: "${SAID}."`;
    expect(speakers(text)).toEqual(['Wanjala Akinyi Mukhwana']);
  });

  it('gives it to no one when the sentence before names two women', () => {
    const text = `Headline\n\nMs Wanjala Akinyi Mukhwana and Ms Chebet Jeruto Kosgei are the only Cabinet Secretaries with two portfolios. Asked whether the double role was sustainable, she told Capital FM News: "${SAID}."`;
    expect(speakers(text)).toEqual([null]);
  });
});
