/**
 * A party whose ticket the sentence's subject stood on, then left in the same
 * sentence as "the party": "X served as Nyeri Woman Representative on a
 * Jubilee ticket, before quitting the party last year to join UDA", "X was
 * elected on an ODM ticket in 2017 but quit the party for UDA".
 */
import type { WordGate } from '../../text/word-gates';
import type { PersonInSentence, SentenceView } from '../sentence-view';
import { tieOf } from '../tie-facts';

/** Gate: "ticket". */
export const TICKET: WordGate = ['ticket'];

export function ticketPartyLeft(view: SentenceView, { person, later }: PersonInSentence): void {
  if (!view.hasAny(TICKET) || !SUBJECT.test(view.before(person))) return;
  for (const party of later) {
    if (!view.alone(party) || !ON_A.test(view.gap(person, party)) || view.someoneBetween(view.at(person), view.at(party))) continue;
    const quit = QUIT_THE_PARTY.exec(view.after(party));
    if (!quit) return;
    const end = view.end(party) + quit[0].length;
    // ("on a Jubilee ticket backed by ODM but quit the party": "the party" is no longer settled.)
    if (view.someoneBetween(view.at(party), end) || view.parties.some((one) => view.at(one) > view.end(party) && view.at(one) < end)) return;
    tieOf(person, party.name, 'left');
    const next = view.partyAfter(party);
    if (next && view.alone(next.then) && next.between.startsWith(quit[0]) && TO_JOIN.test(next.between.slice(quit[0].length))) tieOf(person, next.then.name, 'joined');
    return;
  }
}

/** Only capitalised words before the person (an honorific, a title): the sentence's subject. */
// (Built once: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const SUBJECT = /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** "served two terms on a ", ", who was elected on an ": the ticket is the person's own. */
const ON_A = /\bon\s+(?:an?|the)\s+$/;

/**
 * " ticket in 2013, before quitting the party", " ticket but later quit the party", " ticket, quit the party": the
 * ticket's party left, the words between it and the move holding no "not" or "never".
 */
const QUIT_THE_PARTY = /^\s+ticket\b(?:(?!\b(?:not|never|who)\b)[^.;:“”"]){0,60}?(?:,?\s+(?:before|and|but)\s+(?:(?:later|then|subsequently|since|has\s+since|has|had)\s+)?|,\s+(?:(?:later|then|has|had)\s+)?)(?:quitting|leaving|ditching|dumping|deserting|quit|left|ditched|dumped|deserted)\s+the\s+(?:party|outfit)\b/;

/** " last year to join the ", " in May for ": the party moved to, right after the move. */
const TO_JOIN = /^(?:\s+(?:in|on|last|this)\s+[\w,]+(?:\s+\d{4})?)?\s+(?:to\s+join|for)\s+(?:the\s+)?$/;
