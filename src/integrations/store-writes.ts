/**
 * How Astro's data store is saved: queued, and serialised quickly.
 *
 * Astro 5.18's data store can lose a save. When a debounced save starts while
 * the one before is still writing (seconds, for the store of a large archive),
 * the second save's data is set aside and the first's written again, and the
 * store counts itself saved: the later entries reach the file only with the
 * next change (withastro/astro#15672; Astro's later fix queues `writeToDisk`).
 * `astro dev`'s pages read the store from that file, so a person the ingest
 * had just added could keep answering 404: 4 saves in 26 at 10,000 articles
 * (`npm run bench:dev`, on a busy machine), the person's file written and
 * reloaded, the store on disk without it.
 *
 * This queues the saves as Astro's fix does: a save asked for while one is
 * writing runs after it, and writes the store as it is then. It also
 * serialises the store with `flatStringify` (src/integrations/flat-json.ts),
 * devalue's bytes in about a third of the time, for a save made once per build
 * and on every change in the dev server. Should a later Astro move or rename
 * the class, nothing is patched and Astro's own saving stands.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { flatStringify } from './flat-json';

interface SavingStore {
  writeToDisk(): Promise<void>;
  toString(): string;
  /** The store's collections, which `toString` serialises. */
  _collections?: unknown;
}

const QUEUED = Symbol.for('siasa.queued-store-writes');
const FLAT = Symbol.for('siasa.flat-store');

/** Makes `MutableDataStore`'s saves queue and serialise faster; true when it did (or had). */
export async function patchStoreWrites(): Promise<boolean> {
  const prototype = ((await dataStoreClass()) as { prototype: SavingStore } | undefined)?.prototype;
  if (!prototype || typeof prototype.writeToDisk !== 'function' || typeof prototype.toString !== 'function') return false;
  queueWrites(prototype);
  serialiseFlat(prototype);
  return true;
}

/** Astro's `MutableDataStore` class, the one its own code uses; undefined when it cannot be found. */
export async function dataStoreClass(): Promise<unknown> {
  const url = dataStoreModule();
  // Elsewhere (a test runner that compiles no function from source, tsx) a plain import is Node's own.
  const module = (await nativeImport(url).catch(() => import(/* @vite-ignore */ url)).catch(() => undefined)) as { MutableDataStore?: unknown } | undefined;
  return module?.MutableDataStore;
}

/** The file URL of Astro's `MutableDataStore` module, which its package does not export by name. */
export function dataStoreModule(): string {
  const astro = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  return pathToFileURL(path.join(astro, 'dist', 'content', 'mutable-data-store.js')).href;
}

/**
 * Node's own `import()`, out of reach of Vite's module runner: Astro runs its
 * config, and these integrations, in that runner, whose `import()` would make
 * a second copy of the module (not the class Astro's own code uses) and is
 * closed by the time the hooks run. A function made from source is not
 * rewritten by Vite.
 */
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/**
 * The queue itself, on a prototype with a `writeToDisk`: a call made while a
 * write runs gets one write after it (shared by every call made meanwhile),
 * and its promise settles when that write is on disk.
 */
function queueWrites(prototype: SavingStore): void {
  const marked = prototype as SavingStore & { [QUEUED]?: true };
  if (marked[QUEUED]) return;
  const write = prototype.writeToDisk;
  const running = new WeakMap<object, Promise<void>>();
  const queued = new WeakMap<object, Promise<void>>();
  prototype.writeToDisk = function (this: SavingStore): Promise<void> {
    const current = running.get(this);
    if (current) {
      let next = queued.get(this);
      if (!next) {
        next = current
          .catch(() => {})
          .then(() => {
            queued.delete(this);
            return this.writeToDisk();
          });
        queued.set(this, next);
      }
      return next;
    }
    const run = write.call(this).finally(() => running.delete(this));
    running.set(this, run);
    return run;
  };
  marked[QUEUED] = true;
}

/** `toString` through `flatStringify`, and devalue's own for what that does not write. */
function serialiseFlat(prototype: SavingStore): void {
  const marked = prototype as SavingStore & { [FLAT]?: true };
  if (marked[FLAT]) return;
  const original = prototype.toString;
  prototype.toString = function (this: SavingStore): string {
    return flatStringify(this._collections) ?? original.call(this);
  };
  marked[FLAT] = true;
}
