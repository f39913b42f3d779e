/**
 * In `astro dev`, a collection read again only where the live data store
 * (src/integrations/live-store.ts) changed since the last read. `getCollection`
 * copies every entry's data (Astro's walk for image references): 1.3-1.9 s of
 * the thread for the 10,000 articles of a large archive, on every change, where
 * a save changes an article and a few people. Elsewhere (a build, a store that
 * does not say what changed) the whole collection is read, as before.
 */

/** What the site keeps of an entry: all it reads is the id, and the data. */
interface Entry {
  id: string;
}

/** How one collection is read: whole, and one entry. */
export interface CollectionReader<T extends Entry> {
  all: () => Promise<T[]>;
  one: (id: string) => Promise<T | undefined>;
}

interface LiveStore {
  _collections: Map<string, Map<string, unknown>>;
  [CHANGES]?: { version: number; entries: Map<string, Map<string, number>>; cleared: Map<string, number> };
}

interface LastRead {
  store: LiveStore;
  version: number;
  byId: Map<string, Entry>;
}

const LIVE = Symbol.for('siasa.live-data-store');
const CHANGES = Symbol.for('siasa.live-data-store-changes');
// On globalThis: the dev server evaluates this module again after every change.
const LAST_READ = Symbol.for('siasa.site-last-read');

/** The entries of collection `name`, in the store's order, as `read.all()` would give them. */
export async function readCollection<T extends Entry>(name: string, read: CollectionReader<T>): Promise<T[]> {
  const store = (globalThis as Record<symbol, unknown>)[LIVE] as LiveStore | undefined;
  const changes = store?.[CHANGES];
  const ids = store?._collections.get(name);
  if (!store || !changes || !ids) return read.all();
  const lastReads = ((globalThis as Record<symbol, unknown>)[LAST_READ] ??= new Map()) as Map<string, LastRead>;
  // Taken before reading: a change made meanwhile is read again next time.
  const version = changes.version;
  const last = lastReads.get(name);
  const cleared = Math.max(changes.cleared.get(name) ?? 0, changes.cleared.get('*') ?? 0);
  let entries: T[];
  if (!last || last.store !== store || cleared > last.version) {
    entries = await read.all();
  } else {
    const changed = changes.entries.get(name);
    entries = [];
    for (const id of ids.keys()) {
      const kept = (changed?.get(id) ?? 0) > last.version ? undefined : (last.byId.get(id) as T | undefined);
      const entry = kept ?? (await read.one(id));
      if (entry) entries.push(entry);
    }
  }
  lastReads.set(name, { store, version, byId: new Map(entries.map((entry) => [entry.id, entry])) });
  return entries;
}
