/**
 * Words signed by several people, or handed on by someone other than the one
 * who first said them: a joint statement is none of its signers' alone; a
 * quote its speaker gives "quoting Y", or that X says Y "had told her", is Y's
 * wording as X tells it, which the text does not settle. Each has no speaker;
 * a statement signed by one person, and a speaker who only cites or meets
 * someone, keep theirs. Short invented texts, the speakers written by hand.
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

describe('words handed on by someone else', () => {
  const feud = 'Headline\n\nMbotela Governor Samson Kiprotich and Kilumbi Senator Atieno Nyabera have been feuding over the water project. Mbotela Woman Representative Mercy Chepkoech has tried to mediate.\n\n';

  it.each([
    `“${SAID},” Kiprotich said, quoting Nyabera.`,
    `“${SAID},” Kiprotich told the crowd, paraphrasing a 2022 speech by Nyabera.`,
    `Chepkoech said Kiprotich had told her: “${SAID}.”`,
    `Chepkoech claimed that Governor Kiprotich had told her: “${SAID}.”`,
    `Chepkoech later told reporters that Kiprotich had told her in private: “${SAID}.”`,
    `Chepkoech said in a statement that Governor Kiprotich had told her: “${SAID}.”`,
  ])('gives "%s" to no one', (paragraph) => {
    expect(speakers(`${feud}${paragraph}`)).toEqual([null]);
  });

  it.each([
    [`“${SAID},” Kiprotich said, citing the Auditor-General's report.`, 'Kiprotich'],
    [`Kiprotich told Chepkoech: “${SAID}.”`, 'Kiprotich'],
    [`Chepkoech, who met Kiprotich on Monday, said: “${SAID}.”`, 'Chepkoech'],
    [`Chepkoech said: “${SAID}.”`, 'Chepkoech'],
    [`Chepkoech told reporters: “${SAID}.”`, 'Chepkoech'],
    [`Chepkoech told reporters that she had met Kiprotich, adding: “${SAID}.”`, 'Chepkoech'],
  ])('still gives "%s" to its speaker', (paragraph, speaker) => {
    expect(speakers(`${feud}${paragraph}`)).toEqual([expect.stringMatching(new RegExp(`${speaker}$`))]);
  });
});
