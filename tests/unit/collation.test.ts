/**
 * Collation: ranks that keep what they ranked must order names as one
 * collator sort of exactly those names would, however many were ranked
 * before, so that the dev server's resolve equals a cold one.
 */
import { describe, expect, it } from 'vitest';
import { byLocale, Collation } from '../../src/pipeline/collation';

/** The names in rank order, ties kept in their given order (a stable sort). */
function byRank(names: string[], ranks: ReadonlyMap<string, number>): string[] {
  return [...names].sort((a, b) => (ranks.get(a) as number) - (ranks.get(b) as number));
}

describe('Collation', () => {
  const first = ['Wanjiru Kamau', 'Ochieng Odhiambo', 'Émile Barasa', 'achieng Otieno', 'Zawadi Mwakilema'];
  const later = ['Mutua Kilonzo', 'Ng’ang’a Wambui', 'Abdi Hassan', 'Ochieng Odhiambo'];

  it('orders names as the collator does', () => {
    const ranks = new Collation().ranks(first);
    expect(byRank(first, ranks)).toEqual([...first].sort(byLocale));
    expect(byRank(first, ranks)[0]).toBe('achieng Otieno');
  });

  it('orders a later, larger set as a fresh collation of it would, and the first set as before', () => {
    const kept = new Collation();
    kept.ranks(first);
    const ranks = kept.ranks(later);
    expect(byRank(later, ranks)).toEqual(byRank(later, new Collation().ranks(later)));
    expect(byRank(first, ranks)).toEqual([...first].sort(byLocale));
    const union = [...new Set([...first, ...later])];
    expect(byRank(union, ranks)).toEqual([...union].sort(byLocale));
  });

  it('gives texts the collator finds equal one rank', () => {
    const a = 'Ochieng';
    const b = 'Ochieng\u0000';
    expect(byLocale(a, b)).toBe(0);
    const ranks = new Collation().ranks(['Zawadi', b, 'Abdi', a]);
    expect(ranks.get(a)).toBe(ranks.get(b));
    expect(ranks.get('Abdi')).toBeLessThan(ranks.get(a) as number);
  });

  it('ranks texts put in one or a few at a time (a save that names someone new) as a fresh collation of them all', () => {
    const kept = new Collation();
    kept.ranks([...first, 'Ochieng']);
    const all = [...first, 'Ochieng'];
    for (const step of [['Mutua Kilonzo'], ['Ochieng\u0000'], ['Abdi Hassan', 'Zuberi Yego', 'achieng Otieno'], ['Ng’ang’a Wambui'], ['Ochieng']]) {
      all.push(...step);
      expect(kept.ranks(step)).toEqual(new Collation().ranks(all));
    }
  });
});
