/**
 * What the pages' data keeps from its last read (src/site/kept-lists.ts): a
 * list sorted in the last read's order first is the list a plain sort gives,
 * whatever changed; an entry's co-mentions are unpacked once per stored entry.
 */
import { describe, expect, it } from 'vitest';
import { sortedAsBefore, unpackedOnce } from '../../src/site/kept-lists';
import { byNewestThenTitle } from '../../src/site/order';
import { packCoMentions } from '../../src/schemas';

const story = (slug: string, title: string, date?: string) => ({ slug, title, ...(date ? { date } : {}) });

describe('sortedAsBefore', () => {
  it('sorts as a plain sort does after entries changed, came and went', () => {
    const a = story('a', 'Budget passed', '2026-03-01');
    const b = story('b', 'Roads row', '2026-03-02');
    const c = story('c', 'Assembly adjourns');
    const d = story('d', 'Budget passed', '2026-03-01');
    expect(sortedAsBefore('test-stories', [c, a, b, d], byNewestThenTitle)).toEqual([b, a, d, c]);
    // b edited to an older date, d gone, e new: new objects where they changed, as the dev server reads them.
    const edited = story('b', 'Roads row', '2026-02-01');
    const e = story('e', 'Wards redrawn', '2026-04-01');
    const items = [e, c, a, edited];
    const expected = [...items].sort(byNewestThenTitle);
    expect(sortedAsBefore('test-stories', items, byNewestThenTitle)).toEqual(expected);
    expect(expected.map((item) => item.slug)).toEqual(['e', 'a', 'b', 'c']);
  });
});

describe('unpackedOnce', () => {
  it('unpacks each stored entry once', () => {
    const stored = packCoMentions({ slug: 'x', name: 'X', coMentions: { people: [], parties: [] } });
    const first = unpackedOnce<{ coMentions: { people: unknown[] } }>(stored);
    expect(first.coMentions).toEqual({ people: [], parties: [] });
    expect(unpackedOnce(stored)).toBe(first);
    expect(unpackedOnce({ ...stored })).not.toBe(first);
  });
});
