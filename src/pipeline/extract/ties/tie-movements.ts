/**
 * What a sentence says a person did with or stands in towards a party named
 * after them: joined, left (and where they went), allied to, belongs to, "both
 * of P", "has not left P"; and "who quit the party", the party their own
 * office is in.
 */
import type { Mention } from '../../types';
import type { WordGate } from '../../text/word-gates';
import type { PersonInSentence, SentenceView } from '../sentence-view';
import { bothOf, tieOf } from '../tie-facts';
import { ALLY, BELONGS, GOES_ON, JOIN, JOINED_HANDS, LEAVE, LEFT_BARE, NOT_LEFT, REMAINS_IN, SAID_JOINED, SAID_LEFT, SEATS, SINCE_JOINED, TO_NEXT, WHO_LEFT, WHO_LEFT_THE_PARTY } from './tie-patterns';
import { escapeRegExp } from '../../text/regexp';

/** The text between a person and a party after them, read as one statement about the person. */
export interface PartyAfter {
  party: Mention;
  direct: string;
  /** No other person stands between them. */
  clear: boolean;
  /** The direct text, and, for a sentence's subject, the same text past an aside ("…, who won in 2022, has since joined"). */
  gaps: string[];
  /** The person is the sentence's subject. */
  subject: boolean;
}

/** Gate: ALLY's "ally/allies of", "allied/aligned to/with"; JOINED_HANDS's "joined hands", "teamed up", "threw in his lot", "allied himself". */
export const ALLIED_WORDS: WordGate = ['ally', 'allies', 'allied', 'aligned', 'hands', 'teamed', 'lot'];

