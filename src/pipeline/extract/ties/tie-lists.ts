/**
 * Ties a sentence states for a list of people at once: a plural title and a
 * party after the list ("Senators X, Y and Z of UDA"), or before it ("two
 * rebel UDA MPs, X and Y"), a party's list of nominees ("UDA's nominees
 * include X, Y and Z"), "X, Y and Z, all of UDA".
 */
import type { Mention, RoleCue } from '../../types';
import type { SentenceView } from '../sentence-view';
import { readRole } from '../roles';
import { tenseBefore } from '../tense-words';
import { addRole } from '../role-facts';
import { addTie } from '../tie-facts';
import { ATTRIBUTE, LIST_GAP, NOMINEES_OF, NOMINEES_NAMED, REGIONAL_PARLIAMENT, REGIONAL_SEATS } from './tie-patterns';

/** Reads every list of the sentence; mutates the listed people's `role` and `ties`. */
export function readLists(view: SentenceView): void {
  titledMembers(view);
  for (const party of view.parties) partyPlural(view, party);
  for (const party of view.parties) nomineesOf(view, party);
  for (const party of view.parties) nominatedAs(view, party);
  for (const party of view.parties) allOf(view, party);
}

/** "Mombasa MCAs X and Y", "Senators X, Y and Z of UDA": a plural title is every listed person's, and so is "of P" after the list. */
function titledMembers(view: SentenceView): void {
  const { mentions } = view;
  for (const list of view.titledLists()) {
    const head = list[0] as Mention;
    // "Two Kenyan MPs, Mr X and Mr Y,": no title stands right before the first name; the plural is each one's.
    const written = head.role ? null : PLURAL_BEFORE.exec(view.before(head));
    const seat = written ? datedSeat(written[1] as string, written[2] as string) : undefined;
    if (seat && /^\s*,/.test(view.after(list[list.length - 1] as Mention))) for (const person of list) if (!person.role) person.role = { ...seat };
    for (const person of list.slice(1)) if (head.role && !person.role) person.role = { ...head.role };
    pairPlaces(view, list);
    const last = list[list.length - 1] as Mention;
    const party = mentions[mentions.indexOf(last) + 1];
    if (party && view.partyLike(party) && /^(?:\s*\([^()]{1,40}\))?(?:\s+of|\s*,\s*(?:all|both)\s+of)\s+(?:the\s+)?$/i.test(view.gap(last, party)) && !ATTRIBUTE.test(view.after(party))) for (const person of list) addTie(person, { party: party.name, relation: 'member' });
  }
}

