/**
 * Quotes introduced by their speaker and where the words were given, with no
 * verb: "X (UDA), in a post on X: “…”", "X on her Facebook page: “…”", "X in a
 * statement: “…”", as reaction roundups write them. Short invented texts, the
 * speakers written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders, SAID } from './fact-readers';

const pack = await loadPack();
const { speakers } = factReaders(pack);

const opening = 'Headline\n\nLeaders reacted on Wednesday after the Senate passed the County Allocation of Revenue Bill.\n\n';

describe('a name, where the words were given, a colon', () => {
  it.each([
    [`Nandi Senator Kiplimo Tanui Chepsergon (UDA), in a post on X: “${SAID}.”`, /Chepsergon$/],
    [`Kwale Woman Rep Zawadi Kadzo Mwaringa, on her Facebook page: “${SAID}.”`, /Mwaringa$/],
    [`Majority Leader Kibet Rotich Chirchir (Kenya Kwanza) in a statement: “${SAID}.”`, /Chirchir$/],
    [`Lari MP Wanjiku Mumbi Gathoni, in a TV interview on Citizen: “${SAID}.”`, /Gathoni$/],
    [`Former Kitui Governor Mutua Kyalo Ndambuki in an interview with NTV: “${SAID}.”`, /Ndambuki$/],
  ])('gives "%s" to the one named', (paragraph, speaker) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([expect.stringMatching(speaker)]);
  });

  it.each([
    `ODM Secretary-General Omondi Wekesa Achola in a joint statement with the party's chairperson: “${SAID}.”`,
    `Senator Kiplimo Tanui Chepsergon in a post on X that Mwaringa later shared: “${SAID}.”`,
  ])('gives "%s" to no one: two issuers, or a clause of its own', (paragraph) => {
    expect(speakers(`${opening}${paragraph}`)).toEqual([null]);
  });
});

describe('a recording that shows the speaker, named by a pronoun', () => {
  const rally = 'Headline\n\nJMP leader Obare Nyakundi Kemoli repeated the claim at a rally in Keroka on Thursday.';

  it.each([
    ` A clip shared by his campaign shows him telling the crowd: “${SAID}.”`,
    ` A video posted online on Friday captured him saying that “${SAID}.”`,
  ])('gives "%s" to the one the pronoun stands for', (paragraph) => {
    expect(speakers(`${rally}${paragraph}`)).toEqual([expect.stringMatching(/Kemoli$/)]);
  });

  it('gives "… shows him telling the crowd: “…”" to no one when two men were just named', () => {
    expect(speakers(`Headline\n\nJMP leader Obare Nyakundi Kemoli and Senator Gitobu Mbijiwe Kaumbuthu shared the stage in Keroka on Thursday. A clip shared online shows him telling the crowd: “${SAID}.”`)).toEqual([null]);
  });
});