/** "Mukhwana won the seat on an ODM ticket but has been allied to the NDM-K": only for the sentence's subject. */
export function allied(view: SentenceView, person: Mention, { party, gaps }: PartyAfter): void {
  if (!view.hasAny(ALLIED_WORDS)) return;
  // ("X, an ally of TMM leader Y": an ally of the person the party's title is for, no tie to the party.)
  if (/^\s*(?:\([^()]{1,12}\)\s*)?(?:(?:deputy|national|party)\s+)*(?:leader|chair\w*|secretary-general|boss|founder)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?\p{Lu}/iu.test(view.after(party))) return;
  const stated = gaps.find((one) => ALLY.test(one));
  // ("who was elected on an ODM ticket but is now allied to P": the tense of the words after "but", not of the clause's start.)
  if (stated !== undefined) bothOf(view, person, party.name, 'ally', ALLY.exec(stated)?.[1] || /\b(?:was|were)\b/.test(stated.replace(/^.*\s(?:but|and)\s/, '')) ? 'former' : undefined);
  // ("joined hands with UDA's X": the one worked with is the person the possessive names.)
  else if (gaps.some((one) => JOINED_HANDS.test(one)) && !/^['’]s\b/.test(view.after(party))) bothOf(view, person, party.name, 'ally');
}

/** Gate: "both of", NOT_LEFT's "not", NOW_IN's "now", REMAINS_IN's "remain(s)/stay(s)", "ruling/governing/opposition". */
export const OUTRIGHT_WORDS: WordGate = ['both', 'not', 'now', 'remain', 'remains', 'stay', 'stays', 'ruling', 'governing', 'opposition'];

/**
 * Memberships stated outright: "X and Y, both of UDA"; "Unlike Kinyua, Macharia has not formally resigned from UDA";
 * "EALA MP X of Tanzania's ruling Chama Cha Mapinduzi (CCM)", the country's name before its party.
 */
export function memberOutright(view: SentenceView, person: Mention, { party, direct, clear }: PartyAfter): void {
  if (!view.hasAny(OUTRIGHT_WORDS)) return;
  if (/^\s*,\s*both\s+of\s+(?:the\s+)?$/i.test(direct)) bothOf(view, person, party.name, 'member');
  if (clear && NOT_LEFT.test(direct)) tieOf(person, party.name, 'member');
  // ("X, who was Jubilee's candidate in 2017 but is now in UDA": where the person stands now.)
  if (clear && NOW_IN.test(direct)) tieOf(person, party.name, 'member');
  if (clear && REMAINS_IN.test(direct)) tieOf(person, party.name, 'member');
  if (clear && /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+['’]s\s+(?:ruling|governing|main\s+opposition|opposition)\s+$/u.test(direct)) tieOf(person, party.name, 'member');
}

/** "X is now in P", "X, who …, but is now in P": the subject's party now. */
const NOW_IN = /^(?:\s*,\s*who\s+[^.;:“”"]{1,100}?\s+(?:but|and)|)\s+(?:is|are)\s+now\s+(?:firmly\s+)?in\s+(?:the\s+)?$/i;

/**
 * "X, a UDA-allied governor who was a member of Jubilee until 2021", "X, a
 * former Deputy Governor who was a UDA member until she founded the MBPK",
 * "X had been an ODM member until March": a membership the clause says ended.
 */
export function memberUntil(view: SentenceView, { person, later }: PersonInSentence): void {
  if (!view.hasAny(UNTIL)) return;
  // (Not only a party that stands alone: "an ODM member" is read as a standing in the party, which this is.)
  for (const party of later) {
    const was = MEMBER_WAS.exec(view.gap(person, party));
    if (!was || view.someoneBetween(view.at(person), view.at(party))) continue;
    // ("a member of P until …" or "a P member until …": the word "member" on one side of the party's name, "until" after it.)
    if (!new RegExp(String.raw`^(?:\s*\([^()]{1,12}\))?\s+${was[1] ? '' : String.raw`member\s+`}(?:until|till)\s`).test(view.after(party))) continue;
    person.ties = (person.ties ?? []).filter((one) => !(one.party === party.name && one.relation === 'member'));
    tieOf(person, party.name, 'left');
  }
}

/** Gate: "until" or "till" after the party. */
export const UNTIL: WordGate = ['until', 'till'];

// (The apposition before "who" is the person's own: an aide, an ally or a relative "of" or "to" someone else is not.)
const MEMBER_WAS = /^(?:\s*,\s*(?:an?|the)\s+(?:(?!\b(?:to|of|for|with)\b)[^,;.:“”"]){1,80}?\s+who\s+|\s*,\s*who\s+|\s+)(?:was|had\s+been)\s+(?:(?:also|once|then)\s+)?(?:an?\s+)?(?:(?:card-carrying|life|founding|loyal|long-?time|registered)\s+)?(member\s+of\s+)?(?:the\s+)?$/i;

/** "X, who left Jubilee in 2024, has since joined the TKM", "who left ODM for the CCW-K in 2022". */
/** Gate: WHO_LEFT's verb. */
export const WHO_LEFT_WORDS: WordGate = ['left', 'quit', 'ditched'];

export function whoLeft(view: SentenceView, person: Mention, { party, direct, clear }: PartyAfter): void {
  if (!view.hasAny(WHO_LEFT_WORDS)) return;
  if (!clear || !WHO_LEFT.test(direct)) return;
  tieOf(person, party.name, 'left');
  const next = view.partyAfter(party);
  if (next && (/^\s+[^.;“”"]{0,40},\s+(?:has|had)\s+(?:since\s+|now\s+|also\s+)?joined\s+(?:the\s+)?$/.test(next.between) || AND_RETURNED.test(next.between) || TO_NEXT.test(next.between)) && view.alone(next.then)) tieOf(person, next.then.name, 'joined');
}

/** "…, who … is running as an independent after he quit ODM in October", "X is back in P after quitting Jubilee": a move told as what came before. */
// ("X returned to Parliament in 1992 on a Ford-Kenya ticket, having quit KANU a year earlier": the same, told with "having".)
const AFTER_LEAVING = /^(?:\s*,\s*who)?\s+[^.;:“”"]{1,140}?(?:\s+after\s+(?:(?:he|she)\s+(?:had\s+)?(?:quit|left|ditched|dumped|deserted|decamped\s+from|defected\s+from)|(?:quitting|leaving|ditching|dumping|deserting|decamping\s+from|defecting\s+from))|,\s+having\s+(?:quit|left|ditched|dumped|deserted|decamped\s+from|defected\s+from))\s+(?:the\s+)?$/;

/** ", which he joined in April", " (UMP), which she rejoined": the party joined, in a clause about it. */
const WHICH_JOINED = /^(?:\s*\([^()]{1,12}\))?\s*,\s*which\s+(?:he|she)\s+(?:had\s+|has\s+)?(?:joined|rejoined)\b/;
/** "who quit the SWP on Thursday and returned to ODM": the same clause's second move. */
const AND_RETURNED = /^\s+[^.;,“”"]{0,40}?\s+and\s+(?:has\s+|had\s+)?(?:since\s+)?(?:joined|rejoined|returned\s+to|went\s+back\s+to)\s+(?:the\s+)?$/;
/** ", the party he left in 2016": the party just joined again is one the person had left. */
/** Between a party joined and the next: "from (the)", the party left. */
const FROM_NEXT = /^\s+from\s+(?:the\s+)?$/i;
const PARTY_LEFT_BEFORE = /^\s*,\s*the\s+(?:party|outfit)\s+(?:he|she)\s+(?:had\s+)?(?:left|quit|ditched|dumped)\b/;
/**
 * "was expelled from ODM in 2019 but readmitted in 2021", "quit Jubilee, only to return": the move undone, in the same
 * clause. (Not "quit the TBP but returned to UDA", "before rejoining UDA": a return to the next party named.)
 */
const MOVE_UNDONE = /^[^.;:“”"]{0,40}?\b(?:but|only\s+to|before)\s+(?:(?:was|were|being|he\s+was|she\s+was|has\s+since\s+been|has\s+since|later|subsequently|quickly|soon)\s+){0,2}(?:readmitted|re-admitted|reinstated|rejoined|re-joined|returned|return|returning|rejoining|welcomed\s+back|taken\s+back)\b(?!\s+(?:to\s+)?(?:the\s+)?$)/i;
/** "joined ODM in 2010 and left in 2021": the party joined, then left, told in one clause. */
const JOINED_THEN_LEFT = /^(?:\s+(?:in|on)\s+[^,;.:“”"]{1,25}?)?\s*,?\s+(?:and|but)\s+(?:later\s+|then\s+|subsequently\s+)?(?:left|quit|ditched|dumped|decamped|defected)\b/i;

/** ", who … before defecting to the": a clause about the person whose last move is to the party after it. */
// ("X, the former Laisamis MP, was elected on a P ticket in 2017 before defecting to": or the sentence's own verb.)
const DEFECTING_AFTER = /^(?:\s*,\s*who|(?:\s*,[^,;.:“”"]{1,80},)?\s+(?:was|were|had\s+been)\s+(?:re-)?elected)\s+[^.;:“”"]{1,120}?\s+before\s+(?:joining|(?:defecting|decamping|moving|switching|crossing\s+over)\s+to)\s+(?:the\s+)?$/i;
/** "… before defecting to UDA in 2021, and then moved to the": the next move of the same subject, from the party joined. */
const THEN_MOVED = /^[^.;:“”"]{0,40}?,?\s+and\s+(?:then\s+|later\s+|since\s+)?(?:moved|defected|decamped|switched|crossed\s+over)\s+to\s+(?:the\s+)?$/i;
/** "ODM ticket in 2017 before defecting to the": the party of a ticket, left by the move after it. */
const TICKET_THEN_DEFECTING = /^\s+tickets?\b[^.;:“”",]{0,40}?\s+before\s+(?:joining|(?:defecting|decamping|moving|switching|crossing\s+over)\s+to)\s+(?:the\s+)?$/i;

/** " to the Coast-based party": the party moved to, described rather than named. */
const DESCRIBED_PARTY = /^\s+(?:to|for)\s+the\s+(?:[\p{L}-]+\s+){1,2}?(?:party|outfit)\b/u;

/** "with hopefuls from UDA, ODM and his own KDA": the subject's own party. */
/** Gate: "his/her own". */
export const OWN: WordGate = ['own'];

export function ownParty(view: SentenceView, person: Mention, { party, subject }: PartyAfter): void {
  if (!view.hasAny(OWN)) return;
  if (subject && /\b(?:his|her)\s+own\s+$/i.test(view.before(party)) && !view.mentions.some((one) => one.kind === 'person' && view.at(one) > view.at(person) && view.at(one) < view.at(party))) tieOf(person, party.name, 'member');
}

/**
 * Gate: a verb of LEAVE (its ENDED_TIE: "parted ways", "cut/severed/broke/snapped ties", "ended … association",
 * "renounced/resigned/gave up/surrendered/withdrew … membership"), LEFT_BARE, JOIN (with "rejoined", "returned to", "went
 * back to"), AFTER_LEAVING ("after quitting/leaving …" or "after he quit/left …"), DEFECTING_AFTER's "before", BELONGS
 * ("belongs", "member", "affiliated"); SAID_LEFT and SAID_JOINED end on a verb of LEAVE or JOIN.
 */
export const MOVED_WORDS: WordGate = [
  ...['decamped', 'defected', 'ditched', 'quit', 'quits', 'dumped', 'deserted', 'resigned', 'exited', 'walked', 'left', 'expelled', 'kicked', 'thrown', 'announced'],
  ...['parted', 'cut', 'severed', 'broke', 'snapped', 'ended', 'renounced', 'gave', 'surrendered', 'withdrew'],
  ...['joined', 'joins', 'moved', 'switched', 'crossed', 'received', 'welcomed', 'unveiled', 'presented', 'registered'],
  ...['abandoned', 'jumped', 'bolted', 'shifted', 'migrated'],
  ...['rejoined', 'returned', 'went', 'quitting', 'leaving', 'ditching', 'dumping', 'deserting', 'decamping', 'defecting'],
  ...['before', 'belongs', 'member', 'affiliated'],
];

/** "X decamped from P to Q", "X joined P", "X belongs to P", "X, speaking after the rally, said she had left P". */
export function moved(view: SentenceView, person: Mention, after: PartyAfter): void {
  if (!view.hasAny(MOVED_WORDS)) return;
  const { party, direct, clear, subject } = after;
  const next = view.partyAfter(party);
  const then = next?.then;
  const movedTo = next !== undefined && TO_NEXT.test(next.between) && view.alone(next.then);
  // ("X, Y and Z, all three elected on P tickets, have defected from P to Q": the move is the whole list's.)
  const listed = view.listedBefore(person);
  const movers = [person, ...listed];
  const gaps = listed.length > 0 && clear ? [...after.gaps, ...listGaps(view, listed[0] as Mention, direct)] : after.gaps;
  // (The part of the sentence after the party and before the next one: where an undoing or a second move is told.)
  const rest = next ? next.between : view.after(party);
  if ((gaps.some((one) => LEAVE.test(one)) || (movedTo && gaps.some((one) => LEFT_BARE.test(one)))) && !MOVE_UNDONE.test(rest)) {
    for (const mover of movers) tieOf(mover, party.name, 'left');
    if (movedTo) for (const mover of movers) tieOf(mover, (then as Mention).name, 'joined');
    // "The Mageuzi Congress of Kenya received X, who defected from Jubilee to the Coast-based party": the party the sentence opens with.
    const opener = view.parties[0];
    if (!movedTo && opener && opener !== party && view.at(opener) < view.at(person) && /^(?:The\s+)?$/.test(view.before(opener)) && DESCRIBED_PARTY.test(view.after(party))) tieOf(person, opener.name, 'joined');
  }
  if (gaps.some((one) => JOIN.test(one))) {
    // ("X and Y, who joined UDA": the clause may be the last name's alone.)
    const joiners = /^\s*,\s*who\s/.test(direct) ? [person] : movers;
    for (const joiner of joiners) tieOf(joiner, party.name, 'joined');
    if (PARTY_LEFT_BEFORE.test(view.after(party)) || JOINED_THEN_LEFT.test(rest)) tieOf(person, party.name, 'left');
    // ("X crossed over to UDA from ODM", "defected to P from Q last week": the party left, after the one joined.)
    if (next && view.alone(next.then) && FROM_NEXT.test(next.between)) for (const joiner of joiners) tieOf(joiner, next.then.name, 'left');
  }
  // ("X, who was elected on an ODM ticket in 2017 before defecting to the TMDP in 2023": the move after the ticket.)
  if (!view.someoneBetween(view.at(person), view.at(party)) && DEFECTING_AFTER.test(direct)) {
    tieOf(person, party.name, 'joined');
    const from = view.parties.findLast((one) => view.at(one) > view.end(person) && view.at(one) < view.at(party));
    if (from && view.alone(from) && TICKET_THEN_DEFECTING.test(view.gap(from, party))) tieOf(person, from.name, 'left');
    const next = view.partyAfter(party);
    if (next && view.alone(next.then) && THEN_MOVED.test(next.between) && !view.someoneBetween(view.at(party), view.at(next.then))) {
      tieOf(person, party.name, 'left');
      tieOf(person, next.then.name, 'joined');
    }
  }
  if (clear && (subject || /^\s*,\s*who\s/.test(direct)) && AFTER_LEAVING.test(direct)) tieOf(person, party.name, 'left');
  if (clear && BELONGS.test(direct)) tieOf(person, party.name, 'member');
  // ("X will fly the flag of the UMP, which he joined in April": the subject's move, told in a clause about the party.)
  if (clear && subject && WHICH_JOINED.test(view.after(party))) tieOf(person, party.name, 'joined');
  if (clear && SAID_LEFT.test(direct)) {
    tieOf(person, party.name, 'left');
    if (movedTo) tieOf(person, (then as Mention).name, 'joined');
  }
  if (clear && SAID_JOINED.test(direct)) tieOf(person, party.name, 'joined');
}

/**
 * The gaps a listed subject's move is read in besides the last name's own: past the comma that closes a list its
 * plural opened ("Three MCAs, X, Y and Z, defected from"), past "announced (…) that they had" ("X, Y and Z announced
 * from the podium that they had ditched"), and the clause after "and" ("X and Y have quit P and joined").
 */
function listGaps(view: SentenceView, first: Mention, direct: string): string[] {
  const gaps: string[] = [];
  if (/,\s*$/.test(view.before(first)) && /^\s*,\s+\p{Ll}/u.test(direct)) gaps.push(direct.replace(/^\s*,/, ''));
  const reported = THEY_HAD.exec(direct);
  if (reported) gaps.push(` ${direct.slice(reported[0].length)}`);
  const goesOn = GOES_ON.exec(direct);
  if (goesOn && !/\bwho\b/.test(goesOn[0])) gaps.push(` ${direct.slice(goesOn[0].length)}`);
  return gaps;
}

/** " announced from the podium that they had ": a list's own move, reported by its members. (Not "they had not".) */
const THEY_HAD = /^\s+(?:also\s+)?(?:announced|said|confirmed|declared|told\s+[^.;,“”"]{1,30}?)\s+(?:[^.;,“”"]{1,30}?\s+)?that\s+they\s+(?:had|have)\s+(?=(?:officially\s+|formally\s+)?\p{Ll})(?!not\b)/u;

/** Gate: WHO_LEFT_THE_PARTY's "the party/outfit". */
export const THE_PARTY_OR_OUTFIT: WordGate = ['party', 'outfit'];

/**
 * "X, the immediate former PPK chairperson, who quit the party in June and has since joined Wiper": left, then joined;
 * the former office in the party left is a role, no longer a tie (the gold's convention, as "who quit the JDC").
 */
export function quitTheParty(view: SentenceView, { person }: PersonInSentence): void {
  if (!view.hasAny(THE_PARTY_OR_OUTFIT)) return;
  const quit = WHO_LEFT_THE_PARTY.exec(view.after(person)) ?? subjectQuit(view, person);
  // ("X, an ally of Y who quit the party": the one who quit is whoever "who" follows.)
  if (!quit || view.someoneBetween(view.end(person), view.end(person) + quit[0].length)) return;
  const own = [...new Set((person.ties ?? []).map((one) => one.party))];
  const left = own.length === 1 ? own[0] : own.length === 0 ? view.inPlay : undefined;
  const from = view.end(person) + quit[0].length;
  const then = view.parties.find((party) => view.at(party) >= from);
  const joined = then && view.alone(then) && SINCE_JOINED.test(view.text.slice(from, view.at(then))) && !view.someoneBetween(from, view.at(then)) ? then : undefined;
  // ("X, who quit the party on November 30 to join UDA": "the party" is never the one joined, whatever else the sentence names.)
  if (left && !(joined && (joined.name.toLowerCase() === left.toLowerCase() || joined.acronym === left))) {
    // ("UDA MCA X, who was kicked out of the party": nor is the membership the title gave a current one.)
    person.ties = (person.ties ?? []).filter((one) => !(one.party === left && ((one.tense === 'former' && one.relation !== 'candidate') || one.relation === 'member')));
    tieOf(person, left, 'left');
  }
  if (left && joined) tieOf(person, joined.name, 'joined');
}

/** Gate: "expelled". */
export const EXPELLED_WORD: WordGate = ['expelled'];

/**
 * "The immediate former P Secretary-General, X, quit the party in August", "X quit the party on Monday": the sentence's
 * subject, named alone or set off after a title that opens the sentence, is the one who left.
 */
function subjectQuit(view: SentenceView, person: Mention): RegExpExecArray | null {
  const quit = SUBJECT_QUIT.exec(view.after(person));
  if (!quit) return null;
  const before = view.before(person);
  return (quit[1] !== undefined ? OPENING_TITLE : CAPITALISED_ONLY).test(before) ? quit : null;
}

/** The verb of the sentence right after the subject (a comma closing the title set off before it). */
const SUBJECT_QUIT = /^(\s*,)?\s+(?:has\s+|had\s+)?(?:(?:recently|formally|officially|later|quietly|since|also)\s+)?(?:left|quit|ditched|dumped|deserted|decamped\s+from|defected\s+from|resigned\s+from)\s+the\s+(?:party|outfit)\b/;
/** "The immediate former TCK Secretary-General, ": a title, with its words of time, opening the sentence and set off by a comma. */
const OPENING_TITLE = /^(?:The\s+)?(?:(?:immediate|former|outgoing|ex-|then)\s+)*(?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*\s*,\s*(?:(?:Hon|Dr|Prof|Eng|Mr|Mrs|Ms)\.?\s+)?$/u;
/** Only a title before the person, the sentence's subject: capitalised words, and a lower-case office after them ("Former TBP chairman"). */
const CAPITALISED_ONLY = /^(?:\p{Lu}[\p{L}.'’-]*\s+)*(?:(?:chair\w*|secretary-general|treasurer|leader|official|secretary|coordinator|mp|mca|senator|governor|lawmaker|legislator)\s+)?$/u;

/** "said the party had expelled X", "P has expelled X": the party the person was put out of. */
const EXPELLED = /\b(?:([Tt]he\s+party)|(\p{Lu}[\p{L}\p{N}-]*))\s+(?:has\s+|had\s+)?(?:since\s+)?expelled\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** "the party had expelled Leparmorijo on Monday": no longer a member; the party named, or the one "the party" means here. */
export function expelledFrom(view: SentenceView, { person }: PersonInSentence): void {
  if (!view.hasAny(EXPELLED_WORD)) return;
  const expelled = EXPELLED.exec(view.before(person));
  if (!expelled) return;
  const named = expelled[2] ? view.parties.find((party) => party.name === expelled[2] || party.acronym === expelled[2]) : undefined;
  const party = expelled[1] ? view.inPlay : named?.name;
  if (party) tieOf(person, party, 'left');
}

/**
 * "Expelled UDA MCA X": the seat is still held, the party is no longer the holder's; the seat keeps no party for
 * its place, and the tie is the one the party ended.
 */
export function expelledHolder(view: SentenceView, person: Mention): void {
  if (!view.hasAny(EXPELLED_WORD)) return;
  const role = person.role;
  const party = role?.organisation;
  if (!role || !party || !SEATS.test(role.title) || !view.isParty(party)) return;
  if (!new RegExp(String.raw`\b[Ee]xpelled\s+(?:the\s+)?${escapeRegExp(party)}\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$`, 'u').test(view.before(person))) return;
  const { organisation: _party, ...seat } = role;
  person.role = seat;
  tieOf(person, party, 'left');
}
