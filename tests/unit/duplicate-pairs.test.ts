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

  it('compares only a new name with the others when a save names someone new, in the order a fresh look gives', () => {
    const before = [person('Amani Odera', 'a.txt'), person('Grace Wanjiru', 'c.txt'), person('Zawadi Nekesa', 'd.txt')];
    duplicates(before);
    // New names in the middle and at the end: one that may be Amani Odera, one that may be Grace Wanjiru.
    const after = [before[0], person('Amani Odero', 'e.txt'), before[1], before[2], person('Grace Wanjiro', 'f.txt')] as Entity[];
    const notes = duplicates(after);
    expect(notes).toEqual(afresh(after));
    expect(notes.map((note) => note.names)).toEqual([['Amani Odera', 'Amani Odero'], ['Grace Wanjiru', 'Grace Wanjiro']]);
  });

  it('looks for every pair again when a name goes, and equals a fresh look after any additions', () => {
    duplicates([person('Amani Odera', 'a.txt'), person('Amani Odero', 'b.txt'), person('Grace Wanjiru', 'c.txt')]);
    const gone = [person('Amani Odero', 'b.txt'), person('Grace Wanjiru', 'c.txt'), person('Grace Wanjiro', 'd.txt')];
    expect(duplicates(gone)).toEqual(afresh(gone));
    const pool = ['Amani', 'Odera', 'Odero', 'Grace', 'Wanjiru', 'Wanjiro', 'Kamau'];
    let seed = 3;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const someone = (at: number) => person(Array.from({ length: 1 + next(3) }, () => pool[next(pool.length)]).join(' '), `${at}.txt`);
    for (let round = 0; round < 40; round++) {
      forgetDuplicatePairs();
      const people = Array.from({ length: 8 }, (_, at) => someone(at));
      duplicates(people);
      for (let times = next(3) + 1; times > 0; times--) people.splice(next(people.length + 1), 0, someone(100 + times));
      expect(duplicates(people)).toEqual(afresh(people));
    }
  });
});
