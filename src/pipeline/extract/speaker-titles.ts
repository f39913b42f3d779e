/**
 * Speakers named by a title or a description instead of a name: "the
 * senator-elect said", "the legislator told journalists", "The CS said". A
 * title settles a quote only for the one person of the article who holds it,
 * and "he said" after a title only for a subject who holds that title now.
 * People within an article are compared by surname (`keyOf`).
 */
import type { Mention, QuoteCue, RoleCue } from '../types';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import type { Discourse } from './discourse';
import { readRole, tenseBefore } from './roles';
import { nearOf, nearSubjectOf, nearTitleOf } from './anaphora';
import { escapeRegExp } from '../text/regexp';

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
    const speaker = renamed ?? near ?? holder;
    if (!inPlayAlone(quote, said, speaker)) continue;
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

/** Whether the article names the person (by surname) before the quote. */
function namedBefore(person: Mention, quote: QuoteCue, mentions: Mention[], paragraphs: readonly string[]): boolean {
  const at = quote.place.paragraph;
  const start = paragraphs[at]?.indexOf(quote.text.slice(0, 30)) ?? -1;
  return mentions.some((mention) => keyOf(mention) === keyOf(person) && (mention.place.paragraph < at || (mention.place.paragraph === at && start !== -1 && mention.offset < start)));
}

/**
 * "Majority Leader X defended the report. “…,” the Belgut MP said.": a seat
 * by its place, which no one in the article holds in any tense, names again
 * the one person the sentence before names and is about, if no other seat of
 * that kind is theirs.
 */
function namedBySeat(said: RoleCue, quote: QuoteCue, candidates: Mention[], roles: Map<string, RoleCue[]>): Mention | undefined {
  if (!said.organisation || said.tense || !SEATS.has(said.title)) return undefined;
  const near = distinct(nearOf(quote));
  const about = nearSubjectOf(quote);
  const person = near.length === 1 ? near[0] : undefined;
  if (!person || !about || keyOf(about) !== keyOf(person)) return undefined;
  if (candidates.some((mention) => (roles.get(keyOf(mention)) ?? []).some((role) => role.title === said.title && role.organisation === said.organisation && role.tense !== 'aspiring'))) return undefined;
  // (One elected seat at a time: "Kericho Senator X" is no Belgut MP.)
  return (roles.get(keyOf(person)) ?? []).some((role) => (SEATS.has(role.title) || role.title === 'Governor') && !role.tense) ? undefined : person;
}

function settle(quote: QuoteCue, speaker: Mention): void {
  quote.speaker = speaker;
  delete quote.candidates;
}

