/**
 * A coalition and a party that share their first word are two bodies: "the
 * Tumaini Coalition" (the name talks between three parties go under) is no
 * short form of the "Tumaini Democratic Congress" that takes part in them. A
 * party whose own name holds the coalition's word stays one with it.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { PartyDirectory } from '../../src/pipeline/resolve/parties';

const pack = await loadPack();

describe('a coalition and a party sharing their first word', () => {
  it.each([
    ['Tumaini Democratic Congress', 'Tumaini Coalition'],
    ['Tumaini Democratic Congress', 'Tumaini Alliance'],
    ['Mwangaza Progressive Party', 'Mwangaza Coalition'],
  ])('keeps "%s" and "%s" apart, in either order', (party, coalition) => {
    const one = new PartyDirectory(pack);
    expect(one.add(party)).not.toBe(one.add(coalition));
    const other = new PartyDirectory(pack);
    expect(other.add(coalition)).not.toBe(other.add(party));
  });

  it('still joins a party whose name holds the coalition\'s word ("Mwangaza Coalition Party", "Mwangaza Coalition")', () => {
    const directory = new PartyDirectory(pack);
    expect(directory.add('Mwangaza Coalition')).toBe(directory.add('Mwangaza Coalition Party'));
  });
});
