/**
 * A wire story's dateline ("KITUI, Kenya, Mar 12 – ") opens its first
 * paragraph but is no part of the sentence's subject: the speaker is read
 * from the words after it, as in any other sentence. Each case is a short
 * invented text with its speaker written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders, SAID } from './fact-readers';

const pack = await loadPack();
const { speakers } = factReaders(pack);

describe('a dateline before the subject', () => {
  it('gives ", saying …“…”" to the subject named after the dateline', () => {
    const text = `Headline\n\nKITUI, Kenya, Mar 12 – Former Kitui South MP Mbithi Kyalo Ndambuki has decamped from the Wiper Democratic Movement to Jubilee, saying Wiper had "${SAID}."`;
    expect(speakers(text)).toEqual(['Mbithi Kyalo Ndambuki']);
  });

  it('gives it to no one when two people share the subject after the dateline', () => {
    const text = `Headline\n\nKITUI, Kenya, Mar 12 – Former MPs Mbithi Kyalo Ndambuki and Kalekye Mueni Musau have decamped from the Wiper Democratic Movement to Jubilee, saying Wiper had "${SAID}."`;
    expect(speakers(text)).toEqual([null]);
  });
});