/** The roles the article gives each person (by surname). */
function rolesByPerson(mentions: Mention[]): Map<string, RoleCue[]> {
  const byKey = new Map<string, RoleCue[]>();
  for (const mention of mentions) {
    for (const role of [mention.role, ...(mention.roles ?? [])]) if (role) byKey.set(keyOf(mention), [...(byKey.get(keyOf(mention)) ?? []), role]);
  }
  return byKey;
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

/** Whether the person holds, now, the title a sentence calls its subject by ("The CS said" for a Cabinet Secretary). */
export function holdsTitle(discourse: Discourse, person: Mention, written: string): boolean {
  return keyHoldsTitle(discourse, keyOf(person), written);
}

/** `holdsTitle` for a person known by surname only (`keyOf`). */
export function keyHoldsTitle(discourse: Discourse, key: string, written: string): boolean {
  const held = discourse.roles?.get(key) ?? [];
  // "the legislator": any seat; "the MCA", "the senator": that seat ("The MCA hit back. “…,” he said." is no senator's).
  if (DESCRIPTIONS.test(written)) {
    const seat = readRole(written.split(/\s+/).pop() ?? '')?.title;
    return held.some((title) => SEATS.has(title) && (seat === undefined || !SEATS.has(seat) || title === seat));
  }
  // "The CS said": an abbreviation is read whole here; only the evidence check's own reading is stricter.
  // ("the former CS" is held by no one now.)
  if (written.split(/\s+/).some((word) => tenseBefore(word.toLowerCase()) !== undefined)) return false;
  const said = readTitle(written) ?? readRole(written.split(/\s+/).pop() ?? '');
  return said !== undefined && !said.tense && held.some((title) => officeKey(title) === officeKey(said.title));
}

/**
 * One office whatever the word the writer uses for it: "Chairman",
 * "Chairperson", "Chairwoman" and "Chair" are one chair ("Vice-Chairperson"
 * stays a vice-chair), compared without case.
 *
 * @example officeKey('National Chairperson') → 'national chair'
 * @example officeKey('Party Chairman') → 'chair'
 */
export function officeKey(title: string): string {
  // ("the party chairman said": "party" is whose chair it is, as in "the party's chairman".)
  return title.toLowerCase().replace(/\bchair(?:man|woman|person|lady)?\b/g, 'chair').replace(/^party\s+(?=(?:national\s+)?chair$|secretary-general$|treasurer$)/, '');
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

/** "senator-elect" → Senator, incoming; "JPA leader" → Leader of JPA: capitalised words before the title are its organisation. */
function readTitle(written: string): ReturnType<typeof readRole> {
  // "the former ODM branch chairperson": a tense first dates the whole title; a branch office is the party's office.
  const tense = tenseBefore(written.split(/\s+/)[0] ?? '');
  if (tense && /\s/.test(written)) {
    const role = readTitle(written.replace(/^\S+\s+/, '').replace(/\s+branch(?=\s)/i, ''));
    return role && !role.tense ? { ...role, tense } : undefined;
  }
  let words = written.split(/\s+/);
  // "the vocal senator", "the first-term MP": a describing word before the title is no part of it.
  let start = words.length;
  while (start > 0 && (/^\p{Lu}/u.test(words[start - 1] as string) || isTitleWordText(words[start - 1] as string))) start--;
  // "the former ODM branch chairperson": a tense cut off with the words before the title would date no one.
  if (words.slice(0, start).some((word) => tenseBefore(word.toLowerCase()) !== undefined)) return undefined;
  words = words.slice(start);
  const first = words.findIndex((word) => /^\p{Ll}/u.test(word));
  // "the DP told the Nation": an abbreviation written for a whole title.
  // "the Speaker said", "the Deputy President said": a title written in capitals, ending in a title's head word.
  if (first === -1) {
    if (words.length === 0 || !TITLE_HEADS.has((words[words.length - 1] as string).toLowerCase())) return undefined;
    // "the Nairobi County Assembly Speaker": the words before the title's own are its organisation.
    const titleAt = words.findIndex((word) => isTitleWordText(word));
    const written = words.slice(titleAt).join(' ');
    const role = readRole(written, titleAt > 0 ? words.slice(0, titleAt).join(' ') : undefined);
    // Only a title as the profile spells it ("Speaker", "Deputy President"): the evidence audit reads "the <title>"
    // in the sentence, so an abbreviation ("the DP", "the Woman Rep") settles nothing.
    return role && role.title.toLowerCase() === written.toLowerCase() ? role : undefined;
  }
  const organisation = words.slice(0, first).join(' ');
  return readRole(words.slice(first).join(' '), organisation || undefined);
}

/** A word that belongs to a title: its head ("Senator"), a modifier ("Deputy"), or a word of its tense ("former", "-elect"). */
export function isTitleWordText(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || /-(?:elect|designate)$/.test(lower) || tenseBefore(lower) !== undefined || lower === 'designate' || lower === 'elect' || lower === 'boss';
}

/** Words for a legislator that are no one's title: "the legislator said", "the lawmaker told journalists". */
// "the MP, who spoke after …, said": a seat's plain title, said of the one holder of it the story is on, is a description too.
export const DESCRIPTIONS = /^(?:(?:first-term|second-term|vocal|outspoken|youthful|veteran)\s+)?(?:legislator|lawmaker|mp|senator|mca)$/i;

const SEATS = new Set(['MP', 'Senator', 'MCA', 'Woman Representative']);

/**
 * The subject the story is on, when the sentences since name no one else and
 * it holds a legislative seat now: "Kinyua said … “…,” the legislator told journalists."
 */
export function describedSubject(discourse: Discourse, description: string): Mention | undefined {
  const subject = discourse.subject;
  const previous = discourse.previous;
  if (!subject || !previous || !distinct(previous.people).every((person) => keyOf(person) === keyOf(subject))) return undefined;
  // "the first-term MP said": not the story's subject when the article called someone else first-term.
  const word = /^(first-term|second-term|third-term|vocal|outspoken|youthful|veteran)\s/i.exec(description)?.[1]?.toLowerCase();
  if (word) {
    const described = [...(discourse.describedAs ?? new Map<string, Set<string>>())].filter(([, words]) => words.has(word)).map(([key]) => key);
    if (described.length > 0 && !described.includes(keyOf(subject))) return undefined;
  }
  // "the MP" only for an MP; "the legislator" for any seat.
  const seat = /(?:^|\s)(mp|senator|mca)$/i.exec(description)?.[1];
  const fits = (title: string) => SEATS.has(title) && (!seat || title.toLowerCase() === seat.toLowerCase());
  return (discourse.roles?.get(keyOf(subject)) ?? []).some(fits) ? subject : undefined;
}

/**
 * The other holders of a seat that one of the last three sentences called by
 * the description a quote now uses ("… commented on the senator's absence."
 * naming Senator Soi): people the words may still mean besides `speaker`.
 */
export function describedOthers(discourse: Discourse, description: string, speaker: Mention): Mention[] {
  const used = discourse.seatDescribed;
  const word = description.split(/\s+/).pop()?.toLowerCase();
  if (!used || used.word !== word || (discourse.sentences ?? 0) - used.sentence > 2) return [];
  return distinct(used.people).filter((person) => keyOf(person) !== keyOf(speaker) && keyHoldsTitle(discourse, keyOf(person), used.word));
}

/**
 * The people of one sentence who have a title's head word written right
 * before their name ("ODM chairman X and the assembly's finance committee
 * chairman, Y": both for "chairman"): holders of it as far as the words go,
 * whether or not a role was read for them.
 */
export function titledAlike(people: Mention[], title: string): Mention[] {
  const head = title.split(/\s+/).pop()?.toLowerCase() ?? '';
  if (head === '') return [];
  const words = /^chair/.test(head) ? 'chair(?:man|woman|person|lady)?' : escapeRegExp(head);
  // (Right before the name, an honorific at most between: "committee chairman, Y", "Senator Mr Y"; not "X, the UDA
  // senator in the county, has been campaigning for Y".)
  const word = new RegExp(`\\b(?:${words})\\s*,?\\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\\.?\\s+)?$`, 'i');
  return distinct(people).filter((person) => {
    const at = person.place.sentence.indexOf(person.surface);
    return at > 0 && word.test(person.place.sentence.slice(Math.max(0, at - 60), at));
  });
}

/** A person within an article, by surname: "Ms Kirui" and "Lydia Chebet Kirui" are one. */
export function keyOf(mention: Mention): string {
  const words = mention.name.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** One mention per person, the latest kept. */
export function distinct(mentions: Mention[]): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const mention of mentions) byKey.set(keyOf(mention), mention);
  return [...byKey.values()];
}
