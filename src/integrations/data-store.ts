/**
 * Ships Astro's data store into the server bundle as one JSON string instead
 * of one JavaScript literal per value.
 *
 * Astro turns `data-store.json` (devalue's flat array: one element per string,
 * number and object of every entry) into `export default [...]`, and Rollup
 * then parses, analyses and prints hundreds of thousands of literals: the
 * longest part of the bundle step, and its largest memory, on a big archive.
 * `JSON.parse("…")` is a single string token for Rollup and is also what V8
 * reads fastest when the pages load the store. Astro's loader accepts the
 * parsed array as it is (`devalue.unflatten`), so nothing else changes.
 *
 * The module id is Astro's own (`astro:data-layer-content`, resolved with a
 * `\0`); should a later Astro rename it, this plugin matches nothing and the
 * build falls back to Astro's literal, slower but the same site.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** Where `astro build` keeps the store: its cache folder (`astro dev` uses `.astro/` and needs no help). */
const DATA_STORE_FILE = 'data-store.json';

export default function dataStoreIntegration(): AstroIntegration {
  return {
    name: 'siasa:data-store',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({ vite: { plugins: [dataStoreAsJson(file)] } });
      },
    },
  };
}

/** The Vite plugin: replaces the store module's code, after Astro's own plugin made it. */
export function dataStoreAsJson(file: string): Plugin {
  return {
    name: 'siasa:data-store-as-json',
    async transform(_code, id) {
      if (id !== DATA_STORE_MODULE) return undefined;
      const json = await readFile(file, 'utf8').catch(() => undefined);
      // No store on disk: Astro's own code (an empty Map) stands.
      if (json === undefined) return undefined;
      return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: { mappings: '' } };
    },
  };
}
