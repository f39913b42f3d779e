/**
 * In `astro dev`, pages read Astro's data store from the content layer's own
 * copy in memory, and are reloaded as soon as it changes. Astro's dev server
 * reloads them only once the store is saved (half a second after its last
 * change, then the whole store serialised and written) and reads the file
 * back: at 10,000 articles that was 8 of the 13 s from a save to a new
 * person's profile in a CPU profile of the dev server (the save 3-4 s, reading
 * and rebuilding the 42 MB store 1.5 s), where the content layer had the new
 * entries half a second after the ingest. The store is still saved, for the
 * next start, once it has been left alone for a moment; nothing waits for it.
 *
 * Only the dev server runs its pages in the process that holds the store; a
 * build's pages read the file (src/integrations/data-store.ts). Should a later
 * Astro rename what is patched here, nothing is, and Astro's own way stands.
 */
import { dataStoreClass } from './store-writes';

/** Where the store Astro's content layer opened is kept, for the data store's module (see `liveStoreCode`). */
const LIVE = Symbol.for('siasa.live-data-store');
const PATCHED = Symbol.for('siasa.live-data-store-patched');

/** How long after the store's last change the pages are told: a sync's entries come in a burst. */
const SETTLE_MS = 50;

/**
 * How long the store must have been left alone before it is saved. Nothing
 * waits for the save now, and it holds the thread for seconds (the store
 * serialised whole): half a second after the last change, Astro's own delay,
 * it fell in the middle of the first page made from the new entries, whose
 * new profile then waited for it (a CPU profile, 10,000 articles).
 */
const QUIET_MS = 3000;

interface Store {
  _collections: Map<string, Map<string, unknown>>;
}

type Changed = () => void;
let changed: Changed | undefined;
let timer: NodeJS.Timeout | undefined;
let lastChange = 0;

/**
 * The module code's part that takes the live store when this process has one,
 * as the same Map the file would give: `fallback`, an expression, otherwise.
 */
export function liveStoreCode(fallback: string): string {
  return `const live = globalThis[Symbol.for(${JSON.stringify(LIVE.description)})];\nexport default live ? live._collections : ${fallback};\n`;
}

/**
 * Keeps the store Astro opens (`MutableDataStore.fromFile`) where the data
 * store's module finds it, and calls the function given to `onStoreChange` a
 * moment after each burst of changes to it; true when it could.
 */
export async function followLiveStore(): Promise<boolean> {
  const type = (await dataStoreClass()) as ({ fromFile?: (file: unknown) => Promise<Store>; prototype: Record<string, unknown> } & Record<symbol, unknown>) | undefined;
  if (!type || typeof type.fromFile !== 'function') return false;
  if (type[PATCHED]) return true;
  const open = type.fromFile;
  type.fromFile = async function (this: unknown, file: unknown) {
    const store = await open.call(this, file);
    (globalThis as Record<symbol, unknown>)[LIVE] = store;
    return store;
  };
  for (const name of ['set', 'delete', 'clear', 'clearAll']) {
    const change = type.prototype[name];
    if (typeof change !== 'function') continue;
    type.prototype[name] = function (this: Store, ...args: unknown[]) {
      const result = change.apply(this, args);
      if ((globalThis as Record<symbol, unknown>)[LIVE] === this) told();
      return result;
    };
  }
  const write = type.prototype.writeToDisk;
  if (typeof write === 'function') {
    let waiting: Promise<void> | undefined;
    type.prototype.writeToDisk = function (this: Store) {
      if ((globalThis as Record<symbol, unknown>)[LIVE] !== this) return write.call(this);
      // One wait shared by every save asked for meanwhile; a change during it pushes the save back.
      waiting ??= (async () => {
        for (let left = lastChange + QUIET_MS - Date.now(); left > 0; left = lastChange + QUIET_MS - Date.now()) await new Promise((resolve) => setTimeout(resolve, left));
        waiting = undefined;
        return write.call(this);
      })();
      return waiting;
    };
  }
  type[PATCHED] = true;
  return true;
}

/** Who is told of the live store's changes: the dev server, once it runs. */
export function onStoreChange(callback: Changed): void {
  changed = callback;
}

function told(): void {
  lastChange = Date.now();
  clearTimeout(timer);
  timer = setTimeout(() => changed?.(), SETTLE_MS).unref();
}
