/**
 * Comparable forms of names: case, diacritics, apostrophes and hyphens folded,
 * so that "Ng’ang’a", "Nganga" and "NG'ANG'A" compare equal.
 */
import { NAME_SUFFIXES } from '../extract/lexicon';

/** A name's comparable words: "Mutula Kilonzo Jnr" → ["mutula", "kilonzo", "jnr"]. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[\s\-–—.]+/)
    .filter(Boolean);
}

/** One comparable key for a whole name. */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** The words that identify a person: the name without a suffix like "Jnr". */
export function coreWords(name: string): string[] {
  const words = nameWords(name);
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words;
}

/** True when `part` stands, in order and without gaps, inside `whole`. */
export function isRunOf(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((word, index) => whole[start + index] === word)) return true;
  }
  return false;
}

/** Levenshtein distance, stopping early past `limit`: enough to see a one-letter slip. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}
