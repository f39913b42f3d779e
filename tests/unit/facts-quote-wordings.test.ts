/**
 * Quotes attributed with the verbs of a chair or a bench: "“The motion is
 * carried …,” Mr X ruled", "“…,” Speaker X directed". Short invented texts,
 * the speakers written by hand.
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
