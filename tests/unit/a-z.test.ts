import { describe, expect, it } from 'vitest';
import { groupByName, groupBySurname, sortName } from '../../src/site/order';

describe('sortName: the name a person is looked up by', () => {
  it('is the surname, the last word', () => {
    expect(sortName('Raila Odinga')).toBe('Odinga');
    expect(sortName('Rosabella Jerono Mudavadi')).toBe('Mudavadi');
  });

  it('sets suffixes aside: "Mutula Kilonzo Jnr" is a Kilonzo', () => {
    expect(sortName('Mutula Kilonzo Jnr')).toBe('Kilonzo');
    expect(sortName('Mutula Kilonzo Jnr.')).toBe('Kilonzo');
    expect(sortName('John Smith Snr')).toBe('Smith');
    expect(sortName('Uhuru Kenyatta, Jr.')).toBe('Kenyatta');
  });

  it('keeps a one-word name, even one that looks like a suffix', () => {
    expect(sortName('Sr')).toBe('Sr');
    expect(sortName('Kibaki')).toBe('Kibaki');
  });
});

describe('A–Z groups', () => {
  it('files people under their surname’s initial, suffixes ignored', () => {
    const groups = groupBySurname([{ name: 'Mutula Kilonzo Jnr' }, { name: 'Kalonzo Musyoka' }, { name: 'Junet Mohamed' }]);
    expect(groups.map(({ letter, entries }) => [letter, entries.map(({ name }) => name)])).toEqual([
      ['K', ['Mutula Kilonzo Jnr']],
      ['M', ['Junet Mohamed', 'Kalonzo Musyoka']],
    ]);
  });

  it('files parties by their whole name', () => {
    const groups = groupByName([{ name: 'Orange Democratic Movement' }, { name: 'Amani National Congress' }, { name: 'Jubilee' }]);
    expect(groups.map(({ letter }) => letter)).toEqual(['A', 'J', 'O']);
  });
});
