/**
 * Facts made from an extraction's cues (a quote, a coalition statement) as
 * one object per cue: an unchanged article's cues are the same objects from
 * one resolve to the next, so its facts are too, and the records memo knows
 * an unchanged fact by its object. Facts are never changed once made.
 */
const made = new WeakMap<object, object>();

/** The fact last made from `cue`, while it `fits` what this resolve would make; else a new one. */
export function factFor<T extends object>(cue: object, fits: (fact: T) => boolean, make: () => T): T {
  const known = made.get(cue) as T | undefined;
  if (known && fits(known)) return known;
  const fact = make();
  made.set(cue, fact);
  return fact;
}
