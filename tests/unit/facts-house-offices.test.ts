/**
 * An office of a House is held as a party's member, never as the party's
 * office: "Azimio's X, the Minority Leader," was published as an Azimio
 * office called Minority Leader. Short invented texts, ties written by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { roles, ties } = factReaders(pack);

describe('a party\'s member in an office of the House', () => {
  it.each([
    ['Minority Leader', "Headline\n\nAzimio's Opiyo Kamau Otieno, the Minority Leader, said the coalition would go to court.", 'Otieno', 'Azimio'],
    ['Majority Whip', "Headline\n\nUDA's Jane Wambui Kirui, the Majority Whip, disagreed.", 'Kirui', 'UDA'],
  ])('"P\'s X, the %s,": a member, and the office is the House\'s', (title, text, name, party) => {
    expect(roles(text, name)).toEqual([{ title }]);
    expect(ties(text, name)).toEqual([`${party} member`]);
  });

  it('still reads "P\'s X, the party chairman," as the party\'s office', () => {
    const text = "Headline\n\nODM's Peter Odhiambo Were, the party chairman, spoke.";
    expect(roles(text, 'Were')).toEqual([{ title: 'Chairman', organisation: 'ODM' }]);
  });
});
