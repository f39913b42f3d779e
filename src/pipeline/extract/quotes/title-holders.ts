/**
 * Settles a quote attributed by a title ("the senator-elect said", "the
 * cleric said", "the former diplomat told journalists") once the article's
 * roles are known: to the one person of the article who holds that title, or
 * the one of the sentence before, and to no one when two people could be meant.
 */
import type { Mention, QuoteCue, RoleCue } from '../../types';
import { readRole } from '../roles';
import { tenseBefore } from '../tense-words';
import { nearOf, nearSubjectOf, nearTitleOf, rolesByPerson, settle, theOneNear } from './anaphora';
import { distinct, keyOf, officeKey, readTitle, SEATS, titledAlike, titledWith } from './speaker-titles';

/**
 * Gives a quote attributed by a title ("the senator-elect said") to the one
 * person of the article who holds that title, with that tense and, when the
 * title names one, that organisation; none when two people or no one do. The
 * title stays on the quote: the evidence check reads it in the sentence.
 */
export function settleTitleSpeakers(quotes: QuoteCue[], mentions: Mention[], partyKey: (name: string) => string, defined: ReadonlyMap<string, string> = new Map(), paragraphs: readonly string[] = []): void {
  const pending = quotes.filter((quote) => !quote.speaker && quote.speakerRole);
  if (pending.length === 0) return;
  const same = (a: string | undefined, b: string | undefined) => a === b || (a !== undefined && b !== undefined && partyKey(a) === partyKey(b));
  // Only the title the person holds, as the sentence writes it: the evidence check reads that title there.
  // "the ODM leader said": a party's Leader is its Party Leader.
  const fits = (held: string, said: string) => officeKey(held).replace(/^party leader$/, 'leader') === officeKey(said).replace(/^party leader$/, 'leader');
  const candidates = mentions.filter(
    (mention) =>
      mention.kind !== 'party' &&
      !mention.quoted &&
      // "Speaking in Othaya, the DP said": a place before the title is no holder of it.
      !(mention.kind === 'word' && mention.afterPlacePreposition),
  );
  let byKey: Map<string, RoleCue[]> | undefined;
  const rolesOf = () => (byKey ??= rolesByPerson(candidates));
  for (const quote of pending) {
    // ("The DP said" after "Deputy Party Leader (hereafter “the DP”)": the office the article defined the form for.)
    const written = defined.get((quote.speakerRole as string).toLowerCase()) ?? (quote.speakerRole as string);
    // "the cleric said", "the judge ruled": the one person the article gives that calling's honorific ("Rev", "Justice").
    const calling = CALLINGS.find((one) => one.words.test(written));
    const cleric = calling !== undefined;
    // "the former diplomat said": the one person the article gives an envoy's office (held then, when the words say "former").
    const diplomat = DIPLOMAT.exec(written);
    const said = cleric || diplomat ? undefined : readTitle(written);
    if (!said && !cleric && !diplomat) {
      // ("Former CS X spoke. “…,” the former CS said.": an abbreviation, read whole, for the one person of the sentence before who held it.)
      const near = heldNear(readRole(written), nearOf(quote), rolesOf());
      if (near && !nearTitleOf(quote).counterpart) settle(quote, near);
      continue;
    }
    const envoy = (role: RoleCue | undefined) => role !== undefined && ENVOY_TITLES.has(role.title.toLowerCase()) && (!diplomat?.[1] || role.tense === 'former');
    // "the two-term governor said": the count of terms says the office was held, not whether it still is.
    // (Held: a seat only sought or not yet taken up is none of the terms.)
    const anyTense = TERMS.test(written);
    // "the committee chairman said": a chair held in a committee, not in a party.
    const body = /\b(committee|caucus|board|council)\s+\S+$/i.exec(written)?.[1];
    const heldIn = (organisation: string | undefined) => !body || new RegExp(`\\b${body}\\b`, 'i').test(organisation ?? '');
    const holders = candidates.filter((mention) =>
      said
        ? [mention.role, ...(mention.roles ?? [])].some(
            (role) => role && fits(role.title, said.title) && ((anyTense && role.tense !== 'aspiring' && role.tense !== 'incoming') || role.tense === said.tense) && (!said.organisation || same(role.organisation, said.organisation)) && heldIn(role.organisation),
          )
        : diplomat
          ? [mention.role, ...(mention.roles ?? [])].some(envoy)
          : (calling?.honorifics.has((mention.honorific ?? '').toLowerCase().replace(/\.$/, '')) ?? false),
    );
    const people = distinct(holders);
    // "Eng. Kasiva … said …. “…,” the new chairman added.": no one holds the title as written, but one person of the
    // sentence before holds the office it heads (National Chairman).
    // (Held in the body the title names, if it names one: "the committee chairman" is no party's chairman.)
    // ("the former governor told journalists" with a predecessor who was governor too: the one of the sentence before;
    // only for the title as written, no describing word: "the first-term MP" says more than the office.)
    const plain = said !== undefined && written.toLowerCase().replace(/^\S+\s+/, (word) => (tenseBefore(word.trim()) ? '' : word)) === said.title.toLowerCase();
    const nearHolder = said ? heldNear(said, nearOf(quote), rolesOf(), (role) => heldIn(role.organisation) && (!said.organisation || same(role.organisation, said.organisation))) : undefined;
    // ("He was joined by UDA chairman Y." after ODM chairman X: of two holders, one the sentence before names only beside
    // its subject settles nothing; only the one it is about does.)
    const nearAbout = nearSubjectOf(quote);
    const aboutNear = nearHolder !== undefined && nearAbout !== undefined && keyOf(nearAbout) === keyOf(nearHolder);
    const near = people.length === 0 || (people.length > 1 && plain && aboutNear) ? nearHolder : undefined;
    // ("NDA national chairperson X … “…,” said the party chairman." with Y, another party's chairman, named elsewhere: the
    // title's one holder as written is no answer when the sentence before names someone else whose office it heads.)
    if (people.length === 1 && nearHolder && keyOf(nearHolder) !== keyOf(people[0] as Mention)) continue;
    // (Only the place and the seat, no describing word: "the first-term Belgut MP" says more than the office.)
    const placeAndSeat = written.trim().split(/\s+/).slice(0, -1).every((word) => /^\p{Lu}/u.test(word));
    const renamed = people.length === 0 && !near && said && placeAndSeat ? namedBySeat(said, quote, candidates, rolesOf()) : undefined;
    if (people.length !== 1 && !near && !renamed) continue;
    const holder = people[0] as Mention;
    // ("Ambrose X, the former Kisauni MCA, told Taifa Leo … / “…,” said the MCA." with Ward MCA Y named only paragraphs
    // later: a title stands for someone the reader has met, and not for another holder when the sentence before names one
    // who held it then.)
    // ("“…,” the former governor said. / “…,” the governor said.": the one the sentence before was about, speaking, is such a holder too.)
    const formerNear = said && !said.tense ? heldNear({ ...said, tense: 'former' }, [...nearOf(quote), ...(nearAbout ? [nearAbout] : [])], rolesOf()) : undefined;
    if (!renamed && !near && (!namedBefore(holder, quote, candidates, paragraphs) || (formerNear && keyOf(formerNear) !== keyOf(holder)))) continue;
    // ("The Council of Governors chairman, Wajir Governor X, and Senate committee chairman Y …. “…,” the chairman said.": X
    // is written with the title's word too, though no role was read for it; the article's one holder is no answer.)
    // (Only for a title of one word, whose head is the whole title; only one the roles reader gave no such office: a former
    // or a deputy holder is told apart above.)
    const unread = (person: Mention) => keyOf(person) !== keyOf(holder) && !(rolesOf().get(keyOf(person)) ?? []).some((role) => officeKey(role.title).endsWith(officeKey((said as RoleCue).title)));
    if (said && !renamed && !near && !/\s/.test(quote.speakerRole as string) && titledWith(peopleBefore(quote, candidates, paragraphs), quote.speakerRole as string).some(unread)) continue;
    const speaker = renamed ?? near ?? holder;
    if (!inPlayAlone(quote, said, speaker)) continue;
    // ("Kiprotich accused …. Oduor, who chairs the finance committee, dismissed the claim. “…,” the governor said.": the
    // sentence before is about someone else, whose office the article never says; the governor may be that one.)
    // ("Y, Labour CS until March 2025, is eyeing the Senate seat. “…,” the former Cabinet Secretary told …", X, a former CS,
    // named paragraphs before: the sentence before writes the title beside its subject, whose office was not read as such.)
    const unreadHere = said !== undefined && nearAbout !== undefined && !(rolesOf().get(keyOf(nearAbout)) ?? []).some((role) => fits(role.title, said.title)) && writtenBeside(nearAbout, said.title, paragraphs);
    if (!renamed && !near && nearAbout !== undefined && keyOf(nearAbout) !== keyOf(speaker) && !nearOf(quote).some((person) => keyOf(person) === keyOf(speaker)) && (!rolesOf().has(keyOf(nearAbout)) || unreadHere)) continue;
    settle(quote, speaker);
  }
}

