/**
 * A line a pronoun relays: "She said he once told her: “…”", "She said a casual
 * worker she met in Likoni had told her: “…”". The words are the inner
 * subject's (the README's relayed line); the one who relays them is not their
 * speaker. An inner "he" after an outer "she" is read as a pronoun of its own,
 * never as the one the outer stands for; an inner subject no one names gives
 * no speaker. The same pronoun twice ("He told the crowd he had warned …") and
 * a clause that goes on with the outer subject ("…, and told reporters:") keep
 * the outer speaker. Short invented texts, the speakers written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders, SAID } from './fact-readers';

const pack = await loadPack();
const { speakers } = factReaders(pack);
const opening = 'Headline\n\nMbotela Woman Representative Achieng Nabwire Oloo toured the Mtwapa market on Monday.\n\n';

describe('a line relayed by a pronoun', () => {
  it.each([
    `She said a casual worker she met in Likoni last week had told her: “${SAID}.”`,
    `She says the elders told her last year: “${SAID}.”`,
    `She recalled that a boda boda rider had once asked her: “${SAID}?”`,
    `She told reporters that her late father had reminded her: “${SAID}.”`,
    `She said they had warned her at the gate: “${SAID}.”`,
  ])('gives "%s" to no one: the inner subject is not named', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([null]);
  });

  it('gives an inner "he" after an outer "she" to no one the "she" stands for', () => {
    expect(speakers(`${opening}She said he once told her after a stormy sitting: “${SAID}.”`)).not.toContain('Achieng Nabwire Oloo');
  });

  it.each([
    `She told the crowd she had warned the assembly in 2019: “${SAID}.”`,
    `She said her party had asked her to run again, and told reporters on Friday: “${SAID}.”`,
    `She said he was wrong and added: “${SAID}.”`,
    `She said: “${SAID}.”`,
  ])('still gives "%s" to the one the outer pronoun stands for', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual(['Achieng Nabwire Oloo']);
  });
});
