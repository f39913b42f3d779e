/**
 * Speakers named after someone else's name: an appointee set off after the
 * possessive of the one whose job it is ("“…,” Kiprotich's communications
 * director, Bw Y, told Taifa Leo"), and a principal whose words a source
 * relays by name ("According to Ms X, Ms Y told the summit: “…”", the
 * README's relayed recollection). The one named second speaks; two names
 * joined, a job with no name, a possessor, or a name the words are about give
 * no one. Short invented texts, the speakers written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders, SAID } from './fact-readers';

const pack = await loadPack();
const { speakers } = factReaders(pack);
const opening = 'Headline\n\nMbotela Governor Samson Kiprotich on Monday defended the award of the water tender at a rally in Mbotela town.\n\n';

describe("an appointee named after the possessive of the one whose job it is", () => {
  it.each([
    [`“${SAID},” Kiprotich's communications director, Bw Peter Wafula Sitati, told Taifa Leo.`, /Sitati$/],
    [`“${SAID},” Governor Kiprotich's aide, Ms Mary Wanjiru Njoroge, said on Tuesday.`, /Njoroge$/],
    [`“${SAID},” said Kiprotich's chief of staff, Peter Wafula Sitati.`, /Sitati$/],
  ])('gives "%s" to the appointee', (paragraph, speaker) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([expect.stringMatching(speaker)]);
  });

  it.each([
    `“${SAID},” Kiprotich's aides, Peter Wafula Sitati and Mary Wanjiru Njoroge, said.`,
    `“${SAID},” Kiprotich's lawyer told the court, naming Peter Wafula Sitati as a witness.`,
    `“${SAID},” Kiprotich's aide said of Peter Wafula Sitati, the county secretary.`,
    `“${SAID},” Kiprotich's rival, Senator Peter Wafula Sitati, and his ally, Mary Wanjiru Njoroge, said.`,
  ])('gives "%s" to no one', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([null]);
  });
});

describe('a principal named by a source after "According to"', () => {
  const summit = 'Headline\n\nThe opposition alliance met in Nairobi on Thursday. Its spokesperson, Kerubo Moraa Orinda, briefed journalists afterwards. KUC leader Wambui Kagure Gachiengo and PCM boss Onyango Okech Ogaja have been at odds over the ticket.\n\n';

  it.each([
    `According to Ms Orinda, Ms Gachiengo told the summit: “${SAID}.”`,
    `According to Orinda, Gachiengo warned the meeting: “${SAID}.”`,
  ])('gives "%s" to the principal', (paragraph) => {
    expect(speakers(`${summit}${paragraph}`)).toEqual([expect.stringMatching(/Gachiengo$/)]);
  });

  it.each([
    `According to Ms Orinda, Ms Gachiengo and Mr Ogaja told the summit: “${SAID}.”`,
    `According to Ms Orinda, Ms Gachiengo's allies told the summit: “${SAID}.”`,
    `According to Ms Orinda, the party leader told the summit: “${SAID}.”`,
    `Ms Orinda, Ms Gachiengo told the summit: “${SAID}.”`,
  ])('gives "%s" to no one', (paragraph) => {
    expect(speakers(`${summit}${paragraph}`)).toEqual([null]);
  });
});
