/**
 * Offices held in a party, as news English states them: "ODM leader X", "X,
 * the ODM Nairobi branch chairman", "party leader X", "its leader, X", "X, who
 * chairs P", "elected X as the party's National Chairman", "X was elected
 * Secretary-General of P", "the X-led party", "P, led by X". Each is a role
 * and the tie it implies.
 */
import type { Mention } from '../types';
import { readRole, tenseBefore } from './roles';
import type { WordGate } from '../text/word-gates';
import type { PersonInSentence, SentenceView } from './sentence-view';
import { isOffice, officeIn, relationOfRole, setRole, SOUGHT_SEATS, tieOf } from './tie-facts';
import { CHAIRS_BUT, SUBJECT_IS_LED_BY, SUBJECT_LED_BY, AND_AS, AS_LOWER_OFFICE, AS_OFFICE, AS_OFFICE_AFTER_VERB, AS_TITLE, CHAIRED, CHAIRS, GIVES_OFFICE, ITS_OFFICE, LED_BY, OFFICE_AFTER, OFFICE_BEFORE, officeWords, ORGAN, ORGAN_HEAD, ORGAN_CHAIRED_BY, PARTY_OFFICE, SEATS, STANDINGS, titleCase, WAS_ELECTED, WILL_SERVE, X_LED, X_LED_PARTY } from './tie-patterns';

/** The person's own role, when its organisation is a party: "ODM leader X", "UDA nominee X". */
export function ownRoleInParty(view: SentenceView, { person }: PersonInSentence): void {
  const partyNamed = (organisation: string | undefined) => view.mentions.some((one) => view.partyLike(one) && one.name === organisation);
  // ("Former Senator X, the ODM governor,": so is a seat of the apposition, a role after the first.)
  if (person.roles?.some((role) => SEATS.test(role.title) && partyNamed(role.organisation))) {
    person.roles = person.roles.map((role) => {
      if (!SEATS.test(role.title) || !partyNamed(role.organisation)) return role;
      const { organisation: _party, ...seat } = role;
      return seat;
    });
  }
  if (!person.role?.organisation || !view.mentions.some((one) => view.partyLike(one) && one.name === person.role?.organisation)) return;
  // "JDC leader X" and "party leader X" are one office: a party's leader holds its Party Leader; so does its "boss"
  // ("JRC boss X", "the JDC party boss"), as news English calls the one who leads it.
  if (/^(?:Leader|Boss|Party Boss)$/.test(person.role.title)) person.role = { ...person.role, title: 'Party Leader' };
  const role = person.role;
  // ("a Jubilee-nominated MCA": a seat the party nominated the holder to is a candidacy of the party's, as "nominated by P".)
  const nominated = SEATS.test(role.title) && view.mentions.some((one) => view.partyLike(one) && one.name === role.organisation && /^-nominated\b/.test(view.after(one)));
  if (nominated) person.ties = (person.ties ?? []).filter((tie) => !(tie.party === role.organisation && tie.relation === 'member'));
  tieOf(person, role.organisation as string, nominated ? 'candidate' : relationOfRole(role), role.tense);
  // "UDA MP X" holds a seat as the party's member, not an office of the party: the seat keeps no organisation;
  // nor does one sought ("the PPK's presidential candidate").
  if (SEATS.test(role.title) || (role.tense === 'aspiring' && SOUGHT_SEATS.test(role.title))) {
    if (STANDINGS.test(role.title)) delete person.role;
    else person.role = { title: role.title, ...(role.tense ? { tense: role.tense } : {}) };
  }
}

/** "UDA Kericho branch chairman X", "the ODM county secretary X": the office written in lower case before the name. */
const BRANCH_TITLE = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:branch|county)\s+((?:(?:deputy|vice|assistant|organi[sz]ing)\s+)?(?:chair(?:man|woman|person|lady)?|secretary|secretary-general|treasurer|vice-chair\w*))\s+(?:(?:Hon|Dr|Prof|Eng|Mr|Mrs|Ms)\.?\s+)?$/u;