/**
 * Whether no one else the reader has in play may hold the title: not a counterpart, nor someone the title's word is
 * written before, named in the sentence before beside the speaker ("Senator X said …, while his Siaya counterpart, Y, said …. “…,” said the senator."), nor a former holder
 * that sentence names by the title alone ("Speaking on Monday, the former governor said …. “…,” said the governor.").
 */
function inPlayAlone(quote: QuoteCue, said: RoleCue | undefined, speaker: Mention): boolean {
  const { title, counterpart } = nearTitleOf(quote);
  const near = nearOf(quote);
  const beside = near.some((person) => keyOf(person) === keyOf(speaker));
  if (counterpart && beside) return false;
  // ("ODM chairman X and the assembly's finance committee chairman, Y, also spoke. “…,” the chairman said.")
  // (Only for a title held now: "the former governor" is told apart by its tense, read for each person.)
  if (beside && !said?.tense && titledAlike(near, quote.speakerRole ?? '').some((person) => keyOf(person) !== keyOf(speaker))) return false;
  if (!said || said.tense || !title) return true;
  const before = readTitle(title);
  return !(before?.tense === 'former' && officeKey(before.title) === officeKey(said.title));
}

/** Whether the words set off after the person's name, to its sentence's end, write the title: "Y, Labour CS until 2025, …". */
function writtenBeside(person: Mention, title: string, paragraphs: readonly string[]): boolean {
  const paragraph = paragraphs[person.place.paragraph] ?? '';
  const from = person.offset + person.surface.length;
  const end = paragraph.indexOf('. ', from);
  const stretch = paragraph.slice(from, end === -1 ? undefined : end);
  if (!stretch.startsWith(',')) return false;
  return stretch.toLowerCase().includes(title.toLowerCase()) || stretch.split(/[\s,]+/).some((word) => ABBREVIATION.test(word) && readRole(word)?.title === title);
}

