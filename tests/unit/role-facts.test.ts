/**
 * Adding a role (src/pipeline/extract/role-facts.ts): the one way every reader
 * writes a role onto a person, with what counts as a role already held left to
 * the reader. Each `same` below is the answer of the readers named with it.
 */
import { describe, expect, it } from 'vitest';
import { addRole, samePlace, samePlaceAndTense, sameTense } from '../../src/pipeline/extract/role-facts';
import type { Mention, RoleCue } from '../../src/pipeline/types';

function person(...held: RoleCue[]): Mention {
  const [role, ...roles] = held;
  return { kind: 'person', name: 'Wanjiru Muthoni Kagwe', surface: 'Wanjiru Muthoni Kagwe', place: { paragraph: 1, sentence: '' }, offset: 0, evidence: 1, ...(role ? { role } : {}), ...(roles.length ? { roles } : {}) };
}

const all = (mention: Mention) => [mention.role, ...(mention.roles ?? [])];

describe('a role added', () => {
  it('is the role of a person who has none, then one more of theirs', () => {
    const one = person();
    addRole(one, { title: 'Senator', organisation: 'Nyeri' });
    addRole(one, { title: 'Governor', organisation: 'Nyeri', tense: 'former' });
    expect(one.role).toEqual({ title: 'Senator', organisation: 'Nyeri' });
    expect(one.roles).toEqual([{ title: 'Governor', organisation: 'Nyeri', tense: 'former' }]);
  });

  it('is nothing when the reader read none', () => {
    const one = person();
    addRole(one, undefined, sameTense);
    expect(one).toEqual(person());
  });

  it('is not added again when the same one is among the later roles, not only the first', () => {
    const one = person({ title: 'MCA', organisation: 'Gatuanyaga' }, { title: 'Senator', organisation: 'Nyeri' });
    addRole(one, { title: 'Senator', organisation: 'Nyeri' });
    expect(all(one)).toHaveLength(2);
  });
});

describe('the same title in the same place (the default: the tie readers, the sign-offs)', () => {
  it('is held whatever its tense', () => {
    const one = person({ title: 'Chairman', organisation: 'UDA' });
    addRole(one, { title: 'Chairman', organisation: 'UDA', tense: 'former' });
    expect(all(one)).toEqual([{ title: 'Chairman', organisation: 'UDA' }]);
  });

  it('is another office in another place, or with no place', () => {
    const one = person({ title: 'Chairman', organisation: 'UDA' });
    addRole(one, { title: 'Chairman', organisation: 'ODM' });
    addRole(one, { title: 'Chairman' });
    expect(all(one)).toHaveLength(3);
    expect(samePlace({ title: 'Chairman', organisation: 'UDA' }, { title: 'Secretary-General', organisation: 'UDA' })).toBe(false);
  });
});

describe('the same title in the same tense (the incoming, past and succeeded offices)', () => {
  it('is held wherever, so a former office read bare and again with its place is one', () => {
    const one = person({ title: 'Governor', tense: 'former' });
    addRole(one, { title: 'Governor', organisation: 'Embu', tense: 'former' }, sameTense);
    expect(all(one)).toEqual([{ title: 'Governor', tense: 'former' }]);
  });

  it('is another fact in another tense: the office held now and the one to come', () => {
    const one = person({ title: 'Senator', organisation: 'Embu' });
    addRole(one, { title: 'Senator', organisation: 'Embu', tense: 'incoming' }, sameTense);
    expect(all(one)).toHaveLength(2);
  });

  it('takes no tense as current', () => {
    expect(sameTense({ title: 'MP', organisation: 'Kibwezi' }, { title: 'MP', tense: 'current' })).toBe(true);
    expect(sameTense({ title: 'MP', tense: 'acting' }, { title: 'MP' })).toBe(false);
  });
});

describe('the same title, place and tense (the aspirations)', () => {
  it('is a seat sought beside the same seat held, and beside the same title sought elsewhere', () => {
    const one = person({ title: 'Governor', organisation: 'Kitui' });
    addRole(one, { title: 'Governor', organisation: 'Kitui', tense: 'aspiring' }, samePlaceAndTense);
    addRole(one, { title: 'Governor', organisation: 'Machakos', tense: 'aspiring' }, samePlaceAndTense);
    addRole(one, { title: 'Governor', organisation: 'Kitui', tense: 'aspiring', statedIn: 'She will defend the seat.' }, samePlaceAndTense);
    expect(all(one)).toEqual([
      { title: 'Governor', organisation: 'Kitui' },
      { title: 'Governor', organisation: 'Kitui', tense: 'aspiring' },
      { title: 'Governor', organisation: 'Machakos', tense: 'aspiring' },
    ]);
  });
});
