/**
 * Words before a title that say the holder is new to it are not part of the
 * office: "the new Minority Leader" is the Minority Leader (a profile showed
 * an office called "New Minority Leader"). Titles written by hand.
 */
import { describe, expect, it } from 'vitest';
import { readRole } from '../../src/pipeline/extract/roles';

describe('a holder new to the office', () => {
  it.each([
    ['new Minority Leader', 'Minority Leader'],
    ['New National Treasurer', 'National Treasurer'],
    ['newly-elected Speaker', 'Speaker'],
    ['newly-appointed Cabinet Secretary', 'Cabinet Secretary'],
  ])('reads %s as %s, current', (written, title) => {
    expect(readRole(written)).toEqual({ title });
  });
});
