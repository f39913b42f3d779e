/**
 * Keeps Astro's data store out of the server bundle: the bundle reads it from
 * the cache folder when the pages are generated; and queues the store's saves
 * (src/integrations/store-writes.ts), which Astro 5 can lose.
 *
 * Astro turns `data-store.json` (devalue's flat array: one element per string,
 * number and object of every entry) into `export default [...]`, and Rollup
 * then parses, analyses and prints hundreds of thousands of literals: the
 * longest part of the bundle step, and its largest memory, on a big archive.
 * Even as one string literal, V8 spent seconds compiling the 40 MB module of
 * a 10,000-article archive. The bundle of a static build only ever runs in
 * this build, beside the file, so reading the file with `JSON.parse` is the
 * cheapest way for every step. The module turns the parsed list into Astro's
 * Map itself, with the devalue Astro depends on, and exports the Map, which
 * Astro's loader takes as it is: were it to export the list, as Astro's own
 * module does, the list would stay alive beside the Map for the whole build
 * (a second copy of every entry's objects; 20 of the 70 MB the store takes in
 * the heap at 10,000 articles).
 *
 * The module id is Astro's own (`astro:data-layer-content`, resolved with a
 * `\0`); should a later Astro rename it, this plugin matches nothing and the
 * build falls back to Astro's literal, slower but the same site.
 */
import type { AstroIntegration } from 'astro';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { readyMark, storeComesLater } from '../../scripts/part-store.mjs';
import { followLiveStore, liveStoreCode, onStoreChange } from './live-store';
import { patchStoreWrites } from './store-writes';

const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The store's file: in the cache folder for `astro build`, in `.astro/` for `astro dev`. */
const DATA_STORE_FILE = 'data-store.json';

export default function dataStoreIntegration(): AstroIntegration {
  let file = '';
  let live = false;
  return {
    name: 'siasa:data-store',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        await patchStoreWrites();
        // `astro dev` keeps its store in `.astro/`, and reloads the module after every change:
        // as code, 10,000 articles took it tens of seconds each time.
        const folder = command === 'dev' ? new URL('.astro/', config.root) : config.cacheDir;
        file = fileURLToPath(new URL(DATA_STORE_FILE, folder));
        // Its pages run beside the content layer: they read the store it holds (src/integrations/live-store.ts).
        live = command === 'dev' && (await followLiveStore());
        // A part of a split build starts before the build's sync has made its store (scripts/split-build.mjs).
        const later = command === 'build' && storeComesLater(process.env);
        // The live store's changes are told as they happen (see below); the file's, when the save
        // writes it seconds later, would make the store's module, and the pages' data with it, again.
        const watch = live ? { server: { watch: { ignored: [(changed: string) => path.resolve(changed) === file] } } } : {};
        updateConfig({ vite: { plugins: [dataStoreAsJson(file, { later, live })], ...watch } });
      },
      'astro:server:setup': ({ server }) => {
        // Told as Astro tells itself when the store's file changes: the store's module and the
        // routes' paths are made again, and the open pages reloaded.
        if (live) onStoreChange(() => server.watcher.emit('change', file));
      },
    },
  };
}

/** Astro's plugin that makes the store module, by its name in Astro 5. */
const ASTRO_CONTENT_PLUGIN = 'astro-content-virtual-mod-plugin';

/**
 * The Vite plugin: replaces the store module's code after Astro's own plugin
 * made it. Astro's plugin runs first and would still parse the whole store
 * and print it as code (seconds on a large archive) only for it to be thrown
 * away, so its `load` is told to leave this one module to us; should that
 * plugin not be found, the transform alone still does the job.
 */
export function dataStoreAsJson(file: string, { later = false, live = false }: { later?: boolean; live?: boolean } = {}): Plugin {
  const parse = `unflatten(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')))`;
  const read = live ? liveStoreCode(parse) : `export default ${parse};\n`;
  const devalue = `import { unflatten } from ${JSON.stringify(astroDevalue())};\n`;
  // `later`: the store is placed beside the file's name after this bundle is made, and marked ready when whole;
  // the module waits for the mark before its first page reads it.
  const code = later
    ? `import { existsSync, readFileSync } from 'node:fs';\nimport { setTimeout } from 'node:timers/promises';\n${devalue}while (!existsSync(${JSON.stringify(readyMark(file))})) await setTimeout(100);\n${read}`
    : `import { readFileSync } from 'node:fs';\n${devalue}${read}`;
  const exists = () => (later ? Promise.resolve(true) : access(file).then(() => true, () => false));
  return {
    name: 'siasa:data-store-as-json',
    configResolved(config) {
      const astro = config.plugins.find((plugin) => plugin.name === ASTRO_CONTENT_PLUGIN);
      const load = astro?.load;
      if (!astro || typeof load !== 'function') return;
      (astro as { load: typeof load }).load = async function (this: ThisParameterType<typeof load>, id, ...rest) {
        if (id === DATA_STORE_MODULE && (await exists())) return { code, map: { mappings: '' } };
        return load.call(this, id, ...rest);
      };
    },
    async transform(_code, id) {
      if (id !== DATA_STORE_MODULE) return undefined;
      // No store on disk: Astro's own code (an empty Map) stands.
      if (!(await exists())) return undefined;
      return { code, map: { mappings: '' } };
    },
  };
}

/** The file of the devalue Astro itself reads its store with, by path: it is Astro's dependency, not ours. */
function astroDevalue(): string {
  const astro = createRequire(import.meta.url).resolve('astro/package.json');
  return createRequire(astro).resolve('devalue');
}
