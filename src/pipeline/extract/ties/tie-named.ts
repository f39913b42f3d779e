/**
 * A person named with their party: "UDA's X", "ODM's nominated MP X", "X of
 * ODM", "X (UDA)", "Senator X (UDA-Baringo)", "X (HDM, Othaya)", "X, whose
 * party ODM …", "the TMP-allied MP X", "HDM legislators led by X", "X has
 * been a UDA diehard", "A card-carrying member of Wiper, Kyuso MCA X".
 */
import type { Mention } from '../../types';
import type { WordGate } from '../../text/word-gates';
import { SPEECH_VERBS } from '../lexicon';
import type { PersonInSentence, SentenceView } from '../sentence-view';
import { seatPlace, setRole, tieOf } from '../tie-facts';
import { GLUED, MEMBERS_LED_BY, PARTY_BRACKET } from './tie-patterns';

/** "UDA's X", "ODM's Secretary-General X": the person's own title is held in the party, or they are its member. */
export function possessive(view: SentenceView, { person, previous }: PersonInSentence): void {
  if (!previous || !view.partyLike(previous) || !/^['’]s\s+$/.test(view.gap(previous, person))) return;
  // ("Azimio's X, the Minority Leader,": an office of the House is held as the party's member, never as its office.)
  if (person.role && !person.role.organisation && !HOUSE_OFFICES.test(person.role.title)) setRole(person, { ...person.role, organisation: previous.name });
  else tieOf(person, previous.name, 'member');
}

/** Offices of a House, which a party's member holds but no party has: "Minority Leader", "Majority Whip", "Speaker". */
const HOUSE_OFFICES = /^(?:(?:Deputy\s+)?(?:Majority|Minority)\s+(?:Leader|Whip)|(?:Deputy\s+)?Speaker|Leader\s+of\s+(?:the\s+)?(?:Majority|Minority|Opposition))$/;

/** "ODM's nominated MP X": a seat held as the party's member; "Wiper's Makueni Senator X", the seat's place between. */
export function possessiveSeat(view: SentenceView, { person, previous }: PersonInSentence): void {
  if (!previous || !view.partyLike(previous)) return;
  const between = view.gap(previous, person);
  if (/^['’]s\s+(?:(?:nominated|elected|area)\s+)?(?:MP|MCA|[Ss]enator|[Ll]awmaker|[Ll]egislator)\s+$/.test(between)) tieOf(person, previous.name, 'member');
  else if (/^['’]s\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:MP|MCA|Senator|Woman\s+Rep(?:resentative)?|Governor)\s+$/u.test(between)) tieOf(person, previous.name, 'member');
}

/** Gate: "whose". */
export const WHOSE: WordGate = ['whose'];

/** "X, whose party ODM is in talks with UDA": the person's own party. */
export function whoseParty(view: SentenceView, { person, next }: PersonInSentence): void {
  if (!view.hasAny(WHOSE)) return;
  if (next && view.partyLike(next) && /^\s*,\s*whose\s+(?:own\s+)?party\s*,?\s+(?:the\s+)?$/i.test(view.gap(person, next))) tieOf(person, next.name, 'member');
}

/** "Senator X (UDA-Baringo)": the party, and the county the seat is in. */
export function partyAndCounty(view: SentenceView, { person }: PersonInSentence): void {
  const bracket = PARTY_BRACKET.exec(view.after(person));
  if (!bracket || !view.isParty(bracket[1] as string)) return;
  tieOf(person, bracket[1] as string, 'member');
  seatPlace(person, bracket[2] as string);
}

/** "X of ODM", "X of the Orange Democratic Movement", "X (UDA)", "X (HDM, Othaya)": the party, then the constituency. */
export function ofParty(view: SentenceView, { person, next, later }: PersonInSentence): void {
  placeThenParty(view, person, later[0]);
  if (!next || !view.partyLike(next)) return;
  const between = view.gap(person, next);
  // ("X of Uganda's NUP": the country the party is of, between.)
  if (/^\s+of\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+['’]s\s+)?$/u.test(between) && view.alone(next)) tieOf(person, next.name, 'member');
  // ("Busia Senator X, of ODM, said", "X, also of UDA,": the party set off by commas, closed right after it; not "of ODM fame".)
  if (SET_OFF_OF.test(between) && view.alone(next) && SET_OFF_CLOSES.test(view.after(next))) tieOf(person, next.name, 'member');
  if (/^\s*\(\s*$/.test(between) && /^\s*(?:\)|,\s*\p{Lu}[^()]{0,40}\))/u.test(view.after(next))) {
    // ("X (ODM) – 3,877": a row of an election's results; the party is the one the person stood for, not only a membership.)
    if (VOTES_AFTER.test(view.after(next))) {
      person.ties = (person.ties ?? []).filter((tie) => !(tie.relation === 'member' && (tie.party === next.name || tie.party === next.acronym || tie.party === next.surface)));
      tieOf(person, next.name, 'candidate');
    } else tieOf(person, next.name, 'member');
    const place = /^\s*,\s*(\p{Lu}[\p{L}'’ ]{1,30})\)/u.exec(view.after(next));
    if (place) seatPlace(person, place[1] as string);
  }
}

const SET_OFF_OF = /^\s*,\s*(?:also\s+)?of\s+(?:the\s+)?$/;
const SET_OFF_CLOSES = /^(?:\s*\([^()]{1,20}\))?\s*(?:[,.;]|$)/;

/**
 * "X (Ainabkoi, TCK)", "X (Kericho Woman Rep, TCK)", "X (Likuyani, TCK-allied)": a seat's place, then the party, in the
 * brackets after the name, as lists of those present write them; the party's member (its ally with "-allied").
 */
function placeThenParty(view: SentenceView, person: Mention, party: Mention | undefined): void {
  if (!party || !view.partyLike(party) || view.text.charCodeAt(view.end(person) + 1) !== 40 /* ( */) return;
  const place = PLACE_THEN.exec(view.gap(person, party));
  const closing = place ? PARTY_CLOSES.exec(view.after(party)) : null;
  if (!place || !closing) return;
  tieOf(person, party.name, closing[1] ? 'ally' : 'member');
  seatPlace(person, place[1] as string);
}

/** " (Ainabkoi, ", " (Kericho Woman Rep, ": capitalised words of a place (and a seat), then a comma, inside the bracket. */
const PLACE_THEN = /^\s\((\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}),\s*$/u;
/** ")", "-allied)": the bracket closing right after the party. */
const PARTY_CLOSES = /^(-allied|-aligned)?\)/;

/** Gate: GLUED's word after the party's hyphen. */
export const GLUED_WORDS: WordGate = ['allied', 'aligned', 'leaning', 'affiliated', 'friendly', 'inclined', 'sympathetic', 'backed', 'sponsored', 'supported'];

/** ") – 3,877", "): 12,004 votes": the votes a results row gives the name before the bracket, and nothing else on the row. */
const VOTES_AFTER = /^\s*\)\s*(?:[–—:-]\s*)?\d{1,3}(?:,\d{3})*(?:\s+votes)?\s*(?:\(\d+(?:\.\d+)?%\))?\s*\.?\s*$/;

/** "TMP-allied Nyeri Town MP X": only titles and names between the party and the person. */
// ("The PUP-K-allied God Jope MCA, X,", "the ODM-affiliated Majority Leader of the Migori County Assembly, X,": the title set off
// by a comma; "-affiliated" is "-allied", as the facts gold reads it.)
export function gluedToParty(view: SentenceView, { person, previous }: PersonInSentence): void {
  if (!view.hasAny(GLUED_WORDS)) return;
  // ("Wiper-backed X won the seat", "the ODM-backed X beat three rivals in the by-election", "a UDA-sponsored X": the
  // party put up the one who ran, a candidacy; "Jubilee-backed X addressed the rally" says no race, and gives none.)
  const put = previous && view.partyLike(previous) ? PUT_UP.exec(view.gap(previous, person)) : null;
  if (put && (put[1] === 'sponsored' || RAN.test(view.after(person)))) return tieOf(person, (previous as Mention).name, 'candidate');
  const glued = previous && view.partyLike(previous) ? GLUED.exec(view.gap(previous, person).replace(/\s*,\s*((?:(?:Hon|Dr|Prof|Eng|Mr|Mrs|Ms|Rev)\.?\s+)*)$/, ' $1')) : undefined;
  if (!glued || !(glued[2] as string).split(/\s+/).filter(Boolean).every((word) => /^\p{Lu}/u.test(word) || TITLE_WORDS.test(word))) return;
  // ("a UDA-leaning independent": a sympathy the writer sees, not a tie the text states.)
  if (glued[1] === 'leaning') return;
  tieOf(person, (previous as Mention).name, 'ally');
}

/** "-backed ", "-sponsored Dr ": the party's glued word right before the name, with nothing but a courtesy title between. */
const PUT_UP = /^-(backed|sponsored|supported)\s+(?:(?:Hon|Dr|Prof|Eng|Mr|Mrs|Ms)\.?\s+)?$/u;
/** "won the seat", "beat three rivals", "lost narrowly": the verb after the name tells a race run. */
const RAN = /^\s+(?:(?:has|had)\s+)?(?:narrowly\s+|comfortably\s+)?(?:won|clinched|bagged|lost|contested|beat|trounced|floored|defeated|garnered|polled)\b/u;

/**
 * "X, the Mageuzi-allied senator,": an ally, though the apposition's title reads like a seat held as the
 * party's member.
 */
export function alliedInApposition(view: SentenceView, { person, next }: PersonInSentence): void {
  if (!view.hasAny(GLUED_WORDS)) return;
  // ("X (Rarieda), the ODM-allied first-term MP,": the seat in brackets between.)
  const glued = next && /^-(allied|aligned|leaning|friendly|inclined|sympathetic|backed|sponsored|supported)\b/.exec(view.after(next));
  if (!next || !glued || !view.partyLike(next) || !/^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?$/u.test(view.gap(person, next))) return;
  // ("Quoting the late Senator X, the ODM-allied MP said: …": a verb right after the title makes it the sentence's own
  // subject, someone other than the name before the comma, and no seat the apposition's reading gave X is X's.)
  const subject = verbAfterTitle(view.after(next));
  // (Nor an office: "a UDA-allied governor" holds the seat, not an office of the party.)
  person.ties = (person.ties ?? []).filter((tie) => tie.party !== next.name || (tie.relation === 'ally' && !subject));
  if (subject) return;
  // ("a UDA-sponsored MCA", "the ODM-backed aspirant": the party put the holder up, a candidacy, as "-nominated" is; a
  // "-backed" holder of a seat is backed now, by an ally; "-leaning", "-friendly": a sympathy the writer sees, no tie.)
  const word = glued[1] as string;
  if (word === 'sponsored' || (/^(?:backed|supported)$/.test(word) && SEEKING.test(view.after(next)))) tieOf(person, next.name, 'candidate');
  else if (/^(?:allied|aligned|backed|supported)$/.test(word)) tieOf(person, next.name, 'ally');
}

/** After "-backed": a title of someone seeking an office ("-backed Kilumbi governor hopeful", "-backed aspirant"). */
const SEEKING = /^-\w+\s+(?:[\p{L}'’-]+\s+){0,4}?(?:aspirant|candidate|hopeful|nominee|contender|flag-?bearer|torchbearer)\b/u;

/** "-allied MP said: …", "-allied senator has …": a verb among the words after the party, before any comma or "who". */
function verbAfterTitle(after: string): boolean {
  const words = (/^[^,.;:“”"()]*?(?=\s+(?:who|whose|which|that)\b|[,.;:“”"()]|$)/.exec(after)?.[0] ?? '').split(/\s+/).slice(1);
  return words.some((word) => SPEECH_VERBS.has(word) || /^(?:is|was|has|had|will|would|did|does)$/.test(word));
}

/** Gate: "led (by)". */
export const LED: WordGate = ['led'];

/** "HDM legislators led by X". */
export function membersLedBy(view: SentenceView, { person, previous }: PersonInSentence): void {
  if (!view.hasAny(LED)) return;
  if (previous && view.partyLike(previous) && MEMBERS_LED_BY.test(view.gap(previous, person))) tieOf(person, previous.name, 'member');
}

/** Lower-case words a title is written with between a party and a name: "TMP-allied Nyeri Town MP X". */
const TITLE_WORDS = /^(?:mps?|mcas?|senators?|governors?|lawmakers?|legislators?|aspirants?|deputy|woman|rep|representative|speaker|leader|politicians?|former|nominated|area|of|the)$/i;

/** The words news English calls a party's own people by; "sympathiser" is one with the party, not in it. */
const EPITHET = String.raw`(?:stalwart|die-?hard|loyalist|member|supporter|faithful|foot[\s-]+soldier|bigwig|heavyweight|kingpin|functionary|operative|insider|mobili[sz]er|sympathi[sz]er)`;
/** Words that may stand before an epithet without ending what it says: "a card-carrying member", "a staunch UDA loyalist". */
const STAUNCH = String.raw`(?:(?:card-carrying|staunch|loyal|long-?time|committed|known|life|devoted|true|founding|registered|die-?hard)\s+)*`;
/** Words between a person and the party of an epithet said of them: "X has been a", "X, who remains a". */
const IS_EPITHET = new RegExp(String.raw`^(?:\s*,\s*who\s+|\s+)(?:is|has\s+(?:always\s+)?been|remains|has\s+remained)\s+(?:an?\s+)?${STAUNCH}$`, 'i');
/** After the party: "P diehard since 2013"; "P's man in Kisumu". */
const EPITHET_AFTER = new RegExp(String.raw`^(?:\s+${EPITHET}|['’]s\s+(?:point\s+)?(?:man|woman)\s+in)\b`, 'i');
/** "A card-carrying member of P, Kyuso MCA X": the epithet before the party, then the person's title. */
const MEMBER_OF_OPENING = new RegExp(String.raw`^(?:An?\s+)?${STAUNCH}member\s+of\s+(?:the\s+)?$`);
/** "A P stalwart, X", "Long-time P loyalist X": the epithet after the party, then the person's title. */
const EPITHET_OPENING = new RegExp(String.raw`^(?:An?\s+)?${STAUNCH}$`, 'i');
/** Between the person's title and name: an honorific and capitalised words. */
const TITLED = String.raw`(?:(?:Hon|Dr|Prof|Eng|Mr|Mrs|Ms)\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$`;
const AFTER_MEMBER_OF = new RegExp(String.raw`^\s*,\s*${TITLED}`, 'u');
const EPITHET_BETWEEN = new RegExp(String.raw`^\s+${EPITHET}\s*,?\s*${TITLED}`, 'u');

/**
 * "X has been a UDA diehard", "X is a staunch ODM loyalist", "X, who remains a P stalwart", "X is UDA's man in
 * Marsabit"; "A card-carrying member of Wiper, Kyuso MCA X", "A TMDP stalwart, X", "Long-time ODM loyalist X": the
 * party's member ("sympathiser": its ally). Never with "former" or "was": a standing over is no tie.
 */
export function epithet(view: SentenceView, { person, previous, next }: PersonInSentence): void {
  const relation = (written: string) => (/sympathi[sz]er/i.test(written) ? 'ally' : 'member');
  if (next && view.partyLike(next) && IS_EPITHET.test(view.gap(person, next))) {
    const after = EPITHET_AFTER.exec(view.after(next));
    if (after) tieOf(person, next.name, relation(after[0]));
  }
  if (!previous || !view.partyLike(previous)) return;
  const between = view.gap(previous, person);
  const opening = view.before(previous);
  if (MEMBER_OF_OPENING.test(opening) && AFTER_MEMBER_OF.test(between)) tieOf(person, previous.name, 'member');
  else if (EPITHET_OPENING.test(opening) && EPITHET_BETWEEN.test(between)) tieOf(person, previous.name, relation(between));
}
