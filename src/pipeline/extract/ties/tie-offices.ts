/**
 * Offices held in a party, as news English states them: "ODM leader X", "X,
 * the ODM Nairobi branch chairman", "party leader X", "its leader, X", "X, who
 * chairs P", "elected X as the party's National Chairman", "the X-led party",
 * "P, led by X". Each is a role and the tie it implies. (Offices the person's
 * own clause gives, "X was elected Secretary-General of P": tie-elected-offices.)
 */
import type { Mention } from '../../types';
import { readRole } from '../roles';
import { tenseBefore } from '../tense-words';
import type { WordGate } from '../../text/word-gates';
import type { PersonInSentence, SentenceView } from '../sentence-view';
import { isOffice, officeIn, relationOfRole, setRole, SOUGHT_SEATS, tieOf } from '../tie-facts';
import { CAPITAL_OFFICE_BEFORE, ownSeatOff, WHOSE_OFFICE, CHAIRS_BUT, SUBJECT_IS_LED_BY, SUBJECT_LED_BY, AND_AS, AS_LOWER_OFFICE, AS_OFFICE, AS_OFFICE_AFTER_VERB, AS_TITLE, CHAIRED, CHAIRS, GIVES_OFFICE, ITS_OFFICE, LED_BY, OFFICE_AFTER, OFFICE_BEFORE, officeWords, ORGAN, ORGAN_HEAD, ORGAN_CHAIRED_BY, PARTY_OFFICE, SEATS, STANDINGS, titleCase, WILL_SERVE, X_LED, X_LED_PARTY } from './tie-patterns';

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
  // ("He will run on the HUM ticket, deputy party leader X said": the deputy's party only when the sentence names it;
  // the sentences before may be about another party than the one a bare "Deputy Party Leader X" opening a sentence is of.)
  const partyTitle = person.role && !person.role.organisation && (/^Party\b/.test(person.role.title) || (/^Deputy Party\b/.test(person.role.title) && view.parties.length > 0));
  if (person.role && partyTitle && party) setRole(person, { ...person.role, organisation: party });
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
  const its = ITS_OFFICE.exec(ownSeatOff(person.role, view.before(person)));
  if (!its) return;
  const party = /^its$/i.test(its[1] as string) ? (view.partyBefore(person)?.name ?? view.inPlay) : view.inPlay;
  // ("The X Caucus … has said …. Its chairman, Kuresoi South MP Y,": "its" was read already as the body the sentence before is about.)
  if (!party || [person.role, ...(person.roles ?? [])].some((held) => held?.organisation && !SEATS.test(held.title) && held.organisation !== party)) return;
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
  if (!previous) return;
  const gap = ownSeatOff(person.role, view.gap(previous, person));
  const office = OFFICE_BEFORE.exec(gap);
  if (!office) {
    officeWritten(person, previous, CAPITAL_OFFICE_BEFORE.exec(gap) ?? WHOSE_OFFICE.exec(gap));
    return;
  }
  // "the UDA Women's League chairperson": the organ's name is part of the office; a branch's place ("ODM Kilifi branch chairman") is not.
  const organ = (office[2] as string).trim();
  const written = `${office[1] ?? ''}${ORGAN_HEAD.test(organ) ? `${organ} ${titleCase(office[3] as string)}` : (office[3] as string)}`;
  const role = readRole(written, previous.name, tenseBefore(/(\S+)\s+$/.exec(view.before(previous))?.[1] ?? ''));
  if (role && isOffice(role.title) && !/\bits\s+$/.test(view.before(previous))) setRole(person, role);
  else if (role?.title === 'Candidate') tieOf(person, previous.name, 'candidate');
  // ("A Wiper legislator, Mwala MP X,", "The ODM lawmaker, X,": a standing in the party, held now; not "a former Wiper legislator".)
  else if (role && !role.tense && STANDING_SET_OFF.test(role.title) && !office[1]) tieOf(person, previous.name, 'member');
}

const STANDING_SET_OFF = /^(?:Legislator|Lawmaker|MP|MCA|Senator)$/;

/** "P's National Chairman, X", "P (HAMAP), whose leader, X": the office as written, its word of time first. */
function officeWritten(person: Mention, party: Mention, office: RegExpExecArray | null): void {
  if (!office) return;
  const role = readRole(`${office[1] ?? ''}${(office[2] as string).replace(/^leader$/i, 'Party Leader').replace(/^deputy\s+leader$/i, 'Deputy Party Leader')}`, party.name);
  if (role && isOffice(role.title)) setRole(person, role);
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
  // ("The KUP, led by former Murang'a Senator X": the party before the title's place, which is no one.)
  const before = previous && !view.partyLike(previous) && previous.kind === 'word' ? view.partyBefore(person) : previous;
  if (before && before !== previous && view.people.some((one) => one.kind === 'person' && view.at(one) > view.at(before) && view.at(one) < view.at(person))) return;
  previous = before;
  // ("led by Governor X's ally Y": the one the possessive owns leads it, not X.)
  if (!previous || !view.partyLike(previous) || /^['’]s?\s/.test(view.after(person))) return;
  const gap = view.gap(previous, person);
  // "The P (hereafter “P”) was registered in 2021 and is led by X": the party the sentence is about.
  const subject = /^(?:the\s+)?$/i.test(view.before(previous));
  const led = LED_BY.exec(gap) ?? (subject ? (SUBJECT_LED_BY.exec(gap) ?? SUBJECT_IS_LED_BY.exec(gap)) : null);
  // ("The rebel faction of Jubilee, led by X": X leads a part of the party, and the party may have a leader of its own.)
  if (!led || PART_OF.test(view.before(previous))) return;
  // ("led by X until 2020", "between 2013 and 2020": a span after the name dates the leadership, not always to a past the
  // article's date settles; "until his death", "until recently" do.)
  const span = LED_SPAN.exec(view.after(person));
  if (span && !span[1]) return;
  const past = (led[1] && !/now|currently/i.test(led[1])) || span;
  setRole(person, { title: 'Party Leader', organisation: (previous as Mention).name, ...(past ? { tense: 'former' as const } : {}) });
}

/** " until 2020", " between 2013 and 2020", " until his death": a span of a leadership, written after the leader. */
const LED_SPAN = /^\s*,?\s+(?:until|till|up\s+to|between|from\s+\d{4})\b(\s+(?:(?:his|her)\s+death|recently)\b)?/;

/** "the rebel faction of", "the Nairobi wing of the": a part of the party named after it. */
const PART_OF = /\b(?:faction|wing|camp|bloc|caucus|delegation|team|group|rebels|splinter\s+group|section|breakaway\s+group)\s+of\s+(?:the\s+)?$/i;

/** "X, a two-term governor who left office in 2022 and now leads the Pwani Mpya Party": the office held now. */
export function leadsNow(person: Mention, party: Mention, direct: string, clear: boolean): void {
  if (clear && direct.length <= 140 && /^(?:\s*,[^.;:“”"]*?)?\s+(?:and\s+)?(?:now|currently)\s+(?:leads|heads)\s+(?:the\s+)?$/.test(direct)) setRole(person, { title: 'Party Leader', organisation: party.name });
}
