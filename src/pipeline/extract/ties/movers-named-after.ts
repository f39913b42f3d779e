/**
 * A move told first and its movers listed after it: "Among those who crossed
 * over from UDA to the TDF were A, B and C", "Those who ditched ODM for UDA
 * included A and B". Each listed name left the first party and joined the one
 * moved to.
 */
import type { Mention } from '../../types';
import type { WordGate } from '../../text/word-gates';
import type { SentenceView } from '../sentence-view';
import { tieOf } from '../tie-facts';
import { TO_NEXT } from './tie-patterns';

/** Gate: "those" of MOVERS_OPEN. */
export const THOSE: WordGate = ['those'];

/** Reads the sentence's list of movers named after their move; mutates the listed people's `ties`. */
export function readMoversNamedAfter(view: SentenceView): void {
  if (!view.hasAny(THOSE)) return;
  const first = view.parties[0];
  if (!first || !view.alone(first)) return;
  const opening = MOVERS_OPEN.exec(view.before(first));
  if (!opening) return;
  const left = opening[1] !== undefined ? first : undefined;
  const next = view.partyAfter(first);
  // ("crossed over from UDA to the TDF", "ditched ODM for UDA"; "defected to UDA": the party joined comes first.)
  const joined = left ? (next && view.alone(next.then) && TO_NEXT.test(next.between) ? next.then : undefined) : first;
  const last = left && joined ? joined : first;
  const movers = namedAfter(view, last);
  for (const mover of movers) {
    if (left) tieOf(mover, left.name, 'left');
    if (joined) tieOf(mover, joined.name, 'joined');
  }
}

/** The people listed right after the move's last party and "were" or "included": none unless the list starts there. */
function namedAfter(view: SentenceView, party: Mention): Mention[] {
  // (A place word in a title, "Matisi ward rep X", is no one of the list: the full names are.)
  const people = view.people.filter((one) => one.kind === 'person' && view.at(one) > view.at(party));
  const head = people[0];
  if (!head || !LIST_STARTS.test(view.gap(party, head))) return [];
  const listed = [head];
  for (const person of people.slice(1)) {
    if (!LISTED.test(view.gap(listed.at(-1) as Mention, person))) break;
    listed.push(person);
  }
  return listed;
}

/**
 * "Among those who crossed over from the ", "Those who have since defected to ": the sentence opens on the movers, the
 * verb right after "who" (not "who did not"). Group 1: a verb of leaving, its party the one left.
 */
const MOVERS_OPEN = /^(?:Among\s+)?[Tt]hose\s+who\s+(?:(?:have|had)\s+)?(?:since\s+|also\s+|formally\s+|officially\s+)?(?:((?:crossed\s+over|crossed|decamped|defected|switched|moved)\s+from|ditched|quit|left|dumped|deserted)|(?:joined|(?:crossed\s+over|crossed|decamped|defected|switched|moved)\s+to))\s+(?:the\s+)?$/;

/** Between the last party and the first name: the verb that lists them, and the first name's title. */
// (Built once: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const LIST_STARTS = /^(?:\s*\([^()]{1,12}\))?(?:\s+(?:on|in|last)\s+[\p{L}\d]+(?:\s+\d{1,2})?)?\s+(?:were|are|was|included|include|includes)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|ward|reps?|nominated|former|area|deputy)\s+){0,5}$/u;

/** Between two names of the list: a comma or "and", and the next name's title (capitalised, or a ward rep's). */
const LISTED = /^\s*(?:,|,?\s+and)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|ward|reps?|nominated|former|area|deputy)\s+){0,5}$/u;
