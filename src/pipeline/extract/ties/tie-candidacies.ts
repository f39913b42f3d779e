/**
 * Candidacies a sentence states: running mates, "X is UDA's candidate",
 * "X, TKM's candidate in …", "nominated by P", "on a P ticket", "P has fronted
 * X", and a party office sought.
 */
import type { Mention } from '../../types';
import { inClause, OBJECT_BEFORE } from '../quotes/attribution';
import { readRole } from '../roles';
import type { WordGate } from '../../text/word-gates';
import type { PersonInSentence, SentenceView } from '../sentence-view';
import { addRole } from '../role-facts';
import { bothOf, isOffice, officeIn, tieOf } from '../tie-facts';
import { CANDIDATE_IS, FRONTED, FRONTED_NEXT, LED_ASIDE, NOMINATED_BY, REGIONAL_PARLIAMENT, REGIONAL_SEATS, POST_SOUGHT, SEATS, TICKET_AFTER, TICKET_BEFORE } from './tie-patterns';

/** Gate: every running mate's pattern below says "running mate", or "deputise". */
export const RUNNING_MATE_WORDS: WordGate = ['running', 'deputise'];

/** "introduced X as his running mate", "named X, the Dujis MP, as her running mate", "X (MPA) as his running mate": a title of its own, party or none. */
export function runningMate(view: SentenceView, person: Mention): void {
  if (!view.hasAny(RUNNING_MATE_WORDS)) return;
  // ("X, who was elected on a UDA ticket last year alongside Y as his running mate": the ticket of an election held is over.)
  const held = ELECTION_HELD.test(view.before(person));
  if (/^(?:\s*,[^,.;“”"]{1,60},)?(?:\s*\([^()]{1,30}\))?\s+as\s+(?:his|her|their|the\s+party['’]s)\s+running\s+mate\b/i.test(view.after(person))) addRole(person, { title: 'Running Mate', ...(held ? { tense: 'former' as const } : {}) });
  const mateBefore = /\brunning\s+mate\s+(?:is|was|will\s+be)\s+[^,.;“”"]{0,80}$/i.exec(view.before(person));
  if (mateBefore && !view.people.some((one) => view.at(one) < view.at(person) && view.at(one) > mateBefore.index)) addRole(person, { title: 'Running Mate' });
  // ("Sempele's running mate, X, is now …": the title set off by commas after its holder's possessor; "Y's running mate X".)
  if (RUNNING_MATE_OF.test(view.before(person))) addRole(person, { title: 'Running Mate' });
  // ("X, Y's running mate, addressed …", "X, her running mate,", "X, who is Y's running mate,": an apposition; "X, who was
  // Y's running mate in 2022,": one of a finished race; "X will deputise Y in the race for …": the running mate to be.)
  const after = view.after(person);
  const mate = MATE_AFTER.exec(after);
  // (A year after it dates a race, over or to come, that the apposition does not settle: "X, Y's running mate in 2017,".)
  if (mate && (mate[1] === 'was' || !mate[2])) addRole(person, { title: 'Running Mate', ...(mate[1] === 'was' ? { tense: 'former' as const } : {}) });
  else if (DEPUTISE_IN_RACE.test(after)) addRole(person, { title: 'Running Mate' });
}

/** ", Y's running mate,", ", her running mate.", ", the running mate,", ", who is/was Y's running mate": the apposition after the name. */
const MATE_AFTER = /^\s*,\s*(?:who\s+(is|was)\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*['’]s|his|her|their|the(?:\s+party['’]s)?)\s+running\s+mate(?=\s*[,.;]|\s*$|\s+(?:in|for|on)\b)(\s+in\s+\d{4})?/u;
/** "will deputise Y in the race for …", "will deputise her on the UDA ticket": a running mate named for a race still to run. */
const DEPUTISE_IN_RACE = /^\s+(?:will|would|is\s+set\s+to|is\s+expected\s+to)\s+deputise\s+[^,.;:“”"]{1,60}?\s+(?:in\s+the\s+(?:\d{4}\s+)?(?:race|contest|election|polls|bid)|on\s+(?:the|a|an|his|her|their)\s+[^,.;:“”"]{0,30}ticket)\b/u;

// (Built once, not per person: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const RUNNING_MATE_OF = /(?:\p{Lu}[\p{L}'’-]*['’]s|\b(?:his|her))\s+running\s+mate\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/u;

/** "was elected …", "were elected …", "won the seat …" before a running mate: the election is over. */
const ELECTION_HELD = /\b(?:(?:was|were)\s+(?:re-?)?elected|won)\b[^.;:“”"]{0,80}\balongside\s+$/iu;

/**
 * "UDA's nominee for the post of Parliamentary Caucus chairperson", "ODM's candidate for party chairman": a
 * nomination for an office inside the party or the House, which no election of the voters decides; no candidacy.
 */
const INTERNAL_POST = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?(?:candidate|nominee)\s+for\s+(?:the\s+)?(?:(?:post|position|office)\s+of\s+(?:the\s+)?)?(?:[\p{L}-]+\s+){0,3}?(?:chair|chairman|chairperson|chairwoman|chairlady|leader|whip|speaker|secretary-general|treasurer|secretary)\b/iu;

/** Gate: a candidacy's word, "candidate", "nominee", "flagbearer" or "flag-bearer". */
export const CANDIDACY_WORDS: WordGate = ['candidate', 'nominee', 'flagbearer', 'bearer'];

/** ", a friend of Governor Y," closing before the verb. */
const APPOSITION = /^\s*,(?!\s*who\b)[^,;.:“”"()]{1,100},/;
/** ", a friend of Governor ": the words before a name that make it part of another's apposition. */
const APPOSITION_OPENING = /^\s*,\s*(?:an?|the)\s+[^,;.:“”"()]{1,80}$/;

/** The person is named inside the apposition of the name before them. */
function insideApposition(view: SentenceView, person: Mention): boolean {
  const earlier = view.people.filter((one) => view.at(one) < view.at(person)).at(-1);
  return earlier !== undefined && APPOSITION_OPENING.test(view.gap(earlier, person));
}

/** Between the person and the party: the verb to be, after "who", a comma, or an apposition set off by commas. */
const BE_BEFORE_PARTY = /^(?:\s*,\s*who|\s*,[^,;.:“”"()]{1,100},|\s*,)?\s+(is|was|has\s+been|will\s+be)\s+(?:also\s+|now\s+)?(the\s+)?$/i;

/** "X was UDA's candidate in 2017", "X was the ODM candidate for governor in 2017": a candidacy stated with the verb to be. */
export function candidateByBe(view: SentenceView, { person, later }: PersonInSentence): void {
  if (!view.hasAny(CANDIDACY_WORDS)) return;
  // ("X, who was the ODM candidate …": "the" before the party, which then names the candidacy without "'s"; "His rival,
  // Senator X, was …": the comma that closes what set the name off; "X, a former nominated MCA, is ODM's candidate": an
  // apposition between, naming no one else.)
  const next = later[0];
  const gap = next && view.partyLike(next) ? view.gap(person, next) : '';
  const be = gap ? BE_BEFORE_PARTY.exec(gap) : null;
  // (Names inside the apposition are its own words: "X, a friend of Governor Y, was UDA's candidate" is X's. And Y, inside
  // X's apposition, is no subject of the verb after it.)
  if (be && !APPOSITION.test(gap) && view.someoneBetween(view.at(person), view.at(next as Mention))) return;
  if (be && /^\s*,\s+\w/.test(gap) && insideApposition(view, person)) return;
  // (Not "X is the ODM candidate's chief campaigner": the candidate is someone else.)
  const candidacy = be?.[2] ? /^\s+(?:[\p{Ll}-]+\s+)?(?:candidate|nominee|flag-?bearer)\b(?!['’]s\b)/u : /^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:candidate|nominee|flag-?bearer)\b(?!['’]s\b)/u;
  // ("X, who was Jubilee's candidate in 2017 but is now in UDA": a candidacy told in the past is over.)
  if (!be || !candidacy.test(view.after(next as Mention)) || INTERNAL_POST.test(view.after(next as Mention))) return;
  const party = (next as Mention).name;
  // (Only a past the sentence dates or sets against the present: "was ODM's candidate in the by-election" may be the
  // candidacy it goes on to say is run again.)
  if (!/^was$/i.test(be[1] as string) || !DATED_CANDIDACY.test(view.after(next as Mention))) return tieOf(person, party, 'candidate');
  // (The apposition's reading gave the same candidacy undated.)
  person.ties = (person.ties ?? []).filter((tie) => !(tie.party === party && tie.relation === 'candidate' && !tie.tense));
  tieOf(person, party, 'candidate', 'former');
}

/**
 * "'s candidate in 2017", " candidate for governor in 2017", "'s candidate in the by-election but is now …", "… but
 * lost": a year, the present set against it, or the race lost.
 */
const DATED_CANDIDACY = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?(?:candidate|nominee|flag-?bearer)\b(?:(?:\s+for\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?)?\s+(?:in|for)\s+(?:the\s+)?\d{4}\b|[^,.;:“”"]{0,60}?\s+but\s+(?:is|has|now|lost)\b)/u;

/** "X, TKM's candidate in the Kitui Central by-election": a candidacy in apposition. */
export function candidateInApposition(view: SentenceView, { person, next }: PersonInSentence): void {
  if (!view.hasAny(CANDIDACY_WORDS)) return;
  if (next && view.partyLike(next) && /^\s*,\s*$/.test(view.gap(person, next)) && /^['’]s\s+(?:presidential\s+|parliamentary\s+|gubernatorial\s+)?(?:candidate|nominee|flag-?bearer)\b/i.test(view.after(next)) && !INTERNAL_POST.test(view.after(next))) tieOf(person, next.name, 'candidate');
}

/**
 * "X, a former Sabatia MP who is now the party's presidential hopeful", "X, who was the party's presidential candidate
 * in 2022": a candidacy of the party the sentence has in play; told in the past, one over.
 */
export function theirCandidate(view: SentenceView, { person }: PersonInSentence): void {
  if (!view.hasAny(THE_PARTYS)) return;
  const stated = THE_PARTYS_CANDIDATE.exec(view.after(person));
  if (!stated || !view.inPlay || view.someoneBetween(view.end(person), view.end(person) + stated[0].length)) return;
  // ("who is the party's candidate for national chairman": an office inside the party, which no election of the voters decides.)
  if (INTERNAL_POST_AFTER.test(view.after(person).slice(stated[0].length))) return;
  if (/^was$/i.test(stated[1] as string)) return tieOf(person, view.inPlay, 'candidate', 'former');
  officeIn(person, `${stated[2] ?? ''}${stated[3] as string}`, view.inPlay);
}

/** Gate: "the party's". */
export const THE_PARTYS: WordGate = ['party'];
const THE_PARTYS_CANDIDATE = /^(?:\s*,[^,.;“”"]{1,60}?\s+(?=who\s)|\s*,\s*)who\s+(is|was|has\s+been|will\s+be)\s+(?:now\s+|also\s+|again\s+)?the\s+party['’]s\s+((?:presidential|gubernatorial|senatorial|parliamentary)\s+)?(candidate|hopeful|flag-?bearer|nominee)\b/iu;
const INTERNAL_POST_AFTER = /^\s+for\s+(?:the\s+)?(?:(?:post|position|office)\s+of\s+)?(?:[\p{L}-]+\s+){0,3}?(?:chair\w*|leader|whip|speaker|secretary-general|treasurer|secretary)\b/iu;

/** "X was nominated by UDA", "nominated to the Kilifi County Assembly by UP-K": a candidacy, and a nominated seat not yet taken up. */
export function nominatedBy(person: Mention, party: Mention, direct: string, clear: boolean): void {
  if (clear && FRONTED_BY.test(direct)) tieOf(person, party.name, 'candidate');
  if (!clear || !NOMINATED_BY.test(direct)) return;
  tieOf(person, party.name, 'candidate');
  const assembly = /\bnominated\s+to\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}County\s+Assembly)\b/u.exec(direct);
  if (assembly) addRole(person, { title: 'MCA', organisation: assembly[1] as string, tense: 'incoming' });
}

/** "X, a one-time Logologo MCA fronted by Jubilee,", "X, who was fronted by P,", "X was fronted by P": the party's candidate. */
const FRONTED_BY = /^(?:\s*,\s*(?:an?|the)\s+[^,;.:“”"()]{1,60}?\s+|\s*,\s*who\s+(?:was|is|has\s+been)\s+|\s+(?:was|is|has\s+been)\s+)fronted\s+by\s+(?:the\s+)?$/i;

/** "X, who won on a UDA ticket", "X will seek the Wiper ticket": no other subject between. */
/** A seat's title right after a lone word: "Hamisi MP", "Kakrao MCA", the word its place. */
const SEAT_AFTER = /^\s+(?:MP|MCA|Senator|Governor|Woman\s+Rep(?:resentative)?)\b/u;

/** Gate: "ticket(s)" or "flag" after the party. */
export const TICKET_WORDS: WordGate = ['ticket', 'tickets', 'flag'];

export function ticket(view: SentenceView, person: Mention, party: Mention, direct: string): void {
  if (!view.hasAny(TICKET_WORDS)) return;
  // ("Asked whether he would follow X to UDA, he said: “I was elected on a P ticket”": a ticket inside a quote is the speaker's word, no one's tie.)
  // ("will fly the flag of the Uzalendo Mashinani Party (UMP), which he joined in April, in the race for …": the flag named before its party.)
  const flagOf = FLAG_OF.test(direct);
  if ((!flagOf && (!TICKET_AFTER.test(view.after(party)) || !TICKET_BEFORE.test(direct))) || /[.;“”"]/.test(direct) || party.quoted) return;
  if ((HYPOTHETICAL_RUN.test(direct) || EXPECTED_RUN.test(direct)) && !PLAN_STATED.test(direct) && !PLAN_STATED_BEFORE.test(view.before(person))) return;
  // ("re-election in Garsen on a P ticket": a place is no one standing; nor "served as Hamisi MP": the place of a seat.)
  const place = (one: Mention) => one.kind === 'word' && (one.afterPlacePreposition || SEAT_AFTER.test(view.after(one)));
  if (place(person)) return;
  // ("X said he would challenge Y for the seat on a P ticket", "X beat Y on a P ticket": the rival is the verb's object, the ticket its subject's;
  // "X floored MP Y, who was elected on a P ticket in 2017": a clause of the rival's own is theirs.)
  // ("X first entered politics as an aide to former Senator Y before winning the ward seat on a Jubilee ticket": Y, named
  // after a preposition, is not the one who won; only a "who" clause of Y's own would make it Y's.)
  if (RIVAL_BEFORE.test(view.before(person)) && !/^(?:\s*,[^,;.“”"]{1,80})?\s*,\s*who\s/.test(direct)) return;
  // ("the death of North Gem MCA Y, a three-term Ward Rep who was elected on an ODM ticket": Y's own clause.)
  if (OBJECT_BEFORE.test(view.before(person)) && !/\bwho\s/.test(direct)) return;
  // "won the Funyula seat on an ODM ticket": a name after "the" modifies a noun; it is no other subject.
  // ("Dr X, a one-time Kenyan ambassador to Ethiopia, has declared she will seek …": the words of an apposition name no other subject.)
  const aside = /^\s*,[^,;.“”"]{1,80},/.exec(direct)?.[0].length ?? 0;
  // ("re-election in Garsen on a P ticket": a place after "in" is where, not who.)
  const others = view.people.filter((one) => view.at(one) > view.end(person) + aside && view.at(one) < view.at(party) && !inClause(view.before(one)) && !/\bthe\s+$/i.test(view.before(one)) && !place(one));
  if (others.length === 0 && !inClause(view.before(person))) bothOf(view, person, party.name, 'candidate', PAST_TICKET.test(direct) || CLOSED_SPAN.test(direct) ? 'former' : undefined);
}

/** "will fly the flag of the ", "flies the flag of ": a party's flag flown is its ticket. */
const FLAG_OF = /\b(?:fly|flies|flew|flying|carry|carries|carried)\s+the\s+flag\s+of\s+(?:the\s+)?$/i;

/** A verb of a contest, then its object's titles: "challenge", "beat former MP", "faces Governor", "against". */
const RIVAL_BEFORE = /\b(?:challeng\w*|fac(?:e|es|ed|ing)|beat(?:s|en|ing)?|defeat\w*|unseat\w*|oppos(?:e|es|ed|ing)|against|floor(?:s|ed|ing)?|trounc\w*|toppl\w*|(?:take|takes|took|taking)\s+on)\s+(?:(?:former|incumbent|area|nominated|the|\p{Lu}[\p{L}.'’-]*)\s+)*$/u;

/**
 * "He would run on a P ticket, his aides said", "X could vie on a P ticket if the talks collapse": a race only
 * supposed, by the writer or by others; no candidacy. (Not "said she would seek re-election on a P ticket": a plan
 * the person states is one, the pronoun after the verb or the name before it.)
 */
const HYPOTHETICAL_RUN = /\b(?:would|could|might|may)\s+(?:have\s+)?(?:(?:also|still|then|likely|possibly|instead|rather)\s+)?(?:run|vie|contest|stand|seek|go|fly)\b/;
/**
 * "is expected to seek the UDA ticket", "is tipped to vie on a Wiper ticket", "is widely expected to run on": the
 * reporter's expectation, no bid the text states (the README: no tie; "will seek the P ticket" stays a candidacy).
 */
const EXPECTED_RUN = /\b(?:is|are|was|were)\s+(?:(?:widely|largely|also|now|still|reportedly)\s+)?(?:expected|likely|tipped|rumoured|rumored|believed|touted|understood|said|reported)\s+to\s+(?:(?:also|again)\s+)?(?:run|vie|contest|stand|seek|go|fly|be\s+handed|get|eye)\b/;
const PLAN_VERB = String.raw`\b(?:said|says|told|tells|announced|announces|declared|declares|vowed|vows|insisted|insists|confirmed|confirms|promised|promises|indicated|indicates|maintained|maintains)\b`;
const PLAN_STATED = new RegExp(PLAN_VERB, 'i');
/** "said he would seek re-election on a P ticket": the one who would run is the pronoun after the verb. */
const PLAN_STATED_BEFORE = new RegExp(`${PLAN_VERB}(?:\\s+[\\p{Ll}]+){0,3}?\\s+(?:that\\s+)?$`, 'iu');

/**
 * "X won the UDA nomination", "X, who left office in 2022 after losing the UDA nomination": a party's nomination
 * sought is a candidacy, like its ticket; lost or denied, one over. Only the person the words follow, no one between.
 */
export function nomination(view: SentenceView, { person, previous, later }: PersonInSentence): void {
  if (!view.hasAny(NOMINATION_WORDS)) return;
  for (const party of later) {
    const direct = view.gap(person, party);
    const after = view.after(party);
    // ("who lost the ODM nominations", "was denied the ODM ticket", "lost the UDA ticket to a newcomer": a ticket sought
    // that went to another, as a nomination lost.)
    const sought = NOMINATION_AFTER.test(after) && NOMINATION_BEFORE.test(direct);
    const refused = !sought && TICKET_REFUSED.test(after) && TICKET_LOST.test(direct);
    if ((!sought && !refused) || /[.;:“”"]/.test(direct) || party.quoted) continue;
    if (view.someoneBetween(view.at(person), view.at(party)) || inClause(view.before(person))) continue;
    tieOf(person, party.name, 'candidate', refused || LOST.test(direct) ? 'former' : undefined);
  }
  // ("X, whom UDA denied the ticket,", "UDA denied X the ticket": the party refused the one who sought its ticket.)
  const denier = later[0] && DENIED_BY.test(view.gap(person, later[0])) && DENIED_WHAT.test(view.after(later[0])) ? later[0] : previous && view.partyLike(previous) && DENIED_TO.test(view.gap(previous, person)) && THE_TICKET.test(view.after(person)) ? previous : undefined;
  if (denier && !denier.quoted && view.partyLike(denier)) tieOf(person, denier.name, 'candidate', 'former');
}

/** Gate: "nomination" or "ticket" after the party, or "denied". */
export const NOMINATION_WORDS: WordGate = ['nomination', 'nominations', 'primaries', 'primary', 'ticket', 'denied'];
/** "lost the UDA ticket", "was denied the ODM ticket": not "denied the ODM ticket claims", a report refuted. */
const TICKET_REFUSED = /^\s+ticket\b(?!\s+(?:claims?|reports?|allegations?|rumou?rs?|story|stories)\b)/i;
const TICKET_LOST = /\b(?:lost|loses|lose|losing|(?:was|were|been|being)\s+denied)\s+(?:the\s+)?$/i;
/** ", whom " before the party, " denied the ticket" after it. */
const DENIED_BY = /^\s*,\s*whom\s+$/;
const DENIED_WHAT = /^\s+(?:had\s+|has\s+)?denied\s+(?:the\s+)?(?:party['’]s\s+)?(?:ticket|nomination)\b(?!\s+(?:claims?|reports?|allegations?))/i;
/** "UDA denied X the ticket", "ODM had denied Mr X the nomination". */
const DENIED_TO = /^\s+(?:had\s+|has\s+)?denied\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/;
const THE_TICKET = /^\s+(?:the|its)\s+(?:party['’]s\s+)?(?:ticket|nomination)\b/i;
/** "won the UDA nomination", "after losing the ODM nomination". */
const NOMINATION_BEFORE = /\b(?:won|wins|win|winning|lost|loses|lose|losing|clinched|clinching|secured|securing|bagged|handed|given|denied)\s+(?:the\s+)?$/i;
/** (Not "the ODM nomination for party chairman": a post inside the party is no candidacy at the polls.) */
// ("lost the UDA primary to X": a primary, not "the Wiper primary school".)
const NOMINATION_AFTER = /^\s+(?:party\s+)?(?:nominations?|primaries|primary(?=\s*(?:[,.;]|$|\s(?:to|in|for|last|on|by|against|after|held|race|contest|poll|vote|election)\b)))\b(?!\s+(?:for|to)\s+(?:the\s+)?(?:(?:post|position|office)\s+of\s+)?(?:party\s+|national\s+|county\s+|branch\s+)?(?:chair|leader|secretary|treasurer|whip|speaker|organi[sz]ing))/i;
/** A nomination that went to someone else, or was refused: the bid is over. */
const LOST = /\b(?:lost|loses|lose|losing|denied)\s+(?:the\s+)?$/i;

/**
 * "was elected on a P ticket", "won his seat on a P ticket", "vied on a P ticket", "served two terms on a P ticket": a
 * race run and over (not "won the P ticket", a nomination).
 */
// ("X, a first-term legislator elected on a P ticket", "who beat him in 2022 on a P ticket": a participle of a race
// won, not "to be elected on a P ticket", a race to come.)
// ("was later elected MCA in 2017, this time on a P ticket": an adverb of sequence, or an aside that only sets this race
// against an earlier one, leaves it the same past race; any other clause after a comma may bring a new verb, "…, but now
// runs on a P ticket".)
const PAST_TICKET = /\b(?:(?:was|were|had\s+been)\s+(?:(?:later|first|then|also|subsequently)\s+)?(?:re-)?elected|(?<!\b(?:be|being|get|gets|getting|got)\s+)(?:re-)?elected|won|vied|ran|contested|stood|lost|served|represented|beat|defeated|trounced|floored|unseated)\b[^,;.“”"]{0,40}?(?:,\s+(?:this\s+time|(?:once\s+)?again|once\s+more|that\s+time|first|initially))?\s+on\s+(?:an?|the|his|her|their)\s+$/i;

/** "led the county from 2013 to 2022 on a P ticket": a span of years that has closed dates the race, whatever the verb. */
const CLOSED_SPAN = /\b(?:from\s+\d{4}\s+(?:to|until|till)\s+\d{4}|between\s+\d{4}\s+and\s+\d{4})\b/;

/** "X, who was seeking the post of National Chairman": a party office sought; its party only when the sentence names one. */
/** Gate: POST_SOUGHT's "the post/position/seat/office of". */
export const POST_WORDS: WordGate = ['post', 'position', 'seat', 'office'];

export function postSought(view: SentenceView, { person }: PersonInSentence): void {
  if (!view.hasAny(POST_WORDS)) return;
  const post = POST_SOUGHT.exec(view.after(person));
  const role = post ? readRole(post[1] as string) : undefined;
  if (!role || !isOffice(role.title)) return;
  const named = view.parties.length === 1 && !SEATS.test(role.title) ? { organisation: (view.parties[0] as Mention).name } : {};
  addRole(person, { title: role.title, ...named, tense: 'aspiring' });
}

/**
 * "The Wiper Democratic Movement has fronted former Speaker X", "The KDA has also fronted X": the party's candidate;
 * "ODM has fronted X, a one-time envoy, and Y, who served as …, for the EALA seats": each of the list, and the seat.
 */
export function fronted(view: SentenceView, { person }: PersonInSentence): void {
  const fronting = view.partyBeforeTitle(person);
  if (!fronting) return;
  const gap = view.gap(fronting, person);
  // ("UDA's nominee for the Kangema seat is X", "The UDA candidate for the seat is X": the candidacy told with the party
  // first, the person its complement; only with the party opening the sentence: "X said UDA's candidate is Y" is X's
  // word for it.)
  const named = view.people.some((one) => one.kind === 'person' && view.at(one) > view.at(fronting) && view.at(one) < view.at(person));
  if (CANDIDATE_IS.test(gap) && !INTERNAL_POST.test(view.after(fronting)) && /^(?:The\s+)?$/.test(view.before(fronting)) && !named) return tieOf(person, fronting.name, 'candidate');
  if (!view.alone(fronting)) return;
  // ("The KUP, led by former Senator X, has fronted Y": the leader named in the aside is not the one fronted.)
  const aside = LED_ASIDE.exec(gap)?.[0].length ?? 0;
  // ("has handed its Kangema ticket to X": a place named between is no one else fronted.)
  const from = view.end(fronting) + aside;
  const direct = FRONTED.test(gap.slice(aside)) && !view.people.some((one) => one.kind === 'person' && view.at(one) > from && view.at(one) < view.at(person));
  // (The words of the apposition between may name a place or a nationality: the gap's shape settles the list.)
  const previous = view.people.slice(0, view.people.indexOf(person)).findLast((one) => frontedBy.get(one) === fronting);
  const listed = !direct && previous !== undefined && FRONTED_NEXT.test(view.gap(previous, person));
  if (!direct && !listed) return;
  frontedBy.set(person, fronting);
  tieOf(person, fronting.name, 'candidate');
  const regional = REGIONAL_SEATS.test(view.after(person));
  if (regional) addRole(person, { title: 'MP', organisation: REGIONAL_PARLIAMENT, tense: 'aspiring' });
}

/** Who a party was read to have fronted, for the next name of the list. */
const frontedBy = new WeakMap<Mention, Mention>();
