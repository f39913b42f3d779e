/**
 * The people's and parties' slugs of the last plan in this process, kept for
 * the next (the dev server plans every entity's slug again on every save):
 * when the entities of a kind say what they said (ids, names, aliases, and
 * the first role a new entity's slug may be qualified by) and the registry's
 * rows of that kind are as they were, the plan of that kind is the last one.
 * A save that names someone new adds an entity: one whose names no row knows
 * and whose name's slug nobody holds gets a new row of its own, placed where
 * the plan would have made it (new-slugs.ts); the others keep theirs.
 */
import type { RegistryRow } from './registry';
import type { Entity } from './types';
import { namesOfRows, withNewEntities, type NewRowParts } from './new-slugs';

/** What `assignEntities` makes of one kind: each entity's slug by id, and the registry's rows. */
export interface KindPlan {
  slugs: Map<string, string>;
  rows: RegistryRow[];
}

const last = new Map<string, { entities: Entity[]; rows: RegistryRow[]; plan: KindPlan; rowNames?: Set<string> }>();

/** Lets go of the kept plans (see forgetIngestMemory). */
export function forgetSlugPlans(): void {
  last.clear();
}

/** The plan of one kind (`entities` sorted by id, the registry's `rows`): the last one when its inputs are the same, or with new entities placed in it, else `assign()`. */
export function keptKindPlan(kind: string, entities: Entity[], rows: RegistryRow[], assign: () => KindPlan, parts: NewRowParts): KindPlan {
  const known = last.get(kind);
  const sameRegistry = known !== undefined && sameRows(known.rows, rows);
  const added = sameRegistry ? addedEntities(known.entities, entities) : undefined;
  if (known && added?.length === 0) return known.plan;
  // The names of the rows as they came in, kept with them: the registry changes only when a build publishes.
  const rowNames = sameRegistry ? (known.rowNames ?? namesOfRows(rows)) : undefined;
  const placed = known && added && rowNames ? withNewEntities(known.plan, rows.length, added, rowNames, parts) : undefined;
  const plan = placed ?? assign();
  // The rows as they came in: `assign` works on copies of them.
  last.set(kind, { entities, rows, plan, rowNames });
  return plan;
}

/** The entities that are new between the last ones (each still there, in order, saying what it said); undefined when one went or changed. */
function addedEntities(before: Entity[], now: Entity[]): Entity[] | undefined {
  if (before.length === now.length) return sameEntities(before, now) ? [] : undefined;
  const added: Entity[] = [];
  let at = 0;
  for (const entity of now) {
    const one = before[at];
    if (one && sameEntity(one, entity)) at++;
    else if (added.push(entity) > MOST_ADDED) return undefined;
  }
  return at === before.length ? added : undefined;
}

/** Past this many new entities of a kind, the kind is planned afresh. */
const MOST_ADDED = 8;

/** All a slug plan reads of an entity: its id, name and aliases, and its first role's organisation and title. */
function sameEntities(a: Entity[], b: Entity[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!sameEntity(a[index] as Entity, b[index] as Entity)) return false;
  return true;
}

function sameEntity(one: Entity, other: Entity): boolean {
  if (one === other) return true;
  if (one.id !== other.id || one.name !== other.name || !sameStrings(one.aliases, other.aliases)) return false;
  return one.roles[0]?.organisation === other.roles[0]?.organisation && one.roles[0]?.title === other.roles[0]?.title;
}

const ROW_FIELDS = ['slug', 'status', 'source', 'hash', 'target'] as const;

/** The same rows, field by field, in the same order. */
export function sameRows(a: RegistryRow[], b: RegistryRow[]): boolean {
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
