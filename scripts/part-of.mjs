// @ts-check
/**
 * Which part of a split build a page belongs to, and how "I/N" is read (see
 * src/site/shard.ts, which re-exports these): here in plain JavaScript so that
 * scripts/build.mjs follows the same rules without any devDependency.
 */

/**
 * "2/4" → { index: 2, count: 4 }; undefined for anything but I/N with 1 ≤ I ≤ N.
 *
 * @param {string} text
 * @returns {{ index: number, count: number } | undefined}
 */
export function readPart(text) {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  return match && count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

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
