/**
 * Quotes attributed with verbs of saying that news English uses now and then
 * ("averred", "mused that", "intoned"), and with a participle after a titled
 * subject ("ODM leader X weighed in, telling supporters that “…”"). Short
 * invented texts, the speakers written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders, SAID } from './fact-readers';

const pack = await loadPack();
const { speakers } = factReaders(pack);

const opening = 'Headline\n\nNominated MCA Grace Nyambura Loitasi and Makueni Governor Leah Wanjala Chemoi spoke at the water forum in Wote.\n\n';

describe('a rarer verb of saying', () => {
  it.each([
    [`“${SAID},” Loitasi averred.`, /Loitasi$/],
    [`Chemoi mused that “${SAID}.”`, /Chemoi$/],
    [`“${SAID},” intoned Chemoi.`, /Chemoi$/],
    [`Loitasi bemoaned that “${SAID}.”`, /Loitasi$/],
  ])('gives "%s" to the one named', (paragraph, speaker) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([expect.stringMatching(speaker)]);
  });
});

describe('a participle of saying after a titled subject', () => {
  it.each([
    `ODM leader Otieno Odhiambo Magare also weighed in, telling supporters in a Facebook live session that “${SAID}.”`,
    `Wiper chairman Otieno Odhiambo Magare left the meeting early, vowing that “${SAID}.”`,
  ])('gives "%s" to the subject', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([expect.stringMatching(/Magare$/)]);
  });

  it('gives "X met Y, telling her that “…”" to no one it should not', () => {
    expect(speakers(`${opening}Otieno Odhiambo Magare met Chemoi, telling her that “${SAID}.”`)).not.toContainEqual(expect.stringMatching(/Chemoi$/));
  });
});

describe('"what she called" for the one person the sentence names', () => {
  it.each([
    ['Headline\n\nThe assembly has 14 days to elect a new Speaker after Gathoni Wairimu Kabui resigned on Monday, citing what she called “sustained intimidation by a section of the members.”', /Kabui$/],
    ['Headline\n\nThe outgoing chairman, Mr Hussein Abdi Gollo, thanked the delegates for what he called “eleven years of patience with an old man from Isiolo”.', /Gollo$/],
    ['Headline\n\nMr Salim Omar Mwakirunge blamed a fault on the transmission line and what he described as “sabotage by people who know exactly what they are doing.”', /Mwakirunge$/],
  ])('gives "%s" to that person', (text, speaker) => {
    expect(speakers(text)).toEqual([expect.stringMatching(speaker)]);
  });

  it('gives "X criticised Y for what she called “…”" to no one: two people could be "she"', () => {
    expect(speakers('Headline\n\nGathoni Wairimu Kabui criticised Njeri Wambui Karanja for what she called “sustained intimidation by a section of the members.”')).toEqual([null]);
  });
});
