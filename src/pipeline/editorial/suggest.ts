/**
 * "Did you mean …?": the known name or key closest to one that matches
 * nothing, so that a typo in the editorial file ("Oburu Ogina", `descripton`)
 * is caught and answered, not just refused.
 */
import { editDistance, nameKey } from '../resolve/normalise';

/**
 * The known name that `name` most likely misspells: a few letters apart
 * (apostrophes, case and accents already folded by `nameKey`), or the same
 * words in another order ("Odinga Raila"). Undefined when none is close.
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const key = nameKey(name);
  const sorted = sortedWords(key);
  // One slip per five letters, at most three: "Ogina" for "Oginga", not "Otieno" for "Omondi".
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 5)));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const other = nameKey(candidate);
    if (other === key) return undefined;
    const distance = sortedWords(other) === sorted ? 0.5 : editDistance(key, other, limit);
    if (distance <= limit && (!best || distance < best.distance || (distance === best.distance && candidate.localeCompare(best.name) < 0))) {
      best = { name: candidate, distance };
    }
  }
  return best?.name;
}

/** The allowed key closest to an unknown one: `descripton` → `description`. */
export function closestKey(key: string, allowed: readonly string[]): string | undefined {
  const folded = key.toLowerCase().replace(/[-\s]/g, '_');
  let best: { key: string; distance: number } | undefined;
  for (const candidate of allowed) {
    // A slip of a letter or two, or the singular of a plural key (`not_entity`).
    const short = Math.min(folded.length, candidate.length);
    const distance = candidate === folded ? 0 : short >= 4 && sharedStart(folded, candidate) >= short - 1 ? 1 : editDistance(folded, candidate, 2);
    if (distance <= 2 && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

function sharedStart(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
}

function sortedWords(key: string): string {
  return key.split(' ').sort().join(' ');
}
