/**
 * Ties a sentence states of "he" or "she" standing for its subject: "Few
 * politicians can match the journey of Bumula MCA X. He was elected on a P
 * ticket in 2017 before defecting to Q in 2021". The pronoun stands for the
 * one person the sentence before names, in the same paragraph and outside
 * quotation marks, when no honorific gives that person the other sex and
 * that sentence speaks of no one else unnamed ("X's chief of staff"); the
 * tie readers read the sentence with that person in the pronoun's place, and
 * both sentences are the evidence. So does "the governor, who …" for the one
 * governor of the article, with the sentence that gave the title.
 */
import type { Mention, RoleCue } from '../../types';
import { GENDER_OF_HONORIFIC, type Gender } from '../discourse';
import { SentenceView, type PartyReading, type SentenceMentions } from '../sentence-view';
import { counterpartsIn, speaksOfUnnamed } from '../offices/stand-ins';
import { addRole } from '../role-facts';
import { addTie } from '../tie-facts';

/** "He was elected …", "On Monday afternoon, he was received into …": the pronoun as the sentence's subject. */
const PRONOUN_SUBJECT = /^(?:(?:On|In|Last|Earlier|Later|Hours\s+later|Days\s+later)\b[^,.;:“”"]{0,40},\s+)?(?:He|She|he|she)\s+(?=\p{Ll})/u;

/** Reads, for each sentence whose subject is "he" or "she", the ties it states of the one person the sentence before names. */
export function readPronounTies(sentences: SentenceMentions[], reading: PartyReading, inPlay: (index: number) => string | undefined, readPerson: (view: SentenceView, person: Mention) => void): void {
  const genders = gendersByName(sentences);
  sentences.forEach((sentence, index) => {
    const opening = index > 0 ? PRONOUN_SUBJECT.exec(sentence.text) : null;
    const before = sentences[index - 1];
    if (!opening || !before || before.paragraph !== sentence.paragraph || speaksOfUnnamed(before.text)) return;
    const antecedent = onlyPerson(new SentenceView(before, reading, inPlay(index - 1)));
    const said = /\b(?:He|he)\s+$/.test(opening[0]) ? 'm' : 'f';
    const gender = antecedent && genders.get(lastWord(antecedent.name));
    if (!antecedent || (gender && gender !== said)) return;
    const at = opening[0].search(/\b(?:He|She|he|she)\s+$/);
    const pronoun = readStandIn(sentence, inPlay(index), reading, readPerson, antecedent, opening[0].slice(at).trim(), sentence.start + at);
    if (!pronoun) return;
    const statedIn = `${before.text} ${sentence.text}`;
    for (const tie of pronoun.ties ?? []) addTie(antecedent, { ...tie, statedIn });
    for (const role of rolesOf(pronoun)) if (role.organisation && reading.isParty(role.organisation)) addRole(antecedent, { ...role, statedIn });
  });
}

/** "The Senator, who left ODM …", "the governor, who was elected on …": a seat's title for its holder, a clause about them. */
const TITLE_SUBJECT = /\b[Tt]he\s+(?:(?:first|second|third)-term\s+)?(Deputy\s+Governor|Governor|Senator|MP|MCA|Woman\s+Rep(?:resentative)?|Speaker)\s*,\s*who\s/iu;

/** Reads the ties "the governor, who …" states of the one person the article gives that title now, outside quotation marks. */
export function readTitleTies(sentences: SentenceMentions[], reading: PartyReading, inPlay: (index: number) => string | undefined, readPerson: (view: SentenceView, person: Mention) => void): void {
  sentences.forEach((sentence, index) => {
    const titled = TITLE_SUBJECT.exec(sentence.text);
    if (!titled || sentence.mentions.some((one) => one.kind !== 'party' && one.offset - sentence.start < titled.index + titled[0].length && one.offset - sentence.start >= titled.index)) return;
    const holder = onlyHolder(sentences, titled[1] as string);
    if (!holder) return;
    const title = readStandIn(sentence, inPlay(index), reading, readPerson, holder, titled[0].replace(/\s*,\s*who\s$/, ''), sentence.start + titled.index);
    if (!title) return;
    const statedIn = holder.place.sentence === sentence.text ? sentence.text : `${holder.place.sentence} ${sentence.text}`;
    for (const tie of title.ties ?? []) addTie(holder, { ...tie, statedIn });
  });
}

/**
 * Reads `sentence` (with `inPlay`, the party the article is about there) with a
 * stand-in for `person` (the pronoun or title at `offset`) among its mentions; the stand-in, with the ties and roles read
 * for it, or none when the sentence names no party.
 */
function readStandIn(
  sentence: SentenceMentions,
  inPlay: string | undefined,
  reading: PartyReading,
  readPerson: (view: SentenceView, person: Mention) => void,
  person: Mention,
  surface: string,
  offset: number,
): Mention | undefined {
  const standIn: Mention = { kind: 'person', name: person.name, surface, offset, place: person.place, evidence: 0 };
  const view = new SentenceView({ ...sentence, mentions: [standIn, ...sentence.mentions].sort((a, b) => a.offset - b.offset) }, reading, inPlay);
  if (view.parties.length === 0) return undefined;
  readPerson(view, standIn);
  return standIn;
}

/** The one person the article gives a seat's title in the present ("Governor X", "X, the Kitui Governor"), by surname. */
function onlyHolder(sentences: SentenceMentions[], written: string): Mention | undefined {
  const title = written.replace(/\s+/g, ' ').toLowerCase().replace(/^woman rep$/, 'woman representative');
  const holds = (one: Mention) => one.kind !== 'party' && !one.quoted && rolesOf(one).some((role) => role.title.toLowerCase() === title && (!role.tense || role.tense === 'acting'));
  const holders = sentences.flatMap(({ mentions }) => mentions).filter(holds);
  // ("Kisumu Senator X and his Siaya counterpart Y": a counterpart of a holder holds the title too.)
  const counterparts = sentences.flatMap((sentence) => (sentence.mentions.some(holds) ? counterpartsIn(sentence) : []));
  const names = new Set([...holders, ...counterparts].map((one) => lastWord(one.name)));
  return names.size === 1 ? (holders.find((one) => one.kind === 'person') ?? holders[0]) : undefined;
}

/** The one person a sentence names outside quotation marks and places, by surname; none if it names two. */
function onlyPerson(view: SentenceView): Mention | undefined {
  const people = view.people.filter((one) => !one.quoted && !one.afterPlacePreposition);
  const names = new Set(people.map((one) => lastWord(one.name)));
  return names.size === 1 ? (people.find((one) => one.kind === 'person') ?? people[0]) : undefined;
}

/** The sex an honorific gives each surname in the article ("Ms Okwaro"), when no two honorifics disagree. */
function gendersByName(sentences: SentenceMentions[]): Map<string, Gender> {
  const genders = new Map<string, Gender | null>();
  for (const { mentions } of sentences) {
    for (const mention of mentions) {
      const gender = GENDER_OF_HONORIFIC[(mention.honorific ?? '').toLowerCase().replace(/\.$/, '')];
      if (!gender) continue;
      const key = lastWord(mention.name);
      genders.set(key, genders.has(key) && genders.get(key) !== gender ? null : gender);
    }
  }
  return new Map([...genders].filter((entry): entry is [string, Gender] => entry[1] !== null));
}

function rolesOf(mention: Mention): RoleCue[] {
  return [...(mention.role ? [mention.role] : []), ...(mention.roles ?? [])];
}

function lastWord(name: string): string {
  return name.split(/\s+/).pop() ?? name;
}