/** "CS", "PS", "DP": a title written short. */
const ABBREVIATION = /^[A-Z]{2,3}$/;

/** Whether the article names the person (by surname) before the quote. */
function namedBefore(person: Mention, quote: QuoteCue, mentions: Mention[], paragraphs: readonly string[]): boolean {
  return peopleBefore(quote, mentions, paragraphs).some((mention) => keyOf(mention) === keyOf(person));
}

/** The mentions the article has before the quote. */
function peopleBefore(quote: QuoteCue, mentions: Mention[], paragraphs: readonly string[]): Mention[] {
  const at = quote.place.paragraph;
  const start = paragraphs[at]?.indexOf(quote.text.slice(0, 30)) ?? -1;
  return mentions.filter((mention) => mention.place.paragraph < at || (mention.place.paragraph === at && start !== -1 && mention.offset < start));
}

/**
 * "Majority Leader X defended the report. “…,” the Belgut MP said.": a seat
 * by its place, which no one in the article holds in any tense, names again
 * the one person the sentence before names and is about, if no other seat of
 * that kind is theirs.
 */
function namedBySeat(said: RoleCue, quote: QuoteCue, candidates: Mention[], roles: Map<string, RoleCue[]>): Mention | undefined {
  if (!said.organisation || said.tense || !SEATS.has(said.title)) return undefined;
  const person = theOneNear(quote);
  if (!person || !nearSubjectOf(quote)) return undefined;
  if (candidates.some((mention) => (roles.get(keyOf(mention)) ?? []).some((role) => role.title === said.title && role.organisation === said.organisation && role.tense !== 'aspiring'))) return undefined;
  // (One elected seat at a time: "Kericho Senator X" is no Belgut MP.)
  return (roles.get(keyOf(person)) ?? []).some((role) => (SEATS.has(role.title) || role.title === 'Governor') && !role.tense) ? undefined : person;
}


/**
 * The one of `near` (the people of the sentence before) who holds `said`, with
 * its tense: the title itself, or, held now, an office it heads ("Chairman"
 * of a National Chairman; not of a Deputy or Vice one).
 */
function heldNear(said: RoleCue | undefined, near: Mention[], roles: Map<string, RoleCue[]>, fits: (role: RoleCue) => boolean = () => true): Mention | undefined {
  if (!said || near.length === 0) return undefined;
  const title = officeKey(said.title);
  const holds = (role: RoleCue) =>
    role.tense === said.tense &&
    fits(role) &&
    (officeKey(role.title) === title || (!role.tense && officeKey(role.title).endsWith(` ${title}`) && !/^(?:deputy|vice|assistant)\b/i.test(role.title)));
  const holders = distinct(near).filter((mention) => (roles.get(keyOf(mention)) ?? []).some(holds));
  return holders.length === 1 ? holders[0] : undefined;
}

/** "the cleric said", "the clergyman said": a description of a minister of religion. */
const CLERIC = /^(?:cleric|clergyman|clergywoman|preacher|man\s+of\s+God)$/i;
const CLERICAL_HONORIFICS = new Set(['rev', 'reverend', 'bishop', 'archbishop', 'canon', 'ven', 'venerable', 'fr', 'father', 'pastor', 'imam', 'sheikh', 'cardinal', 'msgr', 'monsignor']);
/** "the judge ruled", "the presiding judge said": a description of whoever the article calls Justice. */
const JUDGE = /^(?:presiding\s+|trial\s+)?judge$/i;
const JUDICIAL_HONORIFICS = new Set(['justice', 'lady justice', 'judge']);
/** A description by a calling that an honorific, not an office, tells. */
const CALLINGS = [
  { words: CLERIC, honorifics: CLERICAL_HONORIFICS },
  { words: JUDGE, honorifics: JUDICIAL_HONORIFICS },
];
/** "the former diplomat", "the veteran diplomat", "the former envoy": a description of an envoy. */
const DIPLOMAT = /^(?:(former|one-time|ex-|retired)\s+)?(?:career\s+|veteran\s+|seasoned\s+)?(?:diplomat|envoy)$/i;
const ENVOY_TITLES = new Set(['ambassador', 'high commissioner', 'envoy']);
/** "the two-term governor": a holder described by the terms they served. */
const TERMS = /^(?:one|two|three|four|five|first|second|third|fourth|fifth)-term\s/i;
