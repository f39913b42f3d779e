/**
 * Reads the party ties news English states about a person, once the whole
 * article's mentions are known: "UDA's X", "X of ODM", "X (UDA)", "ODM leader
 * X", "led by X", "the X-led party", "X, who chairs P", "X decamped from P to
 * Q", "X joined P", "on a P ticket", "allied to P", "elected X as the party's
 * National Chairman". Each tie names its relation; a tie to a word that is no
 * party of the article or the pack is dropped.
 */
import type { CountryPack } from '../../pack';
import type { Mention } from '../../types';
import { committeeAbout, committeeChair, committeeNamed } from '../offices/committee-chairs';
import { isPackParty } from '../names/name-kinds';
import { knownParties, partiesInPlay, type PartiesInPlay } from './parties-in-play';
import { personIn, SentenceView, type PartyReading, type PersonInSentence, type SentenceMentions } from '../sentence-view';
import { candidateByBe, candidateInApposition, fronted, nominatedBy, nomination, postSought, runningMate, theirCandidate, ticket } from './tie-candidacies';
import { dedupe, settlePartyRoles } from '../tie-facts';
import { readLists } from './tie-lists';
import { readMoversNamedAfter } from './movers-named-after';
import { ticketPartyLeft } from './tickets-left';
import { joinedInApposition } from '../offices/apposition-moves';
import { allied, expelledFrom, expelledHolder, memberOutright, memberUntil, moved, ownParty, quitTheParty, whoLeft, type PartyAfter } from './tie-movements';
import { alliedInApposition, epithet, gluedToParty, membersLedBy, ofParty, partyAndCounty, possessive, possessiveSeat, whoseParty } from './tie-named';
import { asOffice, branchOffice, chairsParty, itsOffice, leadsNow, ledBy, ledParty, officeBefore, officeOfTheParty, organChairedBy, ownRoleInParty, willServe } from './tie-offices';
import { electedAfterMove, electedIts, electedOffice, electedPartysOrgan, officeInClause, officeOfPartyJoined } from './tie-elected-offices';
import { readSignOffs } from '../quotes/sign-offs';
import { branchChaired, partyOfficeHeld } from './tie-possessive-offices';
import { readPronounTies, readTitleTies } from './tie-pronouns';
import { readOfficialsLine, type OfficialsList } from './tie-officials';
import { readNomineeLine, type NomineeList } from '../offices/nominee-lists';
import { stateBackReferences, stateItsHolders, statePronounNamedOffices, statePronounOffices } from './tie-back-references';
import { GOES_ON } from './tie-patterns';

export type { SentenceMentions } from '../sentence-view';
export { relationOf } from '../tie-facts';

/** Reads the ties of every person mention in the article's sentences; mutates their `ties` and `role`. */
export function readTies(sentences: SentenceMentions[], pack: CountryPack): void {
  const namedParty = (mention: Mention) => mention.kind === 'party' || (mention.kind === 'word' && isPackParty(mention.name.toLowerCase(), pack));
  // An acronym the article never defines may still be a party ("on a JDC ticket"): resolution checks it is one.
  const partyLike = (mention: Mention) => namedParty(mention) || (mention.kind === 'word' && mention.acronym !== undefined);
  const known = knownParties(sentences, partyLike);
  const parties = partiesInPlay(sentences, namedParty, pack);
  const isParty = (name: string) => known.has(name.toLowerCase()) || isPackParty(name.toLowerCase(), pack);
  const reading: PartyReading = { partyLike, isParty };
  // "Appearing before the Senate County Public Accounts Committee, …. The committee's chairman, X,": the committee named last.
  let lastCommittee: string | undefined;
  // "The Rift Valley Parliamentary Caucus, …, has said …. Its chairman, X,": the body the sentence before was about.
  let committeeBefore: string | undefined;
  const officials: OfficialsList = {};
  const nominees: NomineeList = {};
  sentences.forEach((sentence, index) => {
    const view = new SentenceView(sentence, reading, parties.inPlay(index), partyBefore(parties, index));
    readOfficialsLine(view, officials);
    readNomineeLine(view, nominees);
    readSentence(view, lastCommittee, committeeBefore);
    lastCommittee = committeeNamed(sentence.text) ?? lastCommittee;
    committeeBefore = committeeAbout(sentence.text);
  });
  readPronounTies(sentences, reading, parties.inPlay, readPerson);
  readTitleTies(sentences, reading, parties.inPlay, readPerson);
  stateBackReferences(sentences, parties);
  statePronounOffices(sentences, parties);
  statePronounNamedOffices(sentences, parties);
  stateItsHolders(sentences, parties);
  readSignOffs(sentences, namedParty);
  // A tie to a word that names no party here or in the pack ("Nakuru") is no tie.
  for (const { mentions } of sentences) {
    for (const mention of mentions) {
      // "UDA nominee X", "independent candidate X": a standing, not an office; a tie says it where there is a party.
      if (mention.role?.title === 'Candidate') delete mention.role;
      if (mention.roles?.some((role) => role.title === 'Candidate')) {
        mention.roles = mention.roles.filter((role) => role.title !== 'Candidate');
        if (mention.roles.length === 0) delete mention.roles;
      }
      settlePartyRoles(mention, isParty);
      if (!mention.ties) continue;
      const ties = dedupe(mention.ties.filter((tie) => known.has(tie.party.toLowerCase()) || isPackParty(tie.party.toLowerCase(), pack)));
      if (ties.length > 0) mention.ties = ties;
      else delete mention.ties;
    }
  }
}

type PersonReader = (view: SentenceView, person: PersonInSentence) => void;

