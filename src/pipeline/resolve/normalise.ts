/**
 * Comparable forms of names: case, diacritics, apostrophes and hyphens folded,
 * so that "Ng’ang’a", "Nganga" and "NG'ANG'A" compare equal.
 */
import { NAME_SUFFIXES } from '../extract/lexicon';

/** Marks folded out of accented letters. (Built once: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.) */
const MARKS = /\p{M}/gu;

// Resolution compares the same few thousand names again and again: fold each once.
const folded = new Map<string, readonly string[]>();

/** A name's comparable words: "Mutula Kilonzo Jnr" → ["mutula", "kilonzo", "jnr"]. Do not mutate the result. */
export function nameWords(name: string): readonly string[] {
  let words = folded.get(name);
  if (!words) {
    words = name
      .normalize('NFKD')
      .replace(MARKS, '')
      .toLowerCase()
      .replace(/['’‘`´]/g, '')
      .split(/[\s\-–—.]+/)
      .filter(Boolean);
    if (folded.size > 200_000) folded.clear();
    folded.set(name, words);
  }
  return words;
}

/** One comparable key for a whole name. */
export function nameKey(name: string): string {
  // Asked tens of thousands of times a run (slugs, joins, the editorial file) of the same names: joined once each.
  let key = keys.get(name);
  if (key === undefined) {
    key = nameWords(name).join(' ');
    if (keys.size > 200_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

const keys = new Map<string, string>();

/** The words that identify a person: the name without a suffix like "Jnr". */
export function coreWords(name: string): string[] {
  const words = [...nameWords(name)];
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words;
}

/**
 * The words that identify a person, for telling people apart: like
 * `nameWords`, but a hyphenated surname stays one word ("Rwigi-Mogaka" is not
 * "Rwigi"), and a suffix stays ("Ombui Jnr" is the son, not his father).
 */
export function personWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map((word) => nameWords(word).join('-'))
    .filter(Boolean);
}

/** True when `long` is `short` with a suffix: "Erastus Ombui Jnr" and "Erastus Ombui", two people. */
export function isSuffixVariant(short: readonly string[], long: readonly string[]): boolean {
  return long.length === short.length + 1 && NAME_SUFFIXES.has(long[long.length - 1] as string) && short.every((word, index) => long[index] === word);
}

/** True when `part` stands, in order and without gaps, inside `whole`. */
export function isRunOf(part: readonly string[], whole: readonly string[]): boolean {
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

const FEMALE_HONORIFIC = /^(?:ms|mrs|miss|madam|mama|lady|dame)$/i;
const MALE_HONORIFIC = /^(?:mr|sir|mzee|baba)$/i;

/** The sex an honorific states: "Mr" male, "Ms" or "Mrs" female; none for "Dr" or "Hon". */
export function honorificSex(honorific: string | undefined): 'f' | 'm' | undefined {
  if (FEMALE_HONORIFIC.test(honorific ?? '')) return 'f';
  return MALE_HONORIFIC.test(honorific ?? '') ? 'm' : undefined;
}
