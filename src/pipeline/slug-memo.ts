/**
 * The people's and parties' slugs of the last plan in this process, kept for
 * the next (the dev server plans every entity's slug again on every save):
 * when the entities of a kind say what they said (ids, names, aliases, and
 * the first role a new entity's slug may be qualified by) and the registry's
 * rows of that kind are as they were, the plan of that kind is the last one.
 */
import type { RegistryRow } from './registry';
import type { Entity } from './types';

/** What `assignEntities` makes of one kind: each entity's slug by id, and the registry's rows. */
export interface KindPlan {
  slugs: Map<string, string>;
  rows: RegistryRow[];
}

const last = new Map<string, { entities: Entity[]; rows: RegistryRow[]; plan: KindPlan }>();

/** Lets go of the kept plans (see forgetIngestMemory). */
export function forgetSlugPlans(): void {
  last.clear();
}

/** The plan of one kind (`entities` sorted by id, the registry's `rows`): the last one when its inputs are the same, else `assign()`. */
export function keptKindPlan(kind: string, entities: Entity[], rows: RegistryRow[], assign: () => KindPlan): KindPlan {
  const known = last.get(kind);
  if (known && sameEntities(known.entities, entities) && sameRows(known.rows, rows)) return known.plan;
  const plan = assign();
  // The rows as they came in: `assign` works on copies of them.
  last.set(kind, { entities, rows, plan });
  return plan;
}

/** All a slug plan reads of an entity: its id, name and aliases, and its first role's organisation and title. */
function sameEntities(a: Entity[], b: Entity[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const one = a[index] as Entity;
    const other = b[index] as Entity;
    if (one === other) continue;
    if (one.id !== other.id || one.name !== other.name || !sameStrings(one.aliases, other.aliases)) return false;
    if (one.roles[0]?.organisation !== other.roles[0]?.organisation || one.roles[0]?.title !== other.roles[0]?.title) return false;
  }
  return true;
}

const ROW_FIELDS = ['slug', 'status', 'source', 'hash', 'target'] as const;

/** The same rows, field by field, in the same order. */
function sameRows(a: RegistryRow[], b: RegistryRow[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const one = a[index] as RegistryRow;
    const other = b[index] as RegistryRow;
    if (one === other) continue;
    if (ROW_FIELDS.some((field) => one[field] !== other[field]) || !sameStrings(one.names, other.names)) return false;
    if (Object.keys(one).length !== Object.keys(other).length) return false;
  }
  return true;
}

function sameStrings(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
