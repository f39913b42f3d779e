/**
 * The possible duplicates kept between resolves (src/pipeline/resolve/review.ts):
 * the pairs are kept while the people's names are the same, and found again
 * as soon as one name changes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetDuplicatePairs, reviewEntities } from '../../src/pipeline/resolve/review';
import type { Entity, Mention } from '../../src/pipeline/types';

function person(name: string, source: string): Entity {
  const mention: Mention = { kind: 'person', name, surface: name, offset: 0, place: { paragraph: 0, sentence: `${name} spoke.` }, evidence: 1 };
  return { id: `person:${name.toLowerCase()}`, kind: 'person', name, aliases: [], acronym: null, roles: [], ties: [], quotes: [], coalitions: [], mentions: new Map([[source, [mention]]]) };
}

const duplicates = (people: Entity[]) => reviewEntities(people).filter((note) => note.kind === 'possible-duplicate');
const afresh = (people: Entity[]) => {
  forgetDuplicatePairs();
  return duplicates(people);
};

describe('possible duplicates kept between resolves', () => {
  beforeEach(() => forgetDuplicatePairs());

  it('finds the same pairs, with each run\'s sentences, while the names are the same', () => {
    duplicates([person('Amani Odera', 'a.txt'), person('Amani Odero', 'b.txt'), person('Grace Wanjiru', 'c.txt')]);
    const again = [person('Amani Odera', 'a.txt'), person('Amani Odero', 'd.txt'), person('Grace Wanjiru', 'c.txt')];
    const notes = duplicates(again);
    expect(notes).toEqual(afresh(again));
    expect(notes[0]?.sources).toEqual(['a.txt', 'd.txt']);
  });

  it('looks again when a name changes', () => {
    duplicates([person('Amani Odera', 'a.txt'), person('Grace Wanjiru', 'c.txt')]);
    const renamed = [person('Amani Odera', 'a.txt'), person('Grace Wanjiro', 'b.txt'), person('Grace Wanjiru', 'c.txt')];
    const notes = duplicates(renamed);
    expect(notes).toEqual(afresh(renamed));
    expect(notes.map((note) => note.names)).toEqual([['Grace Wanjiro', 'Grace Wanjiru']]);
  });
});
