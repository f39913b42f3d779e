/**
 * Words signed or issued by several people, or read out for someone else: a
 * joint statement is none of its signers' alone, so it has no speaker; a
 * statement signed by one person is theirs. Short invented texts, the
 * speakers written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders, SAID } from './fact-readers';

const pack = await loadPack();
const { speakers } = factReaders(pack);
const opening = 'Headline\n\nMbotela Governor Samson Kiprotich on Monday defended the award of the water tender.\n\n';

describe('a statement signed by several people', () => {
  it.each([
    `“${SAID},” read the statement signed by MCAs Peter Wafula Sitati, Jane Akinyi Okello and Hassan Abdi Noor.`,
    `“${SAID},” read a joint statement signed by Peter Wafula Sitati and Jane Akinyi Okello.`,
    `“${SAID},” said a statement signed by Mbotela MCA Peter Wafula Sitati, Kilumbi MCA Jane Akinyi Okello and others.`,
  ])('gives "%s" to no one', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([null]);
  });

  it.each([
    [`“${SAID},” read the statement signed by Mbotela MCA Peter Wafula Sitati.`, 'Peter Wafula Sitati'],
    [`“${SAID},” read a statement signed by Peter Wafula Sitati, who chairs the Water Committee.`, 'Peter Wafula Sitati'],
  ])('still gives "%s" to the one who signed it', (paragraph, speaker) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([speaker]);
  });
});
