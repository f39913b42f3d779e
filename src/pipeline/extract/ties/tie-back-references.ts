/**
 * Facts stated over two sentences: "The P held its convention on Saturday. The
 * delegates elected X as the party's National Chairman." The second sentence
 * names its party only as "the party"; when the one right before names exactly
 * one party, at its start (the party the sentence is about), that is the party,
 * and the two sentences together are the fact's evidence: the evidence check
 * still finds the party named in it.
 */
import type { Mention, RoleCue } from '../../types';
import { GENDER_OF_HONORIFIC } from '../discourse';
import type { PartiesInPlay } from './parties-in-play';
import type { SentenceMentions } from '../sentence-view';
import { addRole } from '../role-facts';
import { addTie, relationOf } from '../tie-facts';
import { ownSeatOff } from './tie-patterns';

/** "the party", "the party's", "the Ngala-led party", "the outfit", "Party Leader X": a definite back-reference to a party. */
const BACK_REFERENCE = /\b[Tt]he\s+(?:\p{Lu}[\p{L}'’]*-(?:led|based)\s+)?(?:party|outfit)\b|^Party\s+[Ll]eader\s/u;

/** "the ruling party", "his party", "the new outfit": a party other than the one just named may be meant. */
const OTHER_PARTY = /\b(?:ruling|governing|opposition|rival|new|former|old|other|another|previous|his|her|their|same)\s+(?:[\p{Ll}-]+\s+)?(?:party|outfit|parties)\b/iu;

/** Before the party the sentence before is about: nothing, or a few words that name no one ("On Saturday, the"). */
const OPENING = /^(?:[\p{L}\d,]+\s+){0,4}$/u;

/**
 * "The party's chairperson, X,", "Party Leader X, …,": a sentence that opens with the back-reference, so it takes the
 * party last named. (A party's own title with no party before it is "the party's leader" written short.)
 */
const OPENS_WITH_BACK_REFERENCE = /^(?:[Tt]he\s+(?:party|outfit)['’]s|Party\s+[Ll]eader)\s/u;

/**
 * Marks the roles and ties that "the party" gives a person, when the sentence before names that party, with both
 * sentences; a sentence that opens with "The party's" also takes the one party the sentence before names anywhere, or
 * else the party the article's lede is about, when that is still the one in play.
 */
export function stateBackReferences(sentences: SentenceMentions[], parties: PartiesInPlay): void {
  const lede = ledeParty(sentences, parties);
  sentences.forEach((sentence, index) => {
    if (index === 0 || parties.namedIn(index).length > 0) return;
    if (!BACK_REFERENCE.test(sentence.text) || OTHER_PARTY.test(sentence.text)) return;
    const before = sentences[index - 1] as SentenceMentions;
    const opens = OPENS_WITH_BACK_REFERENCE.test(sentence.text);
    const named = parties.namedIn(index - 1);
    // (Anywhere in it only when the article is about no other party: "UDA" in a clause about someone is no subject.)
    const last = opens && named.length === 1 && !(named[0] as Mention).quoted && (!lede || parties.sameParty(lede.party.name, (named[0] as Mention).name)) ? named[0] : undefined;
    let party = partyOpening(before, named) ?? last;
    let source = before;
    // ("The Kenya Bidii Movement (KBM) was thrown into turmoil … [paragraphs later] The party's Deputy Secretary-General, X,":
    // the party the article is about, when the sentences since name no other.)
    const inPlay = parties.inPlay(index);
    if (!party && opens && lede && lede.index < index && inPlay && parties.sameParty(inPlay, lede.party.name)) {
      party = lede.party;
      source = sentences[lede.index] as SentenceMentions;
    }
    if (!party) return;
    const statedIn = `${source.text} ${sentence.text}`;
    const ofParty = (written: string | undefined) => written !== undefined && parties.sameParty(written, party.name);
    for (const mention of sentence.mentions) {
      if (mention.kind === 'party' || mention.quoted) continue;
      for (const role of rolesOf(mention)) if (ofParty(role.organisation)) role.statedIn = statedIn;
      for (const tie of mention.ties ?? []) if (ofParty(tie.party)) tie.statedIn = statedIn;
    }
  });
}

/** "She has chaired the party since 2019.", "He leads the party": an office in "the party", its holder a pronoun. */
const PRONOUN_OFFICE = /^(?:He|She)\s+(?:has\s+(?:also\s+)?(chaired|led)|(chairs|leads))\s+the\s+(?:party|outfit)\b/;

/**
 * "X was re-elected at the P's delegates meeting. She has chaired the party
 * since 2019.": the one person and the one party of the sentence before, the
 * office the pronoun's sentence says; both sentences are the evidence.
 */
export function statePronounOffices(sentences: SentenceMentions[], parties: PartiesInPlay): void {
  sentences.forEach((sentence, index) => {
    const office = index > 0 && sentence.mentions.length === 0 ? PRONOUN_OFFICE.exec(sentence.text) : null;
    if (!office) return;
    const before = sentences[index - 1] as SentenceMentions;
    const named = parties.namedIn(index - 1);
    const people = new Set(before.mentions.filter((mention) => mention.kind === 'person' && !mention.quoted).map((mention) => mention.name.split(' ').pop()));
    const person = before.mentions.find((mention) => mention.kind === 'person' && !mention.quoted);
    if (named.length !== 1 || people.size !== 1 || !person || (named[0] as Mention).quoted) return;
    const verb = (office[1] ?? office[2]) as string;
    const title = /^chair/.test(verb) ? 'Chairman' : 'Party Leader';
    const party = (named[0] as Mention).name;
    const statedIn = `${before.text} ${sentence.text}`;
    addRole(person, { title, organisation: party, statedIn });
    addTie(person, { party, relation: relationOf(title), statedIn });
  });
}

/** "She now chairs the Mlima Mpya Party (MMP) in Murang'a.": the office in a party the pronoun's sentence names. */
const PRONOUN_NAMED_OFFICE = /^(?:He|She)\s+(?:now\s+|also\s+)?(?:has\s+(?:also\s+)?(chaired|led)|(chairs|leads))\s+(?:the\s+)?$/;

/**
 * "Muhia, whose brother-in-law X is the Kandara MP, has not left politics.
 * She now chairs the MMP in Murang'a.": the subject of the sentence before
 * (anyone else it names only inside a clause about the subject) gets the
 * office in the party the pronoun's sentence names; both sentences are the evidence.
 */
export function statePronounNamedOffices(sentences: SentenceMentions[], parties: PartiesInPlay): void {
  sentences.forEach((sentence, index) => {
    const named = parties.namedIn(index);
    const party = named[0];
    if (index === 0 || named.length !== 1 || !party || party.quoted || sentence.mentions.some((mention) => mention.kind === 'person')) return;
    const office = PRONOUN_NAMED_OFFICE.exec(sentence.text.slice(0, party.offset - sentence.start));
    const before = sentences[index - 1] as SentenceMentions;
    const person = office && before.paragraph === sentence.paragraph ? subjectOf(before) : undefined;
    if (!office || !person) return;
    // (Not "Mr X … She now chairs …": an honorific of the other sex.)
    const gender = GENDER_OF_HONORIFIC[(person.honorific ?? '').toLowerCase().replace(/\.$/, '')];
    if (gender && gender !== (sentence.text.startsWith('She') ? 'f' : 'm')) return;
    const title = /^chair/.test((office[1] ?? office[2]) as string) ? 'Chairman' : 'Party Leader';
    const statedIn = `${before.text} ${sentence.text}`;
    addRole(person, { title, organisation: party.name, ...(office[1] ? { tense: 'former' as const } : {}), statedIn });
    addTie(person, { party: party.name, relation: relationOf(title), ...(office[1] ? { tense: 'former' as const } : {}), statedIn });
  });
}

/** The person a sentence opens with, when everyone else it names stands in a clause set off by commas about that person ("X, whose brother-in-law Y is …, has …"). */
function subjectOf(sentence: SentenceMentions): Mention | undefined {
  const people = sentence.mentions.filter((mention) => mention.kind !== 'party' && !mention.quoted);
  const first = people[0];
  if (!first || !/^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(sentence.text.slice(0, first.offset - sentence.start))) return undefined;
  const clause = /^\s*,\s*(?:who|whose)\b[^,.;“”"]*,/.exec(sentence.text.slice(first.offset - sentence.start + first.surface.length));
  const clauseEnd = first.offset + first.surface.length + (clause?.[0].length ?? 0);
  return people.every((one) => one === first || lastWord(one.name) === lastWord(first.name) || (clause && one.offset < clauseEnd)) ? first : undefined;
}

function lastWord(name: string): string {
  return name.split(/\s+/).pop() ?? name;
}

/**
 * "Its first chairman was the late X", "Its leader is Dr X", "Its deputy leader, X,": an office of "its" party, and
 * whether it is held now (the apposition, as the copula "is", says it is).
 */
const ITS_HOLDER =
  /^Its\s+(?:first\s+|founding\s+|current\s+)?((?:deputy\s+(?:party\s+)?|national\s+)?(?:chairman|chairperson|chairwoman|chair|leader|party\s+leader|secretary-general|treasurer))(?:\s+(was|is)\s+(?:the\s+late\s+)?|\s*,\s*)(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/i;

/** After a party's name, what makes it a word of something else's: "the ODM-led committee", "the UDA caucus", "the Jubilee wing". */
const QUALIFIES = /^(?:[-–]|['’]s?\s|\s+(?:committee|caucus|wing|faction|team|group|government|administration|assembly|side|camp|branch|chapter|league|secretariat|board|council|coalition|alliance|MPs|MCAs|senators|governors|lawmakers|legislators|members|officials|leaders|delegates|youth|women)\b)/u;

/** The title an office of "its" party is written as: "deputy leader" → Deputy Party Leader, "national chairman" → National Chairman. */
function itsTitle(written: string): string {
  const office = /leader/i.test(written) ? 'Party Leader' : /secretary/i.test(written) ? 'Secretary-General' : /treasurer/i.test(written) ? 'Treasurer' : 'Chairman';
  return /^deputy/i.test(written) ? `Deputy ${office}` : /^national/i.test(written) && office !== 'Party Leader' ? `National ${office}` : office;
}

/**
 * "The Mageuzi Congress of Kenya … is led by Dr X. Its first chairman was the
 * late Y, …": the one party the sentence before opens with, the office the
 * sentence gives the name right after "was" (former) or "is"; both sentences
 * are the evidence.
 */
export function stateItsHolders(sentences: SentenceMentions[], parties: PartiesInPlay): void {
  sentences.forEach((sentence, index) => {
    const { person, office } = index > 0 && parties.namedIn(index).length === 0 ? itsHolder(sentence) : {};
    if (!office || !person) return;
    const before = sentences[index - 1] as SentenceMentions;
    const party = partyOpening(before, parties.namedIn(index - 1));
    if (!party || before.paragraph !== sentence.paragraph) return;
    // ("The ODM-led committee met. Its chairman, X,": "its" is what the party's name qualifies, no party.)
    if (QUALIFIES.test(before.text.slice(party.offset - before.start + party.surface.length))) return;
    const title = itsTitle(office[1] as string);
    const tense = office[2]?.toLowerCase() === 'was' ? ('former' as const) : undefined;
    const statedIn = `${before.text} ${sentence.text}`;
    // ("Its chairman, X," was read in its own sentence already, its party the one in play: the two sentences are its evidence.)
    const same = rolesOf(person).find((one) => one.title === title && one.organisation === party.name && one.tense === tense);
    if (same) same.statedIn ??= statedIn;
    else addRole(person, { title, organisation: party.name, ...(tense ? { tense } : {}), statedIn });
    const tie = (person.ties ?? []).find((one) => one.party === party.name && one.relation === relationOf(title) && one.tense === tense);
    if (tie) tie.statedIn ??= statedIn;
    else addTie(person, { party: party.name, relation: relationOf(title), ...(tense ? { tense } : {}), statedIn });
  });
}

/**
 * The first name of a sentence that opens with an office of "its" party, and the office; past the holder's own seat
 * ("Its leader, former Kisauni MP X": the seat's place is the first name, and the seat is no part of the office).
 */
function itsHolder(sentence: SentenceMentions): { person?: Mention; office?: RegExpExecArray | null } {
  const first = sentence.mentions.find((mention) => mention.kind !== 'party' && !mention.quoted);
  if (!first || !/^Its\s/.test(sentence.text)) return {};
  const office = ITS_HOLDER.exec(sentence.text.slice(0, first.offset - sentence.start));
  if (office) return { person: first, office };
  const seated = sentence.mentions.find((mention) => mention.kind === 'person' && !mention.quoted && mention.role !== undefined);
  return seated ? { person: seated, office: ITS_HOLDER.exec(ownSeatOff(seated.role, sentence.text.slice(0, seated.offset - sentence.start))) } : {};
}

/** The party the article's first sentence that names any opens with, and that sentence's index; none if it names two. */
function ledeParty(sentences: SentenceMentions[], parties: PartiesInPlay): { party: Mention; index: number } | undefined {
  const index = sentences.findIndex((_, at) => parties.namedIn(at).length > 0);
  const party = index === -1 ? undefined : partyOpening(sentences[index] as SentenceMentions, parties.namedIn(index), LEDE_OPENING);
  return party && index <= 2 ? { party, index } : undefined;
}

/** Before the party a lede is about: a dateline, a day, and a word or two ("NAKURU, Wednesday, July 12, 2023 - The"). */
const LEDE_OPENING = /^(?:[\p{Lu}\p{L}\d,.'’–—-]+\s+){0,10}$/u;

/** The one party a sentence names, when it opens the sentence outside quotation marks; otherwise none. */
function partyOpening(sentence: SentenceMentions, named: readonly Mention[], opening = OPENING): Mention | undefined {
  if (named.length !== 1) return undefined;
  const party = named[0] as Mention;
  const first = sentence.mentions[0];
  if (party.quoted || !first || first.offset < party.offset) return undefined;
  // Only a word or two before it: "The P", "On Saturday, P chairman X".
  const lead = sentence.text.slice(0, party.offset - sentence.start);
  return opening.test(lead) ? party : undefined;
}

function rolesOf(mention: Mention): RoleCue[] {
  return [...(mention.role ? [mention.role] : []), ...(mention.roles ?? [])];
}
