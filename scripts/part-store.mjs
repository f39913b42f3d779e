// @ts-check
/**
 * How a part of a split build gets its content store (scripts/split-build.mjs):
 * it starts before the build's one `astro sync` has made the store, skips the
 * content loaders (src/loaders/held-glob.ts), and its store module waits
 * until the build has placed the store and marked it ready
 * (src/integrations/data-store.ts). Plain JavaScript, for the build script.
 */

/** The variable, and its value, a split build sets on each of its parts. */
const VARIABLE = 'SIASA_STORE';
const READY = 'ready';

/** The environment a part runs with. */
export const PART_STORE_ENV = { [VARIABLE]: READY };

/**
 * Whether this process is such a part.
 *
 * @param {NodeJS.ProcessEnv} env
 */
export function storeComesLater(env) {
  return env[VARIABLE] === READY;
}

/**
 * Drops the variable: only a split build may set it, since a process that has
 * it waits for a store no one else will place.
 *
 * @param {NodeJS.ProcessEnv} env
 */
export function forgetPartStore(env) {
  delete env[VARIABLE];
}

/**
 * The file whose presence says the store at `file` is whole.
 *
 * @param {string} file
 */
export function readyMark(file) {
  return `${file}.ready`;
}
