/**
 * A sentence that opens with who spoke before its subject ("Speaking after X,",
 * "Responding to X,") names that person in the opening phrase only: the
 * subject after the comma is the one whose words follow. Each case is a short
 * invented text with its speaker written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders, SAID } from './fact-readers';

const pack = await loadPack();
const { speakers } = factReaders(pack);

describe('"Speaking after X, Y said …“…”"', () => {
  it('gives the words to the subject, not to the one who spoke before', () => {
    const text = `Headline\n\nSpeaking after Rono, Kuresoi North MP Alfred Kiprotich Keter said the ministry had "${SAID}".`;
    expect(speakers(text)).toEqual(['Alfred Kiprotich Keter']);
  });

  it('gives them to the subject after "Responding to X,"', () => {
    const text = `Headline\n\nResponding to Chepalungu MP Gilbert Kipngeno Rono, Water CS Priscilla Nyokabi Wambugu said the dams had "${SAID}".`;
    expect(speakers(text)).toEqual(['Priscilla Nyokabi Wambugu']);
  });

  it('still gives them to no one when two people share the subject', () => {
    const text = `Headline\n\nSpeaking after Rono, Keter and Kasyoki said the ministry had "${SAID}".`;
    expect(speakers(text)).toEqual([null]);
  });
});
