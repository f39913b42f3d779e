/**
 * Astro's glob loader, with what it writes into the data store held back until
 * every collection of the sync has read its files, then applied in one burst.
 *
 * Astro's data store saves itself to disk half a second after its last change.
 * Syncing a large archive has longer pauses than that (a major GC on a heap of
 * gigabytes, a busy machine), and at each one the whole store was serialised
 * and written again: devalue over millions of values, seconds a time, whose
 * garbage made the next pause. At 10,000 articles on a loaded machine, 80 s of
 * a 200 s sync went to such writes (a CPU profile). Held back, the changes
 * land together and the store is written once, when the sync ends.
 *
 * Only the timing changes: the loader reads, compares digests and validates as
 * Astro's own does, and after its first load (the dev server's watcher) its
 * changes go straight to the store.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { storeComesLater } from '../../scripts/part-store.mjs';

type DataStore = LoaderContext['store'];

/**
 * The loads of one sync: Astro starts every collection's load before any of
 * them has read a file, so they are counted in before the first one finishes.
 * Should one start later, it opens a round of its own: the same content, one
 * more write.
 */
interface Round {
  reading: number;
  held: (() => void)[];
}

let round: Round | undefined;


/** `glob()` with the same options, its store changes held until the sync's reading is done. */
export function heldGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'siasa-held-glob',
    load: async (context) => {
      // A part of a split build (scripts/part-store.mjs) is given the store the build's one sync made
      // from the same content/: reading every file again only to find each digest unchanged took
      // each part 15-19 s at 10,000 articles, both parts at once.
      if (storeComesLater(process.env)) return;
      const mine = (round ??= { reading: 0, held: [] });
      mine.reading++;
      let holding = true;
      const store = new Proxy(context.store, {
        get(target, property, receiver) {
          if (holding && (property === 'set' || property === 'delete')) {
            return (...args: unknown[]) => {
              mine.held.push(() => (target[property] as (...args: unknown[]) => unknown)(...args));
              return true;
            };
          }
          return Reflect.get(target, property, receiver);
        },
      }) satisfies DataStore;
      try {
        await inner.load({ ...context, store });
      } finally {
        holding = false;
        mine.reading--;
        if (mine.reading === 0) {
          if (round === mine) round = undefined;
          // One synchronous burst: no pause for the store's timer to save a half-synced store in.
          for (const apply of mine.held.splice(0)) apply();
        }
      }
    },
  };
}