/** "Two former MPs, ": a plural seat with the words of its phrase before it, set off by a comma before its list. */
const PLURAL_BEFORE = /((?:[\p{L}'’-]+\s+){0,4})\b(MCAs|MPs|Senators|Governors)\s*,\s+(?:\S+\s+)?$/iu;

/**
 * The seat a plural gives each person of its list, dated by the words before it ("Two former MPs, X and Y,": former);
 * none when two words of time share it ("the former and current Kitui Governors, X and Y,": each one's tense is not
 * said alone).
 */
function datedSeat(words: string, plural: string): RoleCue | undefined {
  const timed = words.split(/\s+/).filter((word) => word && (tenseBefore(word) !== undefined || /^(?:current|sitting|serving)$/i.test(word)));
  if (timed.length > 1) return undefined;
  const seat = readRole(plural);
  const tense = timed[0] && tenseBefore(timed[0]);
  return seat && tense ? { ...seat, tense } : seat;
}

/** " MPs, ", " rebel MCAs, ": a plural seat right after a party, set off by a comma before its list. */
const PARTY_PLURAL = /^\s+(?:[\p{Ll}-]+\s+)?(?:MPs|MCAs|Senators|Governors|legislators|lawmakers)\s*,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** Between two names of the list: "and", a comma, and the next name's own title. */
const LIST_NEXT = /^\s*(?:,|,?\s*and)\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/** "two rebel UDA MPs, Laisamis MP X and Mwatate MP Y,": each name of the list sits as the party's member. */
function partyPlural(view: SentenceView, party: Mention): void {
  const first = view.people.find((one) => view.at(one) > view.at(party));
  if (!first || party.quoted || !PARTY_PLURAL.test(view.gap(party, first))) return;
  const list = [first];
  for (let index = view.people.indexOf(first) + 1; index < view.people.length && LIST_NEXT.test(view.gap(list[list.length - 1] as Mention, view.people[index] as Mention)); index++) list.push(view.people[index] as Mention);
  // (The list closes where the sentence or a clause about it does: "…, who have been at odds with …".)
  if (list.length < 2 || !/^\s*(?:[,.;]|$)/.test(view.after(list[list.length - 1] as Mention))) return;
  for (const person of list) addTie(person, { party: party.name, relation: 'member' });
}

/** A place's name, one to three capitalised words: "Homa Bay". */
const PLACE = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
/** "Nakuru, Baringo and Kericho Senators": the places of a plural title, two or more, as written before it. */
const LISTED_PLACES = new RegExp(String.raw`(${PLACE}(?:(?:\s*,\s*|\s*,?\s+and\s+)${PLACE})+)\s+(?:MCAs|MPs|Senators|Governors|Reps|Representatives)\s*,?\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$`, 'u');

/**
 * "Nakuru, Baringo and Kericho Senators X, Y and Z respectively": each name
 * takes the place in its order. Without "respectively", or when the counts
 * differ, the text does not say whose seat is whose: no name takes a place
 * (each read the last one, "Kericho", before).
 */
function pairPlaces(view: SentenceView, list: Mention[]): void {
  const before = LISTED_PLACES.exec(view.before(list[0] as Mention));
  const written = before?.[1] ?? '';
  // ("ODM and UDA MPs X and Y": parties, not places.)
  if (!before || view.parties.some((party) => view.at(party) >= before.index && view.at(party) < before.index + written.length)) return;
  const places = written.replace(/^The\s+/, '').split(/\s*,?\s+and\s+|\s*,\s*/).filter(Boolean);
  if (places.length < 2) return;
  const paired = /^\s*,?\s*respectively\b/.test(view.after(list[list.length - 1] as Mention)) && places.length === list.length;
  list.forEach((person, index) => {
    if (!person.role) return;
    const { organisation: _shared, ...role } = person.role;
    person.role = paired ? { ...role, organisation: places[index] as string } : role;
  });
}

/**
 * "Kenya Kwanza's five nominees for the EALA include X, Y and Z", "Other PPK aspirants for the seat, among them former
 * Deputy Governor X": each name of the list is the party's candidate.
 */
function nomineesOf(view: SentenceView, party: Mention): void {
  const { people } = view;
  const after = view.after(party);
  // ("ODM nominees X, Y and Z": the list right after the plural.)
  const lead = NOMINEES_NAMED.exec(after) ?? NOMINEES_OF.exec(after);
  if (!lead) return;
  const from = view.end(party) + lead[0].length;
  const first = people.find((one) => view.at(one) >= from);
  if (!first || !/^(?:(?:former|ex-|the|area|nominated)\s+|\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u.test(view.text.slice(from, view.at(first)))) return;
  const list = [first];
  for (let index = people.indexOf(first) + 1; index < people.length && LIST_GAP.test(view.gap(list[list.length - 1] as Mention, people[index] as Mention)); index++) list.push(people[index] as Mention);
  // "UDA's nominees for the EALA include …": the seat they seek, in the regional parliament.
  const regional = REGIONAL_SEATS.test(lead[0]);
  for (const person of list) {
    addTie(person, { party: party.name, relation: 'candidate' });
    if (regional) addRole(person, { title: 'MP', organisation: REGIONAL_PARLIAMENT, tense: 'aspiring' });
  }
}

/** "The PUP-K has nominated X, Y and Z as its candidates for the EALA": each name of the list, and the seat. */
function nominatedAs(view: SentenceView, party: Mention): void {
  const lead = NOMINATED_LIST.exec(view.after(party));
  if (!lead) return;
  const from = view.end(party) + lead[0].length;
  const { people } = view;
  const first = people.find((one) => view.at(one) >= from);
  if (!first || !/^(?:(?:former|ex-|the)\s+|\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u.test(view.text.slice(from, view.at(first)))) return;
  const list = [first];
  for (let index = people.indexOf(first) + 1; index < people.length && LIST_GAP.test(view.gap(list[list.length - 1] as Mention, people[index] as Mention)); index++) list.push(people[index] as Mention);
  const rest = view.after(list[list.length - 1] as Mention);
  if (!AS_ITS_CANDIDATES.test(rest)) return;
  const regional = REGIONAL_SEATS.test(rest);
  for (const person of list) {
    addTie(person, { party: party.name, relation: 'candidate' });
    if (regional) addRole(person, { title: 'MP', organisation: REGIONAL_PARLIAMENT, tense: 'aspiring' });
  }
}

/** "has nominated", "named": a party putting names forward. */
const NOMINATED_LIST = /^\)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:nominated|named|picked|unveiled)\s+/;
/** "as its candidates", "as the party's nominees": what the list was put forward as. */
const AS_ITS_CANDIDATES = /^\s*,?\s+as\s+(?:its|their|the\s+party['’]s)\s+(?:candidates|nominees|flag-?bearers)\b/;

/** "include X, Y and Z, all of UDA": every name of the list. */
function allOf(view: SentenceView, party: Mention): void {
  const { people } = view;
  let before: Mention | undefined;
  for (let index = people.length - 1; index >= 0 && !before; index--) if (view.at(people[index] as Mention) < view.at(party)) before = people[index];
  if (!before || !/^\s*,\s*all\s+of\s+(?:the\s+)?$/i.test(view.gap(before, party)) || ATTRIBUTE.test(view.after(party))) return;
  const list = [before];
  // ("Kalokol MCA X, Kerio Delta MCA Y and Kakuma MCA Z, all of the PDP-K": each name's own title between.)
  for (let index = people.indexOf(before) - 1; index >= 0 && /^\s*(?:,|,?\s*and)\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,4}$/u.test(view.gap(people[index] as Mention, list[0] as Mention)); index--) list.unshift(people[index] as Mention);
  const titled = before;
  if (list.length > 1 && !view.titledLists().some((one) => one.includes(titled))) for (const person of list) addTie(person, { party: party.name, relation: 'member' });
}
