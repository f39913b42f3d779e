/**
 * Facts a sentence tells of a stand-in for a person named before it: "Kitui
 * MP X moved the motion. The first-term legislator, who is also Wiper's deputy
 * secretary-general, spoke for an hour." The sentence is read again with the
 * person's name in the stand-in's place, and the roles and ties that reading
 * gives the name are the person's; the sentence that names them and this one
 * are the evidence.
 */
import type { Mention, RoleCue } from '../types';
import { GENDER_OF_HONORIFIC, type Gender } from './discourse';
import type { SentenceMentions } from './sentence-view';
import { keyOf } from './speaker-titles';
import { namesTitle, resolveStandIn, standInOpening, type Known, type StandIn } from './stand-ins';
import { addRole, addTie } from './tie-facts';

/** Reads one paragraph of text on its own, as the extractor reads an article, without reading stand-ins again. */
export type Reread = (paragraph: string) => Mention[];

/** How far back a "lawmaker" may look for the person it stands for: the nearest sentences that name anyone. */
const SEAT_WORD_REACH = 3;

/** Gives each person a stand-in of a later sentence settles on the roles and ties that sentence tells of them. */
export function readStandIns(sentences: SentenceMentions[], genders: ReadonlyMap<string, Gender> | undefined, reread: Reread): void {
  const people = peopleOf(sentences);
  const names = fullNames(sentences);
  sentences.forEach((sentence, index) => {
    if (index === 0) return;
    const standIn = standInOpening(sentence.text);
    if (!standIn || sentence.mentions.some((mention) => mention.offset - sentence.start < standIn.at + standIn.written.length && mention.kind !== 'party')) return;
    const scope = scopeOf(standIn, sentences, index, people);
    const known = knownBefore(sentences, index, people, genders);
    const person = resolveStandIn(standIn, scope, known);
    if (!person) return;
    const before = sentences[index - 1] as SentenceMentions;
    const name = names.get(keyOf(person)) ?? person.name;
    const rewritten = `${sentence.text.slice(0, standIn.at)}${name}${sentence.text.slice(standIn.at + standIn.written.length)}`;
    const at = before.text.length + 1 + standIn.at;
    const read = reread(`${before.text} ${rewritten}`).find((mention) => mention.offset === at && mention.name === name);
    if (!read) return;
    // (The sentence that names the person, the one before this (whose party "the party" may mean), and this one.)
    const statedIn = [...new Set([person.place.sentence, before.text, sentence.text])].join(' ');
    for (const role of rolesOf(read)) addRole(person, { ...role, statedIn });
    for (const tie of read.ties ?? []) addTie(person, { ...tie, statedIn });
  });
}

/** The people a stand-in may mean: a pronoun, the sentence before in its paragraph; a title, the article so far; a seat word, the nearest sentence that names anyone. */
function scopeOf(standIn: StandIn, sentences: SentenceMentions[], index: number, people: (mention: Mention) => boolean): Mention[] {
  const named = (at: number) => (sentences[at] as SentenceMentions).mentions.filter(people);
  if (standIn.kind === 'pronoun') {
    const before = sentences[index - 1] as SentenceMentions;
    return before.paragraph === (sentences[index] as SentenceMentions).paragraph ? named(index - 1) : [];
  }
  if (namesTitle(standIn)) return sentences.slice(0, index).flatMap((_, at) => named(at));
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

/** What the sentences before `index` say of each person: the titles they give them, and their sex. */
function knownBefore(sentences: SentenceMentions[], index: number, people: (mention: Mention) => boolean, genders: ReadonlyMap<string, Gender> | undefined): Known {
  const roles = new Map<string, RoleCue[]>();
  const honoured = new Map<string, Gender | null>();
  for (const sentence of sentences.slice(0, index)) {
    for (const mention of sentence.mentions.filter(people)) {
      const key = keyOf(mention);
      roles.set(key, [...(roles.get(key) ?? []), ...rolesOf(mention)]);
      const sex = GENDER_OF_HONORIFIC[(mention.honorific ?? '').toLowerCase().replace(/\.$/, '')];
      if (sex) honoured.set(key, honoured.has(key) && honoured.get(key) !== sex ? null : sex);
    }
  }
  return {
    roles: (person) => roles.get(keyOf(person)) ?? [],
    // A Woman Representative is a woman; otherwise the honorifics, then the pronouns the article has given the name.
    sex: (person) => {
      const key = keyOf(person);
      if ((roles.get(key) ?? []).some((role) => role.title === 'Woman Representative')) return 'f';
      const byHonorific = honoured.get(key);
      return byHonorific === null ? undefined : (byHonorific ?? genders?.get(key));
    },
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

function rolesOf(mention: Mention): RoleCue[] {
  return [...(mention.role ? [mention.role] : []), ...(mention.roles ?? [])];
}
