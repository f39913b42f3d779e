/**
 * The order names and sources are sorted in: the collator's (localeCompare's
 * order), the one every list of the site follows. Collating is the slow part
 * of sorting tens of thousands of them, so texts are ranked once and then
 * compared by rank.
 */

export const byLocale = new Intl.Collator().compare;

/**
 * Ranks texts in the collator's order, equal texts sharing a rank; it keeps
 * what it has ranked, so that a process ranking nearly the same texts again
 * (the dev server resolves the whole corpus on every save) collates only the
 * new ones. A rank says only how a text compares with the others: ranks from
 * a larger set order any of its subsets as ranks of that subset would.
 */
export class Collation {
  #sorted: string[] = [];
  #rank = new Map<string, number>();

  /** A rank for each of `texts` (and for every text ranked before). */
  ranks(texts: Iterable<string>): ReadonlyMap<string, number> {
    const fresh = new Set<string>();
    for (const text of texts) if (!this.#rank.has(text)) fresh.add(text);
    if (fresh.size === 0) return this.#rank;
    this.#sorted = merge(this.#sorted, [...fresh].sort(byLocale));
    const rank = new Map<string, number>();
    this.#sorted.forEach((text, index) => {
      const before = this.#sorted[index - 1];
      rank.set(text, before !== undefined && byLocale(before, text) === 0 ? (rank.get(before) as number) : index);
    });
    this.#rank = rank;
    return rank;
  }
}

/** Two sorted lists as one. */
function merge(a: string[], b: string[]): string[] {
  if (a.length === 0) return b;
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(byLocale(a[i] as string, b[j] as string) <= 0 ? (a[i++] as string) : (b[j++] as string));
  while (i < a.length) merged.push(a[i++] as string);
  while (j < b.length) merged.push(b[j++] as string);
  return merged;
}
