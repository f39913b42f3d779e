/**
 * Quotes attributed with the verbs of a chair or a bench: "“The motion is
 * carried …,” Mr X ruled", "“…,” Speaker X directed"; and with Kiswahili
 * verbs of speech: "“…,” alisema X". Short invented texts, the speakers
 * written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders, SAID } from './fact-readers';

const pack = await loadPack();
const { speakers } = factReaders(pack);

const opening = 'Headline\n\nThe Nandi County Assembly met on Tuesday. Speaker Kiprop Kibet Rotich presided.\n\n';

describe("a chair's ruling", () => {
  it.each([
    `“The motion is carried. The Clerk will communicate the outcome to the Governor,” Mr Rotich ruled.`,
    `“${SAID},” Speaker Kiprop Kibet Rotich directed.`,
  ])('gives "%s" to the one who ruled', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([expect.stringMatching(/Rotich$/)]);
  });
});

describe('a Kiswahili verb of speech', () => {
  const kwale = 'Headline\n\nMsambweni MP Hamisi Mwakio Chidzipha kept away from the rally.\n\n';

  it.each([
    `“Siwezi kuhama kwa sababu ya upepo. Upepo hupita,” alisema Chidzipha.`,
    `“Hatutaki kugawanywa kwa misingi ya kikabila tena,” aliongeza Mbunge Hamisi Mwakio Chidzipha.`,
    `Chidzipha alisema: “Siwezi kuhama kwa sababu ya upepo. Upepo hupita.”`,
  ])('gives "%s" to the one it names', (paragraph) => {
    expect(speakers(`${kwale}${paragraph}`)).toEqual([expect.stringMatching(/Chidzipha$/)]);
  });

  it('gives "“…,” alisema mmoja wa wajumbe" (one of the delegates said) to no one', () => {
    expect(speakers(`${kwale}“Siwezi kuhama kwa sababu ya upepo. Upepo hupita,” alisema mmoja wa wajumbe.`)).toEqual([null]);
  });
});
