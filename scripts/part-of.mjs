// @ts-check
/**
 * Which part of a split build a page belongs to (see src/site/shard.ts, which
 * re-exports these): here in plain JavaScript so that scripts/build.mjs can
 * split the content store by the same rule without any devDependency.
 */

/**
 * The part (1…count) a page belongs to: FNV-1a of its key, so stable across
 * machines, Node versions and runs (unlike anything keyed on order or time).
 *
 * @param {string} key
 * @param {number} count
 */
export function partOf(key, count) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}

/**
 * The key of one path of `route`: the route and its params, in the order the route names them.
 *
 * @param {string} route
 * @param {Record<string, string | number | undefined>} params
 */
export function pathKey(route, params) {
  return [route, ...Object.values(params).map((value) => String(value ?? ''))].join('/');
}
