/**
 * How a reader writes a role onto a person mention: as their role if they have
 * none yet, else as one more, unless they already hold it. Whether a role held
 * is "it" depends on what the reader knows of the one it adds, so that is the
 * reader's to say (`same`); the common answers are here.
 */
import type { Mention, RoleCue } from '../types';

/** True when `held`, a role the person already has, is `role` for the reader adding it. */
export type SameRole = (held: RoleCue, role: RoleCue) => boolean;

/** The same title in the same place, whatever the tense: the tie readers' offices, written as the text gives them. */
export const samePlace: SameRole = (held, role) => held.title === role.title && held.organisation === role.organisation;

/**
 * The same title in the same tense, wherever: a reader that dates an office ("served as Governor", "was nominated as
 * CS") adds nothing to one the title itself already dated, written with or without its place. No tense is current.
 */
export const sameTense: SameRole = (held, role) => held.title === role.title && (held.tense ?? 'current') === (role.tense ?? 'current');

/** The same title, place and tense: a seat sought is another fact than the same seat held, here or elsewhere. */
export const samePlaceAndTense: SameRole = (held, role) => samePlace(held, role) && sameTense(held, role);

/** Gives the person `role` (none when the reader read none), unless a role they hold is the same by `same`. */
export function addRole(person: Mention, role: RoleCue | undefined, same: SameRole = samePlace): void {
  if (!role) return;
  if (person.role && same(person.role, role)) return;
  if (person.roles?.some((one) => same(one, role))) return;
  if (!person.role) person.role = role;
  else person.roles = [...(person.roles ?? []), role];
}
