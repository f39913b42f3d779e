/**
 * The chair of a committee, written before the name it belongs to: "The
 * chairman of the Departmental Committee on Justice and Legal Affairs, Kibwezi
 * West MP X, said …". A role, never a party tie.
 */
import type { Mention } from '../types';
import { readRole } from './roles';
import type { SentenceView } from './sentence-view';
import { addRole } from './tie-facts';

/** "The chairman of the <Committee>, [title words] X": the office, then the body, then the name after a comma. */
const CHAIR_OF = /\b[Tt]he\s+((?:vice-|deputy\s+)?chair(?:man|person|woman)?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:on|of|and|for|the)\s+)*\p{Lu}[\p{L}'’-]*)*)\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;

/** Gives the person the chair of the committee written before them; mutates `role` or `roles`. */
export function committeeChair(view: SentenceView, person: Mention): void {
  const chair = CHAIR_OF.exec(view.before(person));
  if (!chair || !/\b(?:Committee|Caucus)\b/.test(chair[2] as string)) return;
  const role = readRole(chair[1] as string, chair[2] as string);
  if (role) addRole(person, role);
}
