/**
 * "-leaning" is a sympathy the writer sees, not a tie the text states: "a
 * UDA-leaning independent" was published as an ally of UDA. "-allied" still
 * ties. Short invented texts, ties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { ties } = factReaders(pack);

describe('a party the person leans to', () => {
  it.each([
    ['"X, a UDA-leaning independent,"', 'Headline\n\nMary Wangui Kariithi, a UDA-leaning independent, spoke on Monday.', 'Kariithi'],
    ['"The ODM-leaning MP, X,"', 'Headline\n\nThe ODM-leaning MP, Peter Odhiambo Were, also spoke.', 'Were'],
    ['"ODM-leaning Kisumu MCA X"', 'Headline\n\nODM-leaning Kisumu MCA Jane Akinyi Ouma was absent.', 'Ouma'],
  ])('gives no tie: %s', (_label, text, name) => {
    expect(ties(text, name)).toEqual([]);
  });

  it('still ties "The ODM-allied MCA, X," as an ally', () => {
    expect(ties('Headline\n\nThe ODM-allied MCA, Tom Ochieng Otieno, spoke.', 'Otieno')).toEqual(['ODM ally']);
  });
});
