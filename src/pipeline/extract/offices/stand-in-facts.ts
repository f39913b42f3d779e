/**
 * Facts a sentence tells of a stand-in for a person named before it: "Kitui
 * MP X moved the motion. The first-term legislator, who is also Wiper's deputy
 * secretary-general, spoke for an hour." The sentence is read again with the
 * person's name in the stand-in's place, and the roles and ties that reading
 * gives the name are the person's; the sentence that names them and this one
 * are the evidence.
 */
import type { Mention, RoleCue } from '../../types';
import { GENDER_OF_HONORIFIC, type Gender } from '../discourse';
import type { SentenceMentions } from '../sentence-view';
import { TITLE_HEADS } from '../lexicon';
import { keyOf } from '../quotes/speaker-titles';
import { counterpartsIn, describedFacts, mayBeDescribed, namesTitle, resolveStandIn, speaksOfUnnamed, standInOpening, type Known, type StandIn } from './stand-ins';
import { addRole } from '../role-facts';
import { addTie } from '../tie-facts';
import { readPossessiveParty } from '../ties/possessive-parties';

/** Reads one paragraph of text on its own, as the extractor reads an article, without reading stand-ins again. */
export type Reread = (paragraph: string) => Mention[];

/** How far back a "lawmaker" may look for the person it stands for: the nearest sentences that name anyone. */
const SEAT_WORD_REACH = 3;

/** Gives each person a stand-in of a later sentence settles on the roles and ties that sentence tells of them. */
export function readStandIns(sentences: SentenceMentions[], genders: ReadonlyMap<string, Gender> | undefined, reread: Reread): void {
  const people = peopleOf(sentences);
  const names = fullNames(sentences);
  // What the sentences read so far say of each person, grown one sentence at a time.
  const known = new KnownSoFar(genders);
  // ("Kisumu Senator X and his Siaya counterpart Y. The senator, who …": X's title is Y's too, so it settles no one.)
  const paired = new Set<string>();
  sentences.forEach((sentence, index) => {
    const standIn = index > 0 ? standInOpening(sentence.text) : undefined;
    if (standIn && (mayTellFacts(sentence, standIn) || Object.keys(describedFacts(standIn)).length > 0) && !sentence.mentions.some((mention) => mention.offset - sentence.start < standIn.at + standIn.written.length && mention.kind === 'person')) {
      const before = sentences[index - 1] as SentenceMentions;
      const titled = resolveStandIn(standIn, scopeOf(standIn, sentences, index, people, known.people), known);
      const person = titled && namesTitle(standIn) && paired.has(keyOf(titled)) ? undefined : (titled ?? described(standIn, before, sentence, people, known));
      if (person) readAs(person, names.get(keyOf(person)) ?? person.name, standIn, before, sentence, reread);
    }
    if (index > 0) readPossessiveParty(sentence, sentences[index - 1] as SentenceMentions, known, reread);
    known.add(sentence.mentions.filter(people));
    if (counterpartsIn(sentence).length > 0) for (const mention of sentence.mentions.filter(people)) paired.add(keyOf(mention));
  });
}

/**
 * "Prof X was dropped from the Cabinet. The one-time Nyakach MP is tipped for
 * a posting": a description that says something new of the one person the
 * sentence before (in its paragraph) names, who holds nothing it clashes with;
 * what it says is theirs, both sentences the evidence.
 */
function described(standIn: StandIn, before: SentenceMentions, sentence: SentenceMentions, people: (mention: Mention) => boolean, known: KnownSoFar): Mention | undefined {
  const { role, party } = describedFacts(standIn);
  if ((!role && !party) || before.paragraph !== sentence.paragraph || speaksOfUnnamed(before.text)) return undefined;
  // ("Kibet beat Mwangi Kariuki Ndirangu. The Governor-elect …": a lone name may be a person too; only a place, one a
  // title there names ("Matuga" of "Matuga MP X") or one after "in", is no one.)
  const places = new Set(before.mentions.flatMap((mention) => rolesOf(mention).map((role) => role.organisation)));
  const someone = before.mentions.filter((mention) => mention.kind !== 'party' && !mention.quoted && !mention.acronym && !mention.afterPlacePreposition && !places.has(mention.name));
  const person = new Set(someone.map(keyOf)).size === 1 ? resolveStandIn({ ...standIn, kind: 'pronoun' }, someone.filter(people), known) : undefined;
  if (!person || !mayBeDescribed(standIn, person, known)) return undefined;
  // ("the first-term ODM legislator": only a party the sentence names there.)
  const named = party ? sentence.mentions.find((mention) => (mention.kind === 'party' || mention.acronym !== undefined) && mention.surface === party) : undefined;
  if (party && !named) return undefined;
  const statedIn = `${before.text} ${sentence.text}`;
  if (role) stateRole(person, { ...role, statedIn });
  if (named) addTie(person, { party: named.name, relation: 'member', statedIn });
  return person;
}