/** "X, the ODM Nairobi branch chairman", "UDA Kericho branch chairman X": a branch office is an office of the party. */
export function branchOffice(view: SentenceView, { person }: PersonInSentence): void {
  const party = view.partyBefore(person);
  const written = party && view.alone(party) ? BRANCH_TITLE.exec(view.gap(party, person)) : null;
  if (party && written && !view.someoneBetween(view.at(party), view.at(person))) {
    // ("outgoing UDA Kericho branch chairman X": the word before the party dates the office.)
    const role = readRole(written[1] as string, party.name, person.role?.tense ?? tenseBefore(/(\S+)\s+$/.exec(view.before(party))?.[1] ?? ''));
    if (person.role && !person.role.organisation && person.role.title === role?.title) delete person.role;
    if (role) setRole(person, role);
    return;
  }
  const held = person.role;
  // ("X, the MPK's Busia branch chairperson,": the party's possessive before the branch's place.)
  const branch = held?.organisation && /^Branch\s/.test(held.title) ? /^(\S+?)(?:['’]s)?\s/.exec(held.organisation) : null;
  if (!held || !branch || !view.isParty(branch[1] as string)) return;
  delete person.role;
  setRole(person, { title: held.title.replace(/^Branch\s+/, ''), organisation: branch[1] as string, ...(held.tense ? { tense: held.tense } : {}) });
}

/** "party leader X", "X, the party's chairman": the party the article is about, when there is one. */
export function officeOfTheParty(view: SentenceView, { person }: PersonInSentence): void {
  // ("Party spokesperson X said the meeting would discuss coalition talks with Wiper": a party the sentence names only in
  // what the person said is not the one their title means, unless the sentences before are about it too.)
  const onlySpokenOf = view.parties.length > 0 && view.parties.every((party) => view.at(party) > view.end(person) && SPOKE.test(view.text.slice(view.end(person), view.at(party))));
  const party = onlySpokenOf && view.inPlayBefore !== view.inPlay ? undefined : view.inPlay;
  if (person.role && !person.role.organisation && /^Party\b/.test(person.role.title) && party) setRole(person, { ...person.role, organisation: party });
  // "party chairman X" is the party's Chairman: "Party" is its possessive, as in "the party's chairman" ("Party Leader", "Party Whip" stay titles).
  if (person.role && /^Party\s+(?:Chair\w*|Vice-Chair\w*|National Chair\w*|Secretary-General|Deputy Secretary-General|Treasurer|Organi[sz]ing Secretary)$/.test(person.role.title)) {
    person.role = { ...person.role, title: person.role.title.replace(/^Party\s+/, '') };
    if (person.ties && person.role.organisation) for (const one of person.ties) if (/^Party\s/.test(one.relation) && one.party === person.role.organisation) one.relation = person.role.title;
  }
  // ("Party deputy leader X" and "deputy party leader X": one office, written one way.)
  if (person.role?.title === 'Party Deputy Leader') {
    person.role = { ...person.role, title: 'Deputy Party Leader' };
    for (const one of person.ties ?? []) if (one.relation === 'Party Deputy Leader') one.relation = 'Deputy Party Leader';
  }
}

/** A verb of speech after a person: what follows it is what they said. */
const SPOKE = /\b(?:said|says|told|tells|added|noted|argued|claimed|warned|insisted|announced|stated|explained|urged|asked|disclosed|revealed)\b/;

/** Gate: ITS_OFFICE's "its" or "the party's". */
export const ITS: WordGate = ['its', 'party'];

/** "its leader, X", "and its secretary-general, X": "its" is the party named last; "the party's" the one the article is about. */
export function itsOffice(view: SentenceView, { person }: PersonInSentence): void {
  if (!view.hasAny(ITS)) return;
  const its = ITS_OFFICE.exec(view.before(person));
  if (!its) return;
  const party = /^its$/i.test(its[1] as string) ? (view.partyBefore(person)?.name ?? view.inPlay) : view.inPlay;
  if (!party) return;
  const role = readRole((its[2] as string).replace(/^leader$/i, 'Party Leader').replace(/^deputy\s+leader$/i, 'Deputy Party Leader'), party);
  if (role && isOffice(role.title)) setRole(person, role);
}

/** Gate: the verbs of CHAIRS, CHAIRS_BUT and CHAIRED; "as" before OFFICE_AFTER. */
export const CHAIRS_WORDS: WordGate = ['chairs', 'leads', 'heads', 'chaired', 'led', 'headed', 'as'];

/**
 * "X, who chairs P", "who leads P", "X, who chairs CCW-K's national elections board", "who chaired P"; "X as ODM's
 * Secretary-General", "X as the JDC's presidential candidate": the party named right after the person.
 */
export function chairsParty(view: SentenceView, { person, next, later }: PersonInSentence): void {
  if (!view.hasAny(CHAIRS_WORDS)) return;
  // ("who was elected on an ODM ticket but now chairs P's National Elections Board": the party after "but … chairs".)
  // ("X, who succeeded Y in 2017 and chairs P": a name inside the clause is its object; the clause's "who" is still X.)
  const afterBut = later.find((party) => CHAIRS_BUT.test(view.gap(person, party)) && (!view.someoneBetween(view.at(person), view.at(party)) || !/\bwho(?:m|se)?\b/.test(view.gap(person, party).replace(/^\s*,\s*who\s+/, ''))));
  if (afterBut) {
    const organ = ORGAN.exec(view.after(afterBut));
    const chairs = /chairs/i.test(CHAIRS_BUT.exec(view.gap(person, afterBut))?.[1] ?? '');
    if (organ && chairs) setRole(person, { title: `${titleCase(organ[1] as string)} Chairman`, organisation: afterBut.name });
    else if (!organ && view.alone(afterBut)) setRole(person, { title: chairs ? 'Chairman' : 'Party Leader', organisation: afterBut.name });
  }
  if (!next || !view.partyLike(next)) return;
  const between = view.gap(person, next);
  const chairs = CHAIRS.exec(between);
  const organ = ORGAN.exec(view.after(next));
  if (chairs && organ) {
    if (/chairs/i.test(chairs[1] as string)) setRole(person, { title: `${titleCase(organ[1] as string)} Chairman`, organisation: next.name });
  } else if (chairs && view.alone(next)) {
    if (/chairs/i.test(chairs[1] as string)) setRole(person, { title: 'Chairman', organisation: next.name });
    else setRole(person, { title: 'Party Leader', organisation: next.name });
  }
  const chaired = CHAIRED.exec(between);
  if (chaired && view.alone(next)) setRole(person, { title: /chaired/i.test(chaired[1] as string) ? 'Chairman' : 'Party Leader', organisation: next.name, tense: 'former' });
  const office = OFFICE_AFTER.exec(view.after(next));
  if (office && /^\s+as\s+(?:the\s+)?$/i.test(between)) officeIn(person, (office[1] as string).trim(), next.name);
}

/** Gate: AS_OFFICE's and AS_OFFICE_AFTER_VERB's "the party's" or "its"; "as" of AS_TITLE and AS_LOWER_OFFICE. */
export const AS_OFFICE_WORDS: WordGate = ['as', 'its', 'party'];

/** "elected X as the party's National Chairman", "X as its incoming Secretary-General", "named X as PPK Chairperson", "X would take over as its treasurer". */
export function asOffice(view: SentenceView, { person }: PersonInSentence): void {
  if (!view.hasAny(AS_OFFICE_WORDS)) return;
  const after = view.after(person);
  const stated = AS_OFFICE.exec(after) ?? AS_OFFICE_AFTER_VERB.exec(after);
  const party = /\bits\b/.test(stated?.[0] ?? '') ? (view.partyBeforeTitle(person)?.name ?? view.inPlay) : view.inPlay;
  if (stated && party) officeIn(person, (stated[1] as string).trim(), party);
  // Only after a verb that gives the office ("replaced Y as Chairman" gives Y none).
  const gives = !stated && GIVES_OFFICE.test(view.before(person));
  const asTitle = gives ? AS_TITLE.exec(after) : undefined;
  // ("named X as interim chairman": the office in lower case, of the party the sentence has in play.)
  const lower = gives && !asTitle && view.inPlay ? AS_LOWER_OFFICE.exec(after) : undefined;
  const office = lower ? readRole((lower[1] as string).replace(/^leader$/i, 'Party Leader'), view.inPlay) : undefined;
  if (office && PARTY_OFFICE.test(office.title)) setRole(person, office);
  if (!asTitle) return;
  // "as PPK Chairperson": the party written before the office; "as Party Leader": the party of the sentence.
  const written = asTitle[1] ?? asTitle[3];
  const named = written && view.isParty(written) ? written : undefined;
  const held = named ?? (written ? undefined : view.inPlay);
  const role = held ? readRole(officeWords(asTitle[2] as string), held) : undefined;
  // Only a party's own offices: "named X as Interior Cabinet Secretary" is a government office, held in no party.
  if (!held || !role || !PARTY_OFFICE.test(role.title)) return;
  if (role.title === 'Leader') role.title = 'Party Leader';
  setRole(person, role);
  const more = AND_AS.exec(after.slice(asTitle[0].length));
  if (more) officeIn(person, (more[1] as string).trim(), held);
}

/** "X was elected Secretary-General of the PPK" / "X was elected CCW-K chairperson". */
export function electedOffice(view: SentenceView, { person, later }: PersonInSentence): void {
  const elected = WAS_ELECTED.exec(view.after(person));
  if (!elected) return;
  const from = view.end(person) + elected[0].length;
  // ("X, an ally of Governor Y, who was elected …": the clause is the last name's.)
  if (/\bwho\b/.test(elected[0]) && view.someoneBetween(view.end(person), from)) return;
  const party = later.find((one) => view.at(one) >= from);
  // ("was elected DAPK National Chairman": "National" opens the office here, not a body of the party.)
  if (!party || (!view.alone(party) && !NATIONAL_OFFICE.test(view.after(party)))) return;
  const between = view.text.slice(from, view.at(party));
  const titled = /^((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?$/u.exec(between)?.[1] ?? (between === '' ? OFFICE_NAMED_AFTER.exec(view.after(party))?.[1] : undefined);
  // ("was elected National Treasurer of P and will take office in January": an office not yet taken up.)
  const role = titled ? readRole(titled.trim(), party.name, TAKES_OFFICE_LATER.test(view.after(party)) ? 'incoming' : undefined) : undefined;
  if (!role || !PARTY_OFFICE.test(role.title)) return;
  // (The name's own context may have read the office already, undated: the same office, now dated.)
  const read = [person.role, ...(person.roles ?? [])].find((one) => one?.title === role.title && one.organisation === role.organisation && !one.tense);
  if (read && role.tense) read.tense = role.tense;
  else setRole(person, role);
}

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

const NATIONAL_OFFICE = /^\s+national\s+(?:chair\w*|vice-chair\w*|secretary-general|treasurer|organi[sz]ing\s+secretary)\b/i;

/** Gate: WILL_SERVE's verb. */
export const SERVE_WORDS: WordGate = ['serve', 'act', 'deputise'];

/** "X, who will serve as Deputy Party Leader": incoming. */
export function willServe(view: SentenceView, { person }: PersonInSentence): void {
  if (!view.hasAny(SERVE_WORDS)) return;
  const serve = WILL_SERVE.exec(view.after(person));
  if (!serve || !view.inPlay) return;
  const role = readRole((serve[1] as string).trim(), view.inPlay, 'incoming');
  if (role && PARTY_OFFICE.test(role.title)) setRole(person, role);
}

/** Gate: "-led" (X_LED, X_LED_PARTY), "led by" (LED_BY, SUBJECT_LED_BY, SUBJECT_IS_LED_BY). */
export const LED: WordGate = ['led'];

/** "the Raila-led party", "the Kalonzo-led Wiper Democratic Movement": a party's leader holds its office of Party Leader. */
export function ledParty(view: SentenceView, { person, next }: PersonInSentence): void {
  if (!view.hasAny(LED)) return;
  const led = X_LED.exec(view.after(person));
  if (led && next && view.partyLike(next) && view.at(next) === view.end(person) + led[0].length) setRole(person, { title: 'Party Leader', organisation: next.name });
  else if (X_LED_PARTY.test(view.after(person)) && view.inPlay) setRole(person, { title: 'Party Leader', organisation: view.inPlay });
}

/** "The outgoing ODM Kilifi branch chairman, X,": dated by the word before the party; "The ODM nominee, X,": a candidacy. */
export function officeBefore(view: SentenceView, { person, previous: before }: PersonInSentence): void {
  // (The words between may name the organ or the place: "the UDA Women's League chairperson in Migori, X": the gap's shape settles it.)
  const previous = before && view.partyLike(before) ? before : view.partyBefore(person);
  const office = previous ? OFFICE_BEFORE.exec(view.gap(previous, person)) : undefined;
  if (!office || !previous) return;
  // "the UDA Women's League chairperson": the organ's name is part of the office; a branch's place ("ODM Kilifi branch chairman") is not.
  const organ = (office[2] as string).trim();
  const written = `${office[1] ?? ''}${ORGAN_HEAD.test(organ) ? `${organ} ${titleCase(office[3] as string)}` : (office[3] as string)}`;
  const role = readRole(written, previous.name, tenseBefore(/(\S+)\s+$/.exec(view.before(previous))?.[1] ?? ''));
  if (role && isOffice(role.title) && !/\bits\s+$/.test(view.before(previous))) setRole(person, role);
  else if (role?.title === 'Candidate') tieOf(person, previous.name, 'candidate');
}

/** Gate: ORGAN_CHAIRED_BY's verb. */
export const CHAIRED_BY: WordGate = ['chaired', 'headed'];

/** "The PPK's national elections board, which is chaired by Rev X". */
export function organChairedBy(view: SentenceView, { person, previous }: PersonInSentence): void {
  if (!view.hasAny(CHAIRED_BY)) return;
  const organ = previous && view.partyLike(previous) ? ORGAN_CHAIRED_BY.exec(view.gap(previous, person)) : undefined;
  if (organ && previous) setRole(person, { title: `${titleCase(organ[1] as string)} Chairman`, organisation: previous.name });
}

/** "the Jumuia party, led by X", "the SMP (…), led by X", "once led by X". */
export function ledBy(view: SentenceView, { person, previous }: PersonInSentence): void {
  if (!view.hasAny(LED)) return;
  if (!previous || !view.partyLike(previous)) return;
  const gap = view.gap(previous, person);
  // "The P (hereafter “P”) was registered in 2021 and is led by X": the party the sentence is about.
  const subject = /^(?:the\s+)?$/i.test(view.before(previous));
  const led = LED_BY.exec(gap) ?? (subject ? (SUBJECT_LED_BY.exec(gap) ?? SUBJECT_IS_LED_BY.exec(gap)) : null);
  // ("The rebel faction of Jubilee, led by X": X leads a part of the party, and the party may have a leader of its own.)
  if (!led || PART_OF.test(view.before(previous))) return;
  const past = led[1] && !/now|currently/i.test(led[1]);
  setRole(person, { title: 'Party Leader', organisation: (previous as Mention).name, ...(past ? { tense: 'former' as const } : {}) });
}

/** "the rebel faction of", "the Nairobi wing of the": a part of the party named after it. */
const PART_OF = /\b(?:faction|wing|camp|bloc|caucus|delegation|team|group|rebels|splinter\s+group|section|breakaway\s+group)\s+of\s+(?:the\s+)?$/i;

/** "X, a two-term governor who left office in 2022 and now leads the Pwani Mpya Party": the office held now. */
export function leadsNow(person: Mention, party: Mention, direct: string, clear: boolean): void {
  if (clear && direct.length <= 140 && /^(?:\s*,[^.;:“”"]*?)?\s+(?:and\s+)?(?:now|currently)\s+(?:leads|heads)\s+(?:the\s+)?$/.test(direct)) setRole(person, { title: 'Party Leader', organisation: party.name });
}
