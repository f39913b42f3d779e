/**
 * The slug plans kept between ingests of one process (src/pipeline/slug-memo.ts):
 * reused while a kind's entities and registry rows are as they were, and always
 * what a plan that keeps nothing gives.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetSlugPlans } from '../../src/pipeline/slug-memo';
import { planSlugs } from '../../src/pipeline/slugs';
import type { Entity, EntityKind } from '../../src/pipeline/types';

function entity(kind: EntityKind, id: string, name: string, aliases: string[] = []): Entity {
  return { id, kind, name, aliases, acronym: null, roles: [], ties: [], quotes: [], coalitions: [], mentions: new Map() };
}

/** The people and a party as resolve hands them out: new objects on every run. */
const cast = (ruto: { name: string; aliases?: string[] } = { name: 'William Ruto' }) => [
  entity('person', `person:${ruto.name.toLowerCase()}`, ruto.name, ruto.aliases),
  entity('person', 'person:amina achieng', 'Amina Achieng'),
  entity('party', 'party:maa unity movement', 'Maa Unity Movement'),
];

const fresh = (entities: Entity[], registry = planSlugs([], []).registry) => planSlugs(entities, [], registry);

describe('kept slug plans', () => {
  beforeEach(() => forgetSlugPlans());

  it('hands back the last plan of a kind whose entities and rows are as they were', () => {
    const first = planSlugs(cast(), [], undefined, { keep: true });
    // The registry as the next run reads it from its file: new objects, the same rows.
    const registry = JSON.parse(JSON.stringify(first.registry));
    const second = planSlugs(cast(), [], registry, { keep: true });
    const again = planSlugs(cast(), [], JSON.parse(JSON.stringify(second.registry)), { keep: true });
    expect(again.registry.person).toBe(second.registry.person);
    expect(again).toEqual(fresh(cast(), JSON.parse(JSON.stringify(second.registry))));
  });

  it('plans afresh when a name changes: the old slug moves to the new one', () => {
    const first = planSlugs(cast(), [], undefined, { keep: true });
    const registry = JSON.parse(JSON.stringify(first.registry));
    const renamed = cast({ name: 'William Samoei Ruto', aliases: ['William Ruto'] });
    const second = planSlugs(renamed, [], registry, { keep: true });
    expect(second).toEqual(fresh(renamed, JSON.parse(JSON.stringify(first.registry))));
    expect(second.entities.get('person:william samoei ruto')).toBe('william-ruto');
  });

  it('plans afresh when a registry row changes under it', () => {
    const first = planSlugs(cast(), [], undefined, { keep: true });
    const registry = JSON.parse(JSON.stringify(first.registry));
    // Another process retired Amina Achieng's row meanwhile.
    for (const row of registry.person) if (row.slug === 'amina-achieng') row.status = 'gone';
    const second = planSlugs(cast(), [], registry, { keep: true });
    expect(second).toEqual(fresh(cast(), JSON.parse(JSON.stringify(registry))));
  });

  describe('a save that names someone new', () => {
    /** The registry as the dev server reads it on every save: the same rows, never written. */
    const registry = () => {
      const rows = planSlugs([entity('person', 'person:old timer', 'Old Timer'), entity('person', 'person:gone person', 'Gone Person')], []).registry;
      for (const row of rows.person) if (row.slug === 'gone-person') row.status = 'gone';
      return rows;
    };
    const withNewcomer = (newcomer: Entity) => [...cast(), newcomer, entity('person', 'person:old timer', 'Old Timer')].sort((a, b) => a.id.localeCompare(b.id));
    const run = (entities: Entity[], rows: ReturnType<typeof registry>) => planSlugs(entities, [], rows, { keep: true });

    it('gives a newcomer no row knows a row of its own, in its turn, and keeps every other row', () => {
      const rows = registry();
      const newcomer = entity('person', 'person:kamau njoroge', 'Kamau Njoroge', ['Njoroge']);
      const entities = withNewcomer(newcomer);
      const before = run(entities.filter((one) => one !== newcomer), rows);
      const after = run(entities, rows);
      expect(after).toEqual(fresh(entities, registry()));
      expect(after.entities.get('person:kamau njoroge')).toBe('kamau-njoroge');
      // Placed, not planned again: the other rows are the last plan's objects.
      const row = (plan: typeof after, slug: string) => plan.registry.person.find((one) => one.slug === slug);
      expect(row(after, 'william-ruto')).toBe(row(before, 'william-ruto'));
      expect(row(after, 'gone-person')).toBe(row(before, 'gone-person'));
    });

    it('plans afresh when the newcomer\'s slug is held, or a row knows its name', () => {
      for (const newcomer of [entity('person', 'person:amina achieng (2)', 'Amina Achieng'), entity('person', 'person:gone person', 'Gone Person'), entity('person', 'person:kamau', 'Kamau', ['Old Timer'])]) {
        forgetSlugPlans();
        const rows = registry();
        const entities = withNewcomer(newcomer);
        const before = run(entities.filter((one) => one !== newcomer), rows);
        const after = run(entities, rows);
        expect(after).toEqual(fresh(entities, registry()));
        const row = (plan: typeof after) => plan.registry.person.find((one) => one.slug === 'william-ruto');
        expect(row(after)).not.toBe(row(before));
      }
    });
  });
});
