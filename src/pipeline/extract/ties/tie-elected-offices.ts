/**
 * A party office the person's own clause says they were given or hold: "X was
 * elected Secretary-General of the PPK", "X, who … is the PUP-K's Party Whip",
 * "X, who quit Jubilee … and is now the party's Director of Elections", "X left
 * Jubilee for the KMF and was elected its party leader". The office's party is
 * the one the clause names, or moved to.
 */
import { readRole } from '../roles';
import type { WordGate } from '../../text/word-gates';
import type { PersonInSentence, SentenceView } from '../sentence-view';
import { setRole } from '../tie-facts';
import { PARTY_OFFICE, titleCase, WAS_ELECTED } from './tie-patterns';

/** "X was elected Secretary-General of the PPK" / "X was elected CCW-K chairperson". */
export function electedOffice(view: SentenceView, { person, later }: PersonInSentence): void {
  const elected = WAS_ELECTED.exec(view.after(person));
  if (!elected) return;
  const from = view.end(person) + elected[0].length;
  // ("X, an ally of Governor Y, who was elected …": the clause is the last name's.)
  if (/\bwho\b/.test(elected[0]) && view.someoneBetween(view.end(person), from)) return;
  const party = later.find((one) => view.at(one) >= from);
  if (!party) return;
  const between = view.text.slice(from, view.at(party));
  // ("was elected chairman of the ODM Youth League": an office of the party's organ, titled with it.)
  const organ = ORGAN_AFTER.exec(view.after(party));
  // ("was elected DAPK National Chairman": "National" opens the office here, not a body of the party.)
  // ("was elected chairman of ODM's Nairobi branch": the office of something the party has.)
  if ((!organ && !view.alone(party) && !NATIONAL_OFFICE.test(view.after(party))) || (between !== '' && /^['’]s?\s/.test(view.after(party)))) return;
  const office = TITLE_OF.exec(between)?.[1] ?? (between === '' && !organ ? OFFICE_NAMED_AFTER.exec(view.after(party))?.[1] : undefined);
  const titled = office && organ ? `${titleCase(organ[1] as string)} ${titleCase(office)}` : office;
  // ("was elected National Treasurer of P and will take office in January": an office not yet taken up.)
  const role = titled ? readRole(titled.trim(), party.name, TAKES_OFFICE_LATER.test(view.after(party)) ? 'incoming' : undefined) : undefined;
  if (!role || !PARTY_OFFICE.test(organ ? role.title.slice((organ[1] as string).length).trim() : role.title)) return;
  // (The name's own context may have read the office already, undated: the same office, now dated.)
  const read = [person.role, ...(person.roles ?? [])].find((one) => one?.title === role.title && one.organisation === role.organisation && !one.tense);
  if (read && role.tense) read.tense = role.tense;
  else setRole(person, role);
}

/** "X was elected chairperson of the party's women's league": the organ of the party the sentence has in play. */
export function electedPartysOrgan(view: SentenceView, { person }: PersonInSentence): void {
  if (!view.inPlay || !view.hasAny(PARTYS)) return;
  const elected = WAS_ELECTED.exec(view.after(person));
  const office = elected ? PARTYS_ORGAN_OFFICE.exec(view.after(person).slice(elected[0].length)) : null;
  if (!elected || !office || (/\bwho\b/.test(elected[0]) && view.someoneBetween(view.end(person), view.end(person) + elected[0].length))) return;
  const role = readRole(`${titleCase(office[2] as string)} ${titleCase(office[1] as string)}`, view.inPlay);
  if (role) setRole(person, role);
}

/** "chairperson of the party's women's league": a league office, the league the party's. */
const PARTYS_ORGAN_OFFICE = /^((?:(?:deputy|vice)\s+)?(?:chairman|chairperson|chairwoman|secretary|treasurer|organi[sz]ing\s+secretary))\s+of\s+the\s+party['’]s\s+((?:youth|women['’]s|women)\s+(?:league|wing))\b/i;

/** Gate: IS_THE's "who". */
export const WHO: WordGate = ['who'];

/** "X, who left ANC for the PUP-K in 2023 and is the PUP-K's Party Whip in the Senate": an office held now, in the person's own clause. */
export function officeInClause(view: SentenceView, { person, later }: PersonInSentence): void {
  if (!view.hasAny(WHO)) return;
  for (const party of later) {
    const between = view.gap(person, party);
    if (!between.endsWith('the ') || !IS_THE.test(between) || view.someoneBetween(view.at(person), view.at(party))) continue;
    const office = /^['’]s/.test(view.after(party)) ? OFFICE_NAMED_AFTER.exec(view.after(party))?.[1] : undefined;
    const role = office ? readRole(office, party.name) : undefined;
    if (role && PARTY_OFFICE.test(role.title)) setRole(person, role);
  }
}

/**
 * "X, who quit Jubilee in October to join NAREM and is now the party's Director of Elections": "the party" is the one
 * the clause moved to, the last it names.
 */
export function officeOfPartyJoined(view: SentenceView, { person, later }: PersonInSentence): void {
  if (!view.hasAny(PARTYS)) return;
  const office = PARTYS_OFFICE_IN_CLAUSE.exec(view.after(person));
  if (!office) return;
  const end = view.end(person) + office.index + office[0].length;
  const party = later.filter((one) => view.at(one) < end).at(-1);
  const role = party && !view.someoneBetween(view.at(person), end) ? readRole((office[1] as string).trim(), party.name) : undefined;
  if (role && (PARTY_OFFICE.test(role.title) || /^Director of\s/.test(role.title))) setRole(person, role);
}

/** Gate: "the party's". */
export const PARTYS: WordGate = ['party'];

/** ", who … to join NAREM and is now the party's Director of Elections": the office after the move. */
const PARTYS_OFFICE_IN_CLAUSE = /^\s*,\s*who\s+[^.;:“”"]{1,120}?\s+and\s+is\s+(?:now\s+|also\s+|currently\s+)?the\s+party['’]s\s+((?:\p{Lu}[\p{L}-]*\s+){0,2}(?:of\s+)?\p{Lu}[\p{L}-]*)(?=[,.;]|\s+(?:in|and|who|since)\b|$)/u;

/** Capitalised words only (or nothing) before the person: the sentence's subject. */
// (Built once, not per person: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const CAPITALISED_WORDS = /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** Gate: ELECTED_ITS's "its". */
export const ITS_ONLY: WordGate = ['its'];

/**
 * "X left Jubilee for the KMF in 2024 and was elected its party leader in
 * March": the sentence's subject, given an office of the party named last before "its".
 */
export function electedIts(view: SentenceView, { person, later }: PersonInSentence): void {
  if (!view.hasAny(ITS_ONLY)) return;
  if (!CAPITALISED_WORDS.test(view.before(person))) return;
  const office = ELECTED_ITS.exec(view.after(person));
  if (!office) return;
  const end = view.end(person) + office.index + office[0].length;
  const party = later.filter((one) => view.at(one) < end).at(-1);
  const written = (office[1] as string).trim().replace(/^(?:party\s+)?leader$/i, 'Party Leader');
  const role = party && !view.someoneBetween(view.at(person), end) ? readRole(written, party.name) : undefined;
  if (role && PARTY_OFFICE.test(role.title)) setRole(person, role);
}

/** Gate: ELECTED_AFTER_MOVE's verb of leaving. */
export const LEFT_WORDS: WordGate = ['left', 'quit', 'ditched', 'dumped', 'defected', 'decamped'];

/**
 * "Moiben MP X, who left UDA for the KMF in July, was elected Deputy Party
 * Leader": an office the subject was given after the clause, in the party the clause moved to.
 */
export function electedAfterMove(view: SentenceView, { person, later }: PersonInSentence): void {
  if (!view.hasAny(LEFT_WORDS)) return;
  const office = ELECTED_AFTER_MOVE.exec(view.after(person));
  if (!office || !CAPITALISED_WORDS.test(view.before(person))) return;
  const clauseEnd = view.end(person) + (office[1] as string).length;
  const party = later.filter((one) => view.at(one) < clauseEnd).at(-1);
  const role = party && !view.someoneBetween(view.at(person), clauseEnd) ? readRole((office[2] as string).trim(), party.name) : undefined;
  if (role && PARTY_OFFICE.test(role.title)) setRole(person, role);
}

const ELECTED_AFTER_MOVE =
  /^(\s*,\s*who\s+(?:left|quit|ditched|dumped|defected\s+from|decamped\s+from)\s+[^,.;:“”"]{1,60}?\s+(?:for|to)\s+[^,.;:“”"]{1,60}),\s+(?:was|has\s+been|is)\s+(?:also\s+|later\s+|since\s+|now\s+)?(?:elected|re-elected|named|appointed|confirmed|installed|made)\s+(?:as\s+)?(?:(?:the|its)\s+(?:party['’]s\s+)?)?((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)/u;

const ELECTED_ITS = /^[^.;:“”"]{0,160}?\s(?:and\s+)?(?:was|has\s+been|had\s+been|is)\s+(?:later\s+|since\s+|also\s+|now\s+)?(?:elected|re-elected|named|appointed|confirmed|installed|made)\s+(?:as\s+)?its\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)(?=\s+(?:in|on|at|last|this|since|after|before|and|for|by)\b|[,.;]|$)/u;

/** ", who is the", "… and is also the": the person's own clause saying what they are. */
const IS_THE = /^\s*,\s*who\s+(?:[^.;:“”"]{1,100}?\s+and\s+)?(?:is|remains)\s+(?:also\s+|now\s+|currently\s+)?the\s+$/;

/** "and will take office in January", "is to assume office next month": the office is the person's from a later day. */
const TAKES_OFFICE_LATER = /^[^.;“”"]*?\b(?:will|is\s+to|is\s+set\s+to|shall)\s+(?:take|assume)\s+office\b/i;

/** "was elected CCW-K chairperson", "was confirmed as PUP-K's Deputy Party Leader": the office right after the party. */
// (Not "is the P's chairman's wife": the office of someone else.)
const OFFICE_NAMED_AFTER = /^(?:['’]s)?\s+((?:[\p{L}-]+\s+){0,2}?(?:chair\w*|secretary-general|treasurer|leader|deputy\s+party\s+leader|whip))\b(?!['’])/iu;

/** "Secretary-General of the": a capitalised office right before its party. (Built once: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.) */
// ("was elected chairman of ODM": a party office in lower case too.)
const TITLE_OF = /^((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*|(?:(?:deputy|vice|national|assistant)\s+)?(?:chairman|chairperson|chairwoman|vice-chairman|vice-chairperson|secretary-general|treasurer|organi[sz]ing\s+secretary|party\s+leader))\s+of\s+(?:the\s+)?$/u;
/** " Youth League", " Women's League", " National Elections Board": the party's organ, right after its name. */
// ("chairman of the HUM youth league": the organ in lower case too, titled as written in capitals.)
const ORGAN_AFTER = /^\s+((?:Youth|Women['’]s|Women|National\s+Elections)\s+(?:League|Wing|Board)|(?:youth|women['’]s|women)\s+(?:league|wing))\b/;

const NATIONAL_OFFICE = /^\s+national\s+(?:chair\w*|vice-chair\w*|secretary-general|treasurer|organi[sz]ing\s+secretary)\b/i;
