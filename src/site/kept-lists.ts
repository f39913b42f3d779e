/**
 * What the pages' data keeps from its last read, for the next (in `astro dev`
 * it is read again after every save, where a save changes an article and a few
 * people): each list's order, and each entry's unpacked co-mentions. Kept on
 * globalThis, since the dev server evaluates the site's modules again after
 * every change; a build reads once, and keeps nothing it would use.
 */
import { unpackCoMentions } from '../schemas';

const ORDERS = Symbol.for('siasa.site-last-orders');
const UNPACKED = Symbol.for('siasa.site-unpacked');

function kept<T>(key: symbol, make: () => T): T {
  const global = globalThis as Record<symbol, unknown>;
  return (global[key] ??= make()) as T;
}

/**
 * `items` sorted by `compare`, which must be a total order (the site's orders all end on the slug or
 * the id): the same list whatever order they come in. They are put in the last sorted list's order first,
 * so that the sort finds them sorted but for the few that changed, where collating ten thousand titles
 * afresh took a tenth of a second of every save.
 */
export function sortedAsBefore<T extends object>(list: string, items: T[], compare: (a: T, b: T) => number): T[] {
  const orders = kept(ORDERS, () => new Map<string, object[]>());
  const before = orders.get(list) as T[] | undefined;
  let ordered = items;
  if (before) {
    const at = new Map(before.map((item, index) => [item, index]));
    const slots: (T | undefined)[] = new Array(before.length);
    const rest: T[] = [];
    for (const item of items) {
      const index = at.get(item);
      if (index === undefined) rest.push(item);
      else slots[index] = item;
    }
    ordered = [...slots.filter((item): item is T => item !== undefined), ...rest];
  }
  const sorted = ordered.sort(compare);
  orders.set(list, sorted);
  return sorted;
}

/** An entry with its co-mentions unpacked, the same object for the same stored data (entries are never changed once read). */
export function unpackedOnce<T extends { coMentions: unknown }>(data: Parameters<typeof unpackCoMentions>[0]): T {
  const unpacked = kept(UNPACKED, () => new WeakMap<object, object>());
  let entry = unpacked.get(data);
  if (!entry) unpacked.set(data, (entry = unpackCoMentions(data)));
  return entry as T;
}