/** Reads the sentence again with the name in the stand-in's place (after the sentence before, for the party it has in play) and gives the person what that reading gives the name. */
function readAs(person: Mention, name: string, standIn: StandIn, before: SentenceMentions, sentence: SentenceMentions, reread: Reread): void {
  const rewritten = `${sentence.text.slice(0, standIn.at)}${name}${sentence.text.slice(standIn.at + standIn.written.length)}`;
  const at = before.text.length + 1 + standIn.at;
  const read = reread(`${before.text} ${rewritten}`).find((mention) => mention.offset === at && mention.name === name);
  if (!read) return;
  // (The sentence that names the person, the one before this (whose party "the party" may mean), and this one.)
  const statedIn = [...new Set([person.place.sentence, before.text, sentence.text])].join(' ');
  for (const role of rolesOf(read)) stateRole(person, { ...role, statedIn });
  for (const tie of read.ties ?? []) addTie(person, { ...tie, statedIn });
}

/** Adds a role read over several sentences; the same role read already in one sentence that did not name its party gets these as its evidence. */
export function stateRole(person: Mention, role: RoleCue): void {
  const same = rolesOf(person).find((one) => one.title === role.title && one.organisation === role.organisation && one.tense === role.tense);
  if (same) same.statedIn ??= role.statedIn;
  else addRole(person, role);
}

/** A sentence that says a name, a title or a party after its stand-in may tell a role or a tie; "He said he would not resign." tells none. */
function mayTellFacts(sentence: SentenceMentions, standIn: StandIn): boolean {
  const rest = sentence.text.slice(standIn.at + standIn.written.length);
  return /\p{Lu}|\b(?:chairs|chaired|party|ticket)\b/u.test(rest) || rest.split(/[\s,.;:]+/).some((word) => TITLE_HEADS.has(word.toLowerCase()));
}

/** The people a stand-in may mean: a pronoun, the sentence before in its paragraph; a title, the article so far; a seat word, the nearest sentence that names anyone. */
function scopeOf(standIn: StandIn, sentences: SentenceMentions[], index: number, people: (mention: Mention) => boolean, soFar: readonly Mention[]): Mention[] {
  const named = (at: number) => (sentences[at] as SentenceMentions).mentions.filter(people);
  if (standIn.kind === 'pronoun') {
    const before = sentences[index - 1] as SentenceMentions;
    return before.paragraph === (sentences[index] as SentenceMentions).paragraph && !speaksOfUnnamed(before.text) ? named(index - 1) : [];
  }
  if (namesTitle(standIn)) return [...soFar];
  for (let at = index - 1; at >= Math.max(0, index - SEAT_WORD_REACH); at--) {
    const here = named(at);
    if (here.length > 0) return here;
  }
  return [];
}

/** A person mention outside quotation marks: a full name, or a lone word the article gives a person of that surname elsewhere. */
function peopleOf(sentences: SentenceMentions[]): (mention: Mention) => boolean {
  const surnames = new Set(sentences.flatMap(({ mentions }) => mentions.filter((mention) => mention.kind === 'person').map(keyOf)));
  return (mention) => !mention.quoted && !mention.afterPlacePreposition && (mention.kind === 'person' || (mention.kind === 'word' && surnames.has(keyOf(mention))));
}

/** What the sentences read so far say of each person (by surname): the titles and ties they give them, and their sex. */
export class KnownSoFar implements Known {
  readonly people: Mention[] = [];
  private readonly held = new Map<string, RoleCue[]>();
  private readonly tied = new Map<string, Mention[]>();
  private readonly honoured = new Map<string, Gender | null>();

  constructor(private readonly genders: ReadonlyMap<string, Gender> | undefined) {}

  add(mentions: Mention[]): void {
    for (const mention of mentions) {
      this.people.push(mention);
      const key = keyOf(mention);
      this.held.set(key, [...(this.held.get(key) ?? []), ...rolesOf(mention)]);
      if (mention.ties) this.tied.set(key, [...(this.tied.get(key) ?? []), mention]);
      const sex = GENDER_OF_HONORIFIC[(mention.honorific ?? '').toLowerCase().replace(/\.$/, '')];
      if (sex) this.honoured.set(key, this.honoured.has(key) && this.honoured.get(key) !== sex ? null : sex);
    }
  }

  roles = (person: Mention): RoleCue[] => this.held.get(keyOf(person)) ?? [];

  /** The mentions of the person that carry ties, each with the sentence that states them. */
  tiesOf = (person: Mention): Mention[] => this.tied.get(keyOf(person)) ?? [];

  // A Woman Representative is a woman; otherwise the honorifics, then the pronouns the article has given the name.
  sex = (person: Mention): Gender | undefined => {
    const key = keyOf(person);
    if (this.roles(person).some((role) => role.title === 'Woman Representative')) return 'f';
    const byHonorific = this.honoured.get(key);
    return byHonorific === null ? undefined : (byHonorific ?? this.genders?.get(key));
  };
}

/** The longest name the article writes for each surname: "Ndinda Mueni Kivuti" for "Kivuti". */
function fullNames(sentences: SentenceMentions[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const { mentions } of sentences) {
    for (const mention of mentions) if (mention.kind === 'person' && mention.name.length > (names.get(keyOf(mention))?.length ?? 0)) names.set(keyOf(mention), mention.name);
  }
  return names;
}

export function rolesOf(mention: Mention): RoleCue[] {
  return [...(mention.role ? [mention.role] : []), ...(mention.roles ?? [])];
}
