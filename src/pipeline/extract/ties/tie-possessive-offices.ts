/**
 * A party's office named with the party's possessive, after a verb of the
 * person's own clause: "X, who was elected the TIP's Turkana branch chairman
 * in October", "X, who doubles as the P's acting Bungoma branch chairman", "X
 * would serve as the P's interim Machakos branch chairman", "X is also ODM's
 * incoming women's league chairperson", "X was named the P's Secretary-General".
 * A branch's office is the party's office (the place is the branch's).
 */
import { readRole } from '../roles';
import { tenseBefore } from '../tense-words';
import type { PersonInSentence, SentenceView } from '../sentence-view';
import { setRole } from '../tie-facts';
import { PARTY_OFFICE, titleCase } from './tie-patterns';

/**
 * "'s acting Bungoma branch chairman", "'s incoming women's league chairperson", "'s Secretary-General": an office of the
 * party right after its possessive, with its tense word, a branch's place or the league it chairs. (Not "'s chairman's",
 * nor "'s chairman Y": an office of someone else, named.)
 */
const OFFICE_AFTER_POSSESSIVE =
  /^['’]s\s+((?:(?:acting|interim|outgoing|incoming|new|former|immediate\s+former)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(?:(?:branch|county)\s+)?(?:(?:national\s+)?(?:women|youth)['’]s\s+league\s+|youth\s+(?:league|wing)\s+)?(?:(?:[Dd]eputy|[Vv]ice|[Aa]ssistant|[Nn]ational|[Oo]rgani[sz]ing)\s+)*(?:[Cc]hair(?:man|woman|person|lady)?|[Ss]ecretary-[Gg]eneral|[Tt]reasurer|[Vv]ice-[Cc]hair\w*|[Oo]rgani[sz]ing\s+[Ss]ecretary|[Pp]arty\s+[Ll]eader))(?![\p{L}'’-])(?!\s+(?:(?:Hon|Dr|Prof|Eng|Mr|Mrs|Ms)\.?\s+)?\p{Lu})/u;

/**
 * Between the person and the party: the verb of the person's own clause that makes them the office's holder.
 * "was elected the", "who was last month elected", "who doubles as the", "would serve as the", "who is also the", "who was the".
 */
const HOLDS =
  /^(?:\s*,\s*who\s+|\s+)(?:(?:(is|remains|(was|had\s+been)|has\s+been)\s+(?:also\s+|now\s+|currently\s+|still\s+|since\s+|later\s+|(?:last|this)\s+(?:week|month|year)\s+)?(?:((?:re-)?elected|named|appointed|confirmed|installed|made|picked|chosen)\s+(?:as\s+)?)?)|(?:also\s+)?(?:(doubles|doubled|serves|served|acts|acted)|((?:will|would|is\s+to|shall)\s+(?:serve|act)))\s+as\s+)(?:the\s+)?$/;

/** "Kisumu Branch Chairman": the branch's words before a party's office, as readRole writes them. */
const BRANCH_TITLE = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(?:Branch|County)\s+/u;

/** "Women's League Chairperson", "Youth League Chairman": the chair of a party's organ, an office of the party. */
const LEAGUE_OFFICE = /^(?:National\s+)?(?:Women['’]s|Youth)\s+(?:League|Wing)\s+(?:Chair\w*|Vice-Chair\w*|Secretary|Treasurer)$/;

/** Reads the party office the person's own clause gives them in a party named after them. */
export function partyOfficeHeld(view: SentenceView, { person, later }: PersonInSentence): void {
  const party = later[0];
  // (Most sentences have no possessive: the mark is looked for before any expression runs.)
  if (!party || !(view.text.includes("'s ") || view.text.includes('’s ')) || !view.alone(party) || view.someoneBetween(view.at(person), view.at(party))) return;
  const office = OFFICE_AFTER_POSSESSIVE.exec(view.after(party));
  const holds = office ? HOLDS.exec(view.gap(person, party)) : null;
  if (!office || !holds) return;
  // ("who was the P's branch chairman": a plain past is an office over; "would serve as": one not yet taken up.)
  // (A tense word of the office's own settles it: "would serve as the P's interim … chairman" acts in it.)
  const written = office[1] as string;
  const tense = tenseBefore(/^\S+/.exec(written)?.[0] ?? '') ? undefined : holds[2] && !holds[3] ? 'former' : holds[5] ? 'incoming' : undefined;
  const role = readRole(written, party.name, tense);
  const title = role?.title.replace(BRANCH_TITLE, '') ?? '';
  if (role && (PARTY_OFFICE.test(title) || LEAGUE_OFFICE.test(title))) setRole(person, role);
}

/** "'s Makueni branch", " Homa Bay branch": a party's branch named by its place, right after the party. */
const BRANCH_NAMED = /^(?:['’]s)?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}branch\b/u;
/**
 * Between the person and the party: "who now chairs", "was on Saturday elected chairman of the", "is the chairperson of",
 * "once chaired the", after an apposition that names no one else's ("the former Ol Kalou MP who now chairs").
 */
const CHAIRS_BRANCH =
  /^(?:\s*,\s*(?:an?|the)\s+(?:(?!\b(?:to|of|for|with)\b)[^,;.:“”"]){1,80}?\s+who\s+|\s*,\s*who\s+|\s+)(?:(was|is|has\s+been|had\s+been)\s+)?((?:(?:now|currently|also|once|previously|formerly|on\s+\p{Lu}\p{Ll}+|last\s+\w+|this\s+\w+)\s+)*)(?:(chairs|chaired)|((?:re-)?elected|named|appointed)?\s*(?:as\s+)?(?:the\s+)?(chair(?:man|woman|person|lady)?)\s+of)\s+(?:the\s+)?$/u;

/**
 * "X was elected chairman of the Wiper's Makueni branch", "X, the former Ol Kalou MP who now chairs Jubilee's
 * Nyandarua branch", "X, who once chaired the ODM Homa Bay branch": a branch's chair is the party's Chairman.
 */
export function branchChaired(view: SentenceView, { person, later }: PersonInSentence): void {
  const party = later[0];
  if (!party || !view.text.includes(' branch') || !view.alone(party) || view.someoneBetween(view.at(person), view.at(party))) return;
  const chairs = BRANCH_NAMED.test(view.after(party)) ? CHAIRS_BRANCH.exec(view.gap(person, party)) : null;
  if (!chairs) return;
  // ("once chaired", "who was the chairman of": over; "was elected chairman of": held now.)
  const over = chairs[3] === 'chaired' || /\b(?:once|previously|formerly)\b/.test(chairs[2] ?? '') || (chairs[1] === 'was' && !chairs[4] && !chairs[3]) || chairs[1] === 'had been';
  const title = chairs[5] ? titleCase(chairs[5]) : 'Chairman';
  setRole(person, { title, organisation: party.name, ...(over ? { tense: 'former' as const } : {}) });
}
