/**
 * A party's branch office named with the party's possessive, after a verb of
 * the person's own clause: "X, who was elected the TIP's Turkana branch
 * chairman in October", "X, who doubles as the P's acting Bungoma branch
 * chairman", "X would serve as the P's interim Machakos branch chairman".
 * A branch's office is the party's office (the place is the branch's).
 */
import { readRole, tenseBefore } from './roles';
import type { PersonInSentence, SentenceView } from './sentence-view';
import { setRole } from './tie-facts';
import { PARTY_OFFICE } from './tie-patterns';

/** "'s acting Bungoma branch chairman": the office, its tense word and the branch's place right after the party's possessive. */
const BRANCH_OFFICE_AFTER =
  /^['’]s\s+((?:(?:acting|interim|outgoing|incoming|new|former|immediate\s+former)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:branch|county)\s+(?:(?:deputy|vice|assistant|organi[sz]ing)\s+)?(?:chair(?:man|woman|person|lady)?|secretary|secretary-general|treasurer|vice-chair\w*))\b/u;

/**
 * Between the person and the party: the verb of the person's own clause that makes them the office's holder.
 * "was elected the", "who was last month elected", "who doubles as the", "would serve as the", "who is also the", "who was the".
 */
const HOLDS =
  /^(?:\s*,\s*who\s+|\s+)(?:(?:(is|remains|(was|had\s+been)|has\s+been)\s+(?:also\s+|now\s+|currently\s+|still\s+|since\s+|later\s+|(?:last|this)\s+(?:week|month|year)\s+)?(?:((?:re-)?elected|named|appointed|confirmed|installed|made|picked|chosen)\s+(?:as\s+)?)?)|(?:also\s+)?(?:(doubles|doubled|serves|served|acts|acted)|((?:will|would|is\s+to|shall)\s+(?:serve|act)))\s+as\s+)(?:the\s+)?$/;

/** "Kisumu Branch Chairman": the branch's words before a party's office, as readRole writes them. */
const BRANCH_TITLE = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(?:Branch|County)\s+/u;

/** Reads the branch office the person's own clause gives them in a party named after them. */
export function branchOfficeHeld(view: SentenceView, { person, later }: PersonInSentence): void {
  const party = later[0];
  // (Most sentences name no branch: the word is looked for before any expression runs.)
  if (!party || !(view.text.includes(' branch ') || view.text.includes(' county ')) || !view.alone(party) || view.someoneBetween(view.at(person), view.at(party))) return;
  const office = BRANCH_OFFICE_AFTER.exec(view.after(party));
  const holds = office ? HOLDS.exec(view.gap(person, party)) : null;
  if (!office || !holds) return;
  // ("who was the P's branch chairman": a plain past is an office over; "would serve as": one not yet taken up.)
  // (A tense word of the office's own settles it: "would serve as the P's interim … chairman" acts in it.)
  const written = office[1] as string;
  const tense = tenseBefore(/^\S+/.exec(written)?.[0] ?? '') ? undefined : holds[2] && !holds[3] ? 'former' : holds[5] ? 'incoming' : undefined;
  const role = readRole(written, party.name, tense);
  if (role && PARTY_OFFICE.test(role.title.replace(BRANCH_TITLE, ''))) setRole(person, role);
}
