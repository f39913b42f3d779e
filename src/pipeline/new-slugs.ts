/**
 * A kind's slug plan with new entities added without planning the kind again
 * (the dev server's save that names someone new). An entity none of whose
 * names a registry row records claims no row and is heir to none; when its
 * name's slug is held by no row, it gets that slug on a row of its own, and
 * every other entity keeps what it had: the plan made afresh would differ
 * only by that row, made in its turn among the entities the registry did not
 * know (slugs.ts, `assignEntities`).
 */
import type { RegistryRow } from './registry';
import { nameKey } from './resolve/normalise';
import type { KindPlan } from './slug-memo';
import type { Entity } from './types';

/** What a new entity's row is made of, as slugs.ts makes it. */
export interface NewRowParts {
  /** The slug of the entity's name: the first a new entity tries. */
  slugOf(entity: Entity): string;
  /** The names its row records. */
  namesOf(entity: Entity): string[];
}

/** The keys of every name the rows record. */
export function namesOfRows(rows: readonly RegistryRow[]): Set<string> {
  const keys = new Set<string>();
  for (const row of rows) for (const name of row.names ?? []) keys.add(nameKey(name));
  return keys;
}

/**
 * `plan` (made from `previous` registry rows; the rows after those are the new entities', in id order)
 * with `added` placed in it, or undefined when one of them could take or move another's row or slug.
 */
export function withNewEntities(plan: KindPlan, previous: number, added: readonly Entity[], rowNames: ReadonlySet<string>, parts: NewRowParts): KindPlan | undefined {
  const taken = new Set(plan.rows.map((row) => row.slug));
  const rows = [...plan.rows];
  const entries = [...plan.slugs];
  // The entities that got a new row, in id order, are the last in the plan, one for each row past the registry's.
  const firstNew = entries.length - (rows.length - previous);
  for (const entity of added) {
    if ([entity.name, ...entity.aliases].some((name) => rowNames.has(nameKey(name)))) return undefined;
    const slug = parts.slugOf(entity);
    if (taken.has(slug)) return undefined;
    let at = firstNew;
    while (at < entries.length && (entries[at] as [string, string])[0].localeCompare(entity.id) < 0) at++;
    if (at < entries.length && (entries[at] as [string, string])[0].localeCompare(entity.id) === 0) return undefined;
    entries.splice(at, 0, [entity.id, slug]);
    rows.splice(previous + (at - firstNew), 0, { slug, status: 'live', names: parts.namesOf(entity) });
    taken.add(slug);
  }
  return { slugs: new Map(entries), rows };
}
