/**
 * A party named for the region it speaks for: "Rift Valley", "Mount Kenya"
 * hold words that end organisations' names ("valley", "mount"), which must
 * not make the party an organisation. Short invented texts, parties by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { extract } = factReaders(pack);
const parties = (text: string) => [...new Set(extract(text).mentions.filter((mention) => mention.kind === 'party').map((mention) => mention.name))];

describe('a party named for a region', () => {
  it.each([
    ['Rift Valley', 'Headline\n\nOfficials of the Rift Valley Renewal Party (RVRP) met in Nakuru on Thursday.', ['Rift Valley Renewal Party', 'RVRP']],
    ['Mount Kenya', 'Headline\n\nThe Mount Kenya Unity Party met in Nyeri on Thursday.', ['Mount Kenya Unity Party']],
  ])('is a party: %s', (_label, text, expected) => {
    expect(parties(text)).toEqual(expected);
  });

  it('leaves organisations named for a region what they were', () => {
    const text =
      'Headline\n\nThe Rift Valley Regional Commissioner, Abdi Noor, attended. The Mt Kenya Chamber of Commerce also met. The Rift Valley Water Works Development Agency was absent.';
    expect(parties(text)).toEqual([]);
  });
});
