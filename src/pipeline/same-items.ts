/**
 * Whether two lists hold the same items in the same order, each compared with
 * `===`: strings and numbers by value, objects by identity. The memos of a
 * process that ingests again (the dev server) know an unchanged input by the
 * objects the caches hand back, which is far cheaper than serialising it.
 */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
