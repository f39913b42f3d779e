// @ts-check
/**
 * The V8 flags every Node process of a build runs with (scripts/run-guarded.mjs),
 * and the dev server and benchmarks too, so that they measure what a build does.
 *
 * - `--max-semi-space-size=64`: a young generation four times Node's default.
 *   Generating pages keeps thousands of short-lived objects alive across
 *   awaits, and with the default most of them were copied at every scavenge:
 *   at 10,000 articles, a minute of scavenges in one build against under twenty
 *   seconds with this (`--trace-gc`).
 * - `--heap-growing-percent=50`: V8 runs its next full collection when the old
 *   generation reaches 1.5 times what the last one left live, where it
 *   otherwise lets it reach up to four times. The ingest's resolve stage
 *   promotes gigabytes of short-lived garbage at 100,000 articles without a
 *   single full collection, so the process grew to the heap's limit (peak RSS
 *   4.3 GB) with 1.5 GB live. This bounds the heap by what is live; it is no
 *   heap limit, and a build that needs more memory still gets it.
 *
 * A flag the caller's arguments or NODE_OPTIONS already set is left to them.
 */
export const V8_FLAGS = ['--max-semi-space-size=64', '--heap-growing-percent=50'];

/**
 * `args` with the build's V8 flags before them, but those the arguments or
 * NODE_OPTIONS choose.
 *
 * @param {readonly string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {string[]}
 */
export function withV8Flags(args, env) {
  const chosen = [...args, env.NODE_OPTIONS ?? ''];
  const missing = V8_FLAGS.filter((flag) => !chosen.some((arg) => arg.includes(flag.slice(0, flag.indexOf('=')))));
  return [...missing, ...args];
}
