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
import { flatStringifyPaced } from './flat-json';
import { dataStoreClass } from './store-writes';

/** Where the store Astro's content layer opened is kept, for the data store's module (see `liveStoreCode`). */
const LIVE = Symbol.for('siasa.live-data-store');
const PATCHED = Symbol.for('siasa.live-data-store-patched');

/** How long after the store's last change the pages are told: a sync's entries come in a burst. */
const SETTLE_MS = 50;

/**
 * How long the store must have been left alone before it is saved. Nothing
 * waits for the save now, and it costs the thread seconds (the store serialised
 * whole): half a second after the last change, Astro's own delay, it fell in the
 * middle of the first page made from the new entries, whose new profile then
 * waited for it (a CPU profile, 10,000 articles). Three seconds on, it fell in
 * the next save's ingest (an editor's, or `npm run bench:dev`'s next run): made
 * in one go, the text held the thread 2.3-2.7 s, and its garbage and the pages'
 * data made again after Astro saw the file doubled the ingest's time. So the
 * text is made a few milliseconds at a time, and given up whenever the store
 * changes or a seed does (`holdStoreSave`); and the file's change is not
 * watched (src/integrations/data-store.ts).
 */
const QUIET_MS = 3000;

interface Store {
  _collections: Map<string, Map<string, unknown>>;
  [CHANGES]?: StoreChanges;
}

/**
 * What changed in the live store, kept on the store for the pages' data
 * (src/site/live-entries.ts): a version counted up by every change, each
 * entry's last change and each collection's last clear (`*`: all of them).
 */
export interface StoreChanges {
  version: number;
  entries: Map<string, Map<string, number>>;
  cleared: Map<string, number>;
}
const CHANGES = Symbol.for('siasa.live-data-store-changes');

type Changed = () => void;
/**
 * Who is told of changes, when the last one was, and how many hold the save: on
 * globalThis, as the store is, since the patches made by the first copy of this
 * module stay when `astro dev` restarts and loads its integrations again.
 */
const state = ((globalThis as Record<symbol, unknown>)[Symbol.for('siasa.live-data-store-state')] ??= {
  changed: undefined,
  timer: undefined,
  lastChange: 0,
  holds: 0,
}) as { changed?: Changed; timer?: NodeJS.Timeout; lastChange: number; holds: number };

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
      if ((globalThis as Record<symbol, unknown>)[LIVE] === this) {
        note(this, name, args);
        told();
      }
      return result;
    };
  }
  const write = type.prototype.writeToDisk;
  const text = type.prototype.toString;
  if (typeof write === 'function' && typeof text === 'function') {
    let waiting: Promise<void> | undefined;
    // The text made ahead for the save, and the store's version it is of: Astro's save asks for it by `toString`.
    let made: { text: string; version: number } | undefined;
    type.prototype.toString = function (this: Store) {
      const ready = (globalThis as Record<symbol, unknown>)[LIVE] === this && made?.version === versionOf(this) ? made.text : undefined;
      made = undefined;
      return ready ?? text.call(this);
    };
    type.prototype.writeToDisk = function (this: Store) {
      if ((globalThis as Record<symbol, unknown>)[LIVE] !== this) return write.call(this);
      // One wait shared by every save asked for meanwhile; a change or an ingest during it pushes the save back.
      waiting ??= (async () => {
        for (;;) {
          await quiet();
          const version = versionOf(this);
          const paced = await flatStringifyPaced(this._collections, () => new Promise((resolve) => setImmediate(() => resolve(versionOf(this) === version && state.holds === 0))));
          if (paced === null) continue;
          if (paced !== undefined) made = { text: paced, version };
          // Cleared as the write starts, not as it ends: a save asked for during the write waits
          // its own quiet time, and then its write is queued behind this one (store-writes.ts).
          waiting = undefined;
          return write.call(this);
        }
      })();
      return waiting;
    };
  }
  type[PATCHED] = true;
  return true;
}

/** Who is told of the live store's changes: the dev server, once it runs. */
export function onStoreChange(callback: Changed): void {
  state.changed = callback;
}

/**
 * Puts the store's save off until `release` is called (and the store then left
 * alone for a while): the dev server holds it from a seed's change to the end of
 * its ingest, which the save would otherwise share the thread with.
 */
export function holdStoreSave(): () => void {
  state.holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    state.holds--;
    state.lastChange = Date.now();
  };
}

/** Until the store has been left alone for QUIET_MS, and no one holds its save. */
async function quiet(): Promise<void> {
  for (let left = state.lastChange + QUIET_MS - Date.now(); left > 0 || state.holds > 0; left = state.lastChange + QUIET_MS - Date.now()) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(left, 100)));
  }
}

function note(store: Store, change: string, [collection, key]: unknown[]): void {
  const changes = (store[CHANGES] ??= { version: 0, entries: new Map(), cleared: new Map() });
  const version = ++changes.version;
  if (change === 'set' || change === 'delete') {
    const entries = changes.entries.get(String(collection)) ?? new Map<string, number>();
    changes.entries.set(String(collection), entries.set(String(key), version));
  } else {
    changes.cleared.set(change === 'clear' ? String(collection) : '*', version);
  }
}

function versionOf(store: Store): number {
  return store[CHANGES]?.version ?? 0;
}

function told(): void {
  state.lastChange = Date.now();
  clearTimeout(state.timer);
  state.timer = setTimeout(() => state.changed?.(), SETTLE_MS).unref();
}