/**
 * The readers of one person's ties, in the order they run: a role one of them
 * states first becomes the person's role and later ones are further roles, and
 * "who quit the party" drops the former office ties read before it.
 */
const BEFORE_MOVES: readonly PersonReader[] = [ownRoleInParty, branchOffice, officeOfTheParty, possessive, possessiveSeat, whoseParty, candidateByBe, partyAndCounty, itsOffice, ofParty, candidateInApposition, chairsParty, epithet];
const AFTER_MOVES: readonly PersonReader[] = [alliedInApposition, quitTheParty, ticketPartyLeft, memberUntil, expelledFrom, postSought, asOffice, partyOfficeHeld, branchChaired, electedOffice, electedPartysOrgan, electedIts, electedAfterMove, officeInClause, officeOfPartyJoined, willServe, ledParty, gluedToParty, officeBefore, fronted, organChairedBy, membersLedBy, ledBy, nomination, theirCandidate];

// (Expressions with `\p{…}` are built once, out of the functions: tsx compiles such a literal into a `new RegExp` built at every call.)
/** "X (MDP-Kenya)": a party written with a country's name, in brackets. */
const BRACKETED_PARTY = /\(\p{Lu}[\p{Lu}\p{N}]*-\p{Lu}\p{Ll}/u;
/** Only capitalised words (a title, a dateline: "GARISSA, Kenya — ") before the person: they are the sentence's subject. */
const SUBJECT_BEFORE = /^(?:\p{Lu}{2,}[\p{Lu} ]*,\s*\p{Lu}\p{Ll}+(?:,\s*\p{Lu}\p{Ll}+\s+\d{1,2})?\s*[—–-]\s*)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
/** "The Secretary-General, " right before the person. */
const TITLE_SET_OFF_BEFORE = /^[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*\s*,\s*(?:(?:Hon|Dr|Prof|Eng|Mr|Mrs|Ms)\.?\s+)?$/u;
/**
 * "The nine MCAs, among them Majority Leader X, decamped": a name set off inside a plural subject, the comma after it
 * closing the aside (also the last of a list there: "including A and B,").
 */
const AMONG_THE_SUBJECT = /^(?:The\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|rebel|other|\p{Lu}[\p{L}'’-]*)\s+){0,3}(?:MCAs|MPs|Senators|reps|legislators|lawmakers)\s*,\s*(?:among\s+them|including)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|and)\s+|,\s+){0,16}$/u;

function readSentence(view: SentenceView, lastCommittee: string | undefined, committeeBefore: string | undefined): void {
  readLists(view);
  readMoversNamedAfter(view);
  for (const person of view.people) {
    runningMate(view, person);
    committeeChair(view, person, lastCommittee, committeeBefore);
    // (Before the sentence is passed over for naming no party: "Expelled UDA MCA X" names it only in the title.)
    expelledHolder(view, person);
  }
  // Most sentences name no one, or no party and no "party" word: nothing more to read.
  if (view.people.length === 0 || (view.parties.length === 0 && !view.inPlay && !BRACKETED_PARTY.test(view.text))) return;
  for (const person of view.people) readPerson(view, person);
}

/** Reads what the sentence says of one person's ties, in the readers' order. */
function readPerson(view: SentenceView, person: Mention): void {
  const place = personIn(view, person);
  for (const read of BEFORE_MOVES) read(view, place);
  readPartiesAfter(view, place);
  for (const read of AFTER_MOVES) read(view, place);
}

/** What the sentence says of the person and each party named after them: candidacies, moves, alliances, memberships. */
function readPartiesAfter(view: SentenceView, { person, later }: PersonInSentence): void {
  // "Mukhwana won the seat on an ODM ticket but has been allied to the NDM-K": only for the sentence's subject.
  // A dateline before it ("GARISSA, Kenya — X, …") leaves the person the subject.
  const subject = SUBJECT_BEFORE.test(view.before(person));
  // ("The Secretary-General, X, resigned … and quit the P": a title set off by commas before the name; the comma after it closes the apposition.)
  const titled = !subject && (TITLE_SET_OFF_BEFORE.test(view.before(person)) || AMONG_THE_SUBJECT.test(view.before(person)));
  for (const party of later) {
    if (!view.alone(party)) continue;
    const written = view.gap(person, party);
    const direct = titled && /^\s*,\s/.test(written) ? written.replace(/^\s*,/, '') : written;
    const clear = !view.someoneBetween(view.at(person), view.at(party));
    const goesOn = (subject || (titled && direct !== written)) && clear ? GOES_ON.exec(direct) : null;
    const after: PartyAfter = { party, direct, clear, subject, gaps: goesOn ? [direct, ` ${direct.slice(goesOn[0].length)}`] : [direct] };
    nominatedBy(person, party, direct, clear);
    allied(view, person, after);
    memberOutright(view, person, after);
    joinedInApposition(view, person, after);
    whoLeft(view, person, after);
    ownParty(view, person, after);
    moved(view, person, after);
    ticket(view, person, party, direct);
    leadsNow(person, party, direct, clear);
  }
}

/**
 * The party `index` has in play, when the last sentence before it to name a
 * party names that one too (not the article's only party): the sentence goes
 * on about it. Otherwise the one party that sentence names, if one.
 */
function partyBefore(parties: PartiesInPlay, index: number): string | undefined {
  const here = parties.inPlay(index);
  for (let at = index - 1; at >= 0; at--) {
    const named = parties.namedIn(at);
    if (named.length === 0) continue;
    if (here !== undefined && named.some((party) => parties.sameParty(party.name, here))) return here;
    return named.length === 1 ? named[0]?.name : undefined;
  }
  return undefined;
}
