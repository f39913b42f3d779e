/**
 * Slugs: URL-safe names for people, parties and articles, the same whatever
 * order the files were read in.
 */
import { describe, expect, it } from 'vitest';
import { planSlugs, toSlug } from '../../src/pipeline/slugs';
import type { Entity, EntityKind } from '../../src/pipeline/types';
import { article } from './helpers';

function entity(kind: EntityKind, id: string, name: string): Entity {
  return { id, kind, name, aliases: [], acronym: null, roles: [], ties: [], quotes: [], coalitions: [], mentions: new Map() };
}

const asObject = (map: Map<string, string>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('toSlug', () => {
  it('drops a straight apostrophe: "Matiang\'i" → "matiangi"', () => {
    expect(toSlug("Matiang'i")).toBe('matiangi');
  });

  it('drops curly apostrophes: "Ng’ang’a" → "nganga"', () => {
    expect(toSlug('Ng’ang’a')).toBe('nganga');
  });

  it('folds diacritics: "Émile" → "emile"', () => {
    expect(toSlug('Émile')).toBe('emile');
  });

  it('joins words with single hyphens in lower case', () => {
    expect(toSlug('Mutula  Kilonzo Jnr.')).toBe('mutula-kilonzo-jnr');
  });
});

describe('planSlugs', () => {
  // "James Ngugi" and "James Ngũgĩ" are two people whose names fold to one slug.
  // Their ids sort "person:james ngugi" first: u sorts before ũ.
  const ngugi = entity('person', 'person:james ngugi', 'James Ngugi');
  const ngugiTilde = entity('person', 'person:james ngũgĩ', 'James Ngũgĩ');
  const safinaPerson = entity('person', 'person:safina', 'Safina');
  const safinaParty = entity('party', 'party:safina', 'Safina');
  const odm = entity('party', 'party:orange democratic movement', 'Orange Democratic Movement');
  const talks = article('b.txt', ['x'], { title: 'Kalumbu and Obare meet in Machakos' });
  const talksAgain = article('a.txt', ['y'], { title: 'Kalumbu and Obare meet in Machakos' });
  const senate = article('c.txt', ['z'], { title: 'Senators reject county revenue formula' });

  it('gives the bare slug to the first of two people by id, and "-2" to the next', () => {
    const plan = planSlugs([ngugiTilde, ngugi], []);
    expect(asObject(plan.entities)).toEqual({ 'person:james ngugi': 'james-ngugi', 'person:james ngũgĩ': 'james-ngugi-2' });
  });

  it('numbers a third clash "-3"', () => {
    const third = entity('person', 'person:james ngúgi', 'James Ngúgi');
    const plan = planSlugs([ngugiTilde, third, ngugi], []);
    expect([...plan.entities.values()].sort()).toEqual(['james-ngugi', 'james-ngugi-2', 'james-ngugi-3']);
  });

  it('does not let a person and a party with the same name clash', () => {
    const plan = planSlugs([safinaParty, safinaPerson], []);
    expect(asObject(plan.entities)).toEqual({ 'party:safina': 'safina', 'person:safina': 'safina' });
  });

  it('gives the bare slug to the first of two same-titled articles by source name', () => {
    const plan = planSlugs([], [talks, talksAgain]);
    expect(asObject(plan.articles)).toEqual({
      'a.txt': 'kalumbu-and-obare-meet-in-machakos',
      'b.txt': 'kalumbu-and-obare-meet-in-machakos-2',
    });
  });

  it('never gives an article a slug of digits alone, which is a page of the article list', () => {
    const year = article('d.txt', ['w'], { title: '2027' });
    const plan = planSlugs([], [year, senate]);
    expect(asObject(plan.articles)).toEqual({ 'd.txt': 'article-2027', 'c.txt': 'senators-reject-county-revenue-formula' });
  });

  it('gives the same plan for the same input', () => {
    const entities = [ngugiTilde, safinaParty, ngugi, odm, safinaPerson];
    const articles = [talks, senate, talksAgain];
    expect(asObject(planSlugs(entities, articles).entities)).toEqual(asObject(planSlugs(entities, articles).entities));
    expect(asObject(planSlugs(entities, articles).articles)).toEqual(asObject(planSlugs(entities, articles).articles));
  });

  it('gives the same plan whatever the order of entities and articles', () => {
    const entities = [ngugiTilde, safinaParty, ngugi, odm, safinaPerson];
    const articles = [talks, senate, talksAgain];
    const forward = planSlugs(entities, articles);
    const backward = planSlugs([...entities].reverse(), [...articles].reverse());
    const rotated = planSlugs([...entities.slice(2), ...entities.slice(0, 2)], [...articles.slice(1), articles[0]!]);
    for (const other of [backward, rotated]) {
      expect(asObject(other.entities)).toEqual(asObject(forward.entities));
      expect(asObject(other.articles)).toEqual(asObject(forward.articles));
    }
  });

  it('keeps an article title of 60 characters or fewer whole', () => {
    const plan = planSlugs([], [senate]);
    expect(plan.articles.get('c.txt')).toBe('senators-reject-county-revenue-formula');
  });

  it('cuts a long article title at the last hyphen within 60 characters', () => {
    const title = 'Kalumbu Mutisya and Obare Odongo hold closed-door talks in Machakos over Azimio leadership';
    const slug = planSlugs([], [article('a.txt', ['x'], { title })]).articles.get('a.txt')!;
    expect(slug).toBe('kalumbu-mutisya-and-obare-odongo-hold-closed-door-talks-in');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('keeps a whole word that ends exactly at 60 characters', () => {
    const title = 'Kalumbu Mutisya and Obare Odongo hold closed-door talks over Azimio row';
    const slug = planSlugs([], [article('a.txt', ['x'], { title })]).articles.get('a.txt')!;
    expect(slug).toBe('kalumbu-mutisya-and-obare-odongo-hold-closed-door-talks-over');
    expect(slug).toHaveLength(60);
  });

  it('keeps a long title’s slug within 60 characters when it clashes', () => {
    const title = 'Kalumbu Mutisya and Obare Odongo hold closed-door talks over Azimio row';
    const plan = planSlugs([], [article('a.txt', ['x'], { title }), article('b.txt', ['y'], { title })]);
    for (const slug of plan.articles.values()) expect(slug.length).toBeLessThanOrEqual(60);
  });
});
