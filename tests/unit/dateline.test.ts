import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readArticle } from '../../src/pipeline/read';
import { readDateline } from '../../src/pipeline/read/dateline';

describe('readDateline', () => {
  it('reads the place and a dated dateline as an ISO date', () => {
    expect(readDateline('NAIROBI, Kenya, Mar 4, 2024 – Leaders met on Monday.')).toEqual({ place: 'NAIROBI, Kenya', date: '2024-03-04' });
    expect(readDateline('KISUMU, September 12 2023 — The party said…')).toEqual({ place: 'KISUMU', date: '2023-09-12' });
  });

  it('gives no date when the dateline has no year: the year is never guessed', () => {
    expect(readDateline('NAIROBI, Kenya, Mar 4 – Leaders met on Monday.')).toEqual({ place: 'NAIROBI, Kenya' });
  });

  it('gives no date for a day the calendar does not have', () => {
    expect(readDateline('MOMBASA, Feb 30, 2024 - Text.')).toEqual({ place: 'MOMBASA' });
  });

  it('finds nothing in ordinary story text', () => {
    expect(readDateline('ODM leader Raila Odinga met leaders on Mar 4, 2024 – in Kisumu.')).toBeUndefined();
    expect(readDateline('The ODM chief on Sunday met a section of leaders.')).toBeUndefined();
  });
});

describe('a dateline in a seed file', () => {
  it('dates an article whose file says nothing else about its date', () => {
    const bytes = readFileSync(new URL('./fixtures/read/dateline.txt', import.meta.url));
    const { article } = readArticle({ name: 'dateline.txt', bytes });
    expect(article?.date).toBe('2024-03-04');
  });
});
