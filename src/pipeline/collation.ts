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
  /** Whether each sorted text collates equal to the one before it. */
  #sameAsBefore: boolean[] = [];
  #rank = new Map<string, number>();

  /** A rank for each of `texts` (and for every text ranked before). */
  ranks(texts: Iterable<string>): ReadonlyMap<string, number> {
    const fresh = new Set<string>();
    for (const text of texts) if (!this.#rank.has(text)) fresh.add(text);
    if (fresh.size === 0) return this.#rank;
    const added = [...fresh].sort(byLocale);
    // A save that names someone new brings a name or two: each goes in by halving, not by collating the whole list again.
    if (added.length <= FEW) for (const text of added) this.#insert(text);
    else {
      this.#sorted = merge(this.#sorted, added);
      this.#sameAsBefore = this.#sorted.map((text, index) => index > 0 && byLocale(this.#sorted[index - 1] as string, text) === 0);
    }
    const rank = new Map<string, number>();
    this.#sorted.forEach((text, index) => {
      rank.set(text, this.#sameAsBefore[index] ? (rank.get(this.#sorted[index - 1] as string) as number) : index);
    });
    this.#rank = rank;
    return rank;
  }

  /** Puts one text after every text that collates before or equal to it, as `merge` would. */
  #insert(text: string): void {
    const sorted = this.#sorted;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byLocale(sorted[middle] as string, text) <= 0) low = middle + 1;
      else high = middle;
    }
    sorted.splice(low, 0, text);
    this.#sameAsBefore.splice(low, 0, low > 0 && byLocale(sorted[low - 1] as string, text) === 0);
    if (low + 1 < sorted.length) this.#sameAsBefore[low + 1] = byLocale(text, sorted[low + 1] as string) === 0;
  }
}

/** Up to this many new texts are put in one by one. */
const FEW = 16;

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
