/**
 * Moves told in an apposition's who-clause: "X, a former Deputy Inspector
 * General of Police who joined Jubilee last year", "X, a one-time Rwathia MCA
 * who defected from UDA to the KUP", "X, a former Jubilee MP who decamped to
 * UDA" (the seat's party left).
 */
import type { Mention } from '../../types';
import type { SentenceView } from '../sentence-view';
import { tieOf } from '../tie-facts';
import type { PartyAfter } from '../ties/tie-movements';
import { APPOSITION_WHO_JOINED, APPOSITION_WHO_LEFT, TO_NEXT } from '../ties/tie-patterns';

/** "X, a former Deputy Inspector General of Police who joined Jubilee last year": the apposition's "who" is X. */
/** An apposition that names someone else before its "who" ("an aide to a senator who …", "a relative of the MP who …"). */
const ANOTHERS = /\b(?:to|for|with)\s|\bof\s+(?:the\s+|an?\s+|his\s+|her\s+)?[a-z]/;

/** Reads the move of an apposition that is the person's own; mutates their `ties`. */
export function joinedInApposition(view: SentenceView, person: Mention, { party, direct, clear }: PartyAfter): void {
  // (The apposition is the person's own: "an aide to a senator who defected …" is the senator's move.)
  if (ANOTHERS.test(direct.slice(0, direct.lastIndexOf(' who ')))) return;
  // ("who defected to ODM's rival": the party's possessive names where the move went, not the party.)
  if (clear && APPOSITION_WHO_JOINED.test(direct) && !/^['’]s?\s/.test(view.after(party))) {
    tieOf(person, party.name, 'joined');
    leftInApposition(view, person, party, direct);
  }
  // ("X, a one-time Rwathia MCA who defected from UDA to the KUP in October,": left the first, joined the one after "to".)
  if (clear && APPOSITION_WHO_LEFT.test(direct) && view.alone(party)) {
    tieOf(person, party.name, 'left');
    const next = view.partyAfter(party);
    if (next && TO_NEXT.test(next.between) && view.alone(next.then)) tieOf(person, next.then.name, 'joined');
  }
}

/**
 * "X, a former Jubilee MP who decamped to UDA,": the party the apposition's seat was held in is the one left, no
 * membership held now (only after a verb of moving: "a Jubilee MCA who joined the UDA campaign" leaves nothing said).
 */
function leftInApposition(view: SentenceView, person: Mention, joined: Mention, direct: string): void {
  if (!MOVED_TO.test(direct)) return;
  const own = view.parties.filter((one) => view.at(one) > view.end(person) && view.at(one) < view.at(joined));
  const party = new Set(own.map((one) => one.name)).size === 1 ? own[own.length - 1] as Mention : undefined;
  if (!party || party.name === joined.name || !SEAT_AFTER.test(view.after(party))) return;
  const names = [party.name, party.surface, party.acronym];
  person.ties = (person.ties ?? []).filter((tie) => !(tie.relation === 'member' && names.includes(tie.party)));
  tieOf(person, party.name, 'left');
}

/** " MP", " MCA": the apposition's seat, right after its party. */
const SEAT_AFTER = /^\s+(?:MP|MCA|Senator|Governor|Woman\s+Rep(?:resentative)?|legislator|lawmaker)\b/;
/** " who (has since) decamped|defected|switched|crossed over|jumped ship to ": a move, not any joining. */
const MOVED_TO = /\swho\s+(?:[a-z]+\s+){0,2}?(?:decamped|defected|switched|crossed\s+over|jumped\s+ship)\s+to\s+(?:the\s+)?$/;
