/**
 * Offices a sentence says were held, told with a verb rather than a title
 * before the name: "X, who was Vihiga Senator until his death, served as
 * Hamisi MP between 2007 and 2017", "X still wakes up at five, as she did when
 * she was Murang'a Woman Representative", "… is now a pastor. When he was
 * MP, from 2008 to 2013, he …", "He was Mbooni MP until 2022". Each is a
 * former role of the one person the words can mean. (Offices held now, told
 * with a verb, are serving-offices'.)
 */
import type { Mention, RoleCue } from '../../types';
import { GENDER_OF_HONORIFIC } from '../discourse';
import { SPEECH_VERBS } from '../lexicon';
import { addRole, sameTense } from '../role-facts';
import { readPlacedTitle } from '../roles';
import { isIrregularPast } from '../tense-words';
import type { SentenceMentions } from '../sentence-view';

/** A capitalised title after a verb: "Hamisi MP", "Murang'a Woman Representative". */
export const TITLE = String.raw`((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)`;
/** "for Agriculture", "for Roads and Transport": a portfolio after a title, no part of where it is held. */
export const PORTFOLIO = String.raw`(?:\s+for\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3})?`;
/** "the MCA for Kibingei ward": the ward a county assembly's seat is held for. */
const FOR_WARD = String.raw`(?:\s+for\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+[Ww]ard)?`;
/** "for two terms": a count of terms that closes the time an office was held. */
const TERMS = String.raw`for\s+(?:one|two|three|four|five|several)\s+(?:full\s+)?terms?`;
/** "in Kisumu": where a title written without its place was held. */
export const HELD_IN = String.raw`(?:\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?))?`;
/**
 * "X(, who …,) served as Hamisi MP between 2007 and 2017", "X, who was also Nandi County Executive for Agriculture
 * between 2013 and 2017,", "X had been a County Executive for Water in Kisumu until his sacking": the subject's past
 * office, its end told by the words after.
 */
const SERVED = new RegExp(
  String.raw`^(?:\s+was|(?:\s*,[^.;“”"]{1,120}?,)?\s+(?:had\s+)?served\s+(?:(?:one|two|three|four|five|several)\s+(?:full\s+)?terms?\s+)?as|\s*,\s*who\s+(?:was|had\s+been)\s+also|(?:\s*,[^.;“”"]{1,120}?,)?\s+had\s+(?:also\s+)?been)\s+(?:the\s+|an?\s+)?${TITLE}${FOR_WARD}${PORTFOLIO}${HELD_IN}(?=\s*,?\s+(?:between|from|until|till|before|in\s+\d{4}|${TERMS})\b)`,
  'u',
);
/**
 * "X represented Masongaleni ward in the Makueni County Assembly between 2017 and 2022", "X represented Kibwezi in the
 * National Assembly from 2013 to 2022": the House's seat, held then, for the place represented.
 */
const REPRESENTED = new RegExp(
  String.raw`^\s+(?:had\s+)?represented\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*?)(\s+[Ww]ard)?\s+in\s+the\s+((?:\p{Lu}[\p{L}'’-]*\s+)?County\s+Assembly|National\s+Assembly|Senate)(?=\s*,?\s+(?:between|from|until|till|${TERMS})\b)`,
  'u',
);
/** "when she was Murang'a Woman Representative", "When he was MP,": a past office of the pronoun's person. */
const WHEN_WAS = new RegExp(String.raw`\b[Ww]hen\s+(he|she)\s+was\s+(?:the\s+)?${TITLE}(?=\s*[,.;]|\s+(?:between|from|until|in)\b)`, 'u');

/** "He was Mbooni MP until 2022, when he lost the seat": a past office opening the sentence, its end told. */
const HE_WAS = new RegExp(String.raw`^(He|She)\s+was\s+(?:the\s+)?${TITLE}(?=\s+(?:until|till|between|from)\s)`, 'u');

/**
 * "Before coming to Parliament, he served as Speaker of the Vihiga County Assembly between 2013 and 2017", "He later
 * served as chairman of the Departmental Committee on Health in the 12th Parliament, before losing the seat",
 * "Between 1979 and 1983, he was the Assistant Minister for Water": a past office of the pronoun's person, its time told
 * after it or in the opening. Group 1: the opening; 2: the pronoun; 3: a capitalised title, or 4: a chair in lower case;
 * 5: a minister's portfolio ("for Water"); 6: the body "of" which; 7: the time after it.
 */
const PRONOUN_SERVED = new RegExp(
  String.raw`^((?:Before|After|Between|From|In)\b[^,.;:“”"]{0,50},\s+)?([Hh]e|[Ss]he)\s+(?:(?:later|also|then|had|once|previously)\s+)*(?:served\s+as|was)\s+(?:the\s+|an?\s+)?(?:${TITLE}|(chairman|chairperson|chairwoman|vice-chairman|vice-chairperson))(?:\s+for\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3}))?(?:\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:on|and|for|of)\s+)?\p{Lu}[\p{L}'’-]*){0,8}))?(\s*,?\s+(?:between|from|until|till|before|in\s+the\s+\d+(?:st|nd|rd|th)\s+Parliament)\b)?`,
  'u',
);
/** "Between 1979 and 1983, ", "From 2013 to 2017, ": an opening that gives the years the office was held. */
const YEARS_OPENING = /^(?:Between|From)\s+\d{4}\s+(?:and|to|until)\s+\d{4}\s*,\s+$/;

/**
 * "During her time as Speaker, X oversaw …", "During his tenure as Kitui Governor, from 2013 to 2022, X built …",
 * "While serving as County Commissioner from 2014 to 2018, X …": the office the opening gives the sentence's subject,
 * held then. (Not "During her tenure as Speaker, X has overseen …": a term still running; nor "While serving as
 * Governor, X launched …" with no years, which may be now.)
 */
const DURING_AS = new RegExp(
  String.raw`^(?:During\s+(his|her)\s+(?:time|tenure|term|stint|years)|While\s+serving)\s+as\s+(?:the\s+)?${TITLE}${PORTFOLIO}${HELD_IN}(\s*,?\s+(?:from|between)\s+\d{4}\s+(?:to|and|until|till)\s+\d{4})?\s*,\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$`,
  'u',
);
/** The subject's verb, after an apposition if any: its first lower-case word. */
const SUBJECT_VERB = /^(?:\s*,[^,.;“”"]{1,80},)?\s+(\p{Ll}+)(\s)?/u;

/** True when the subject's verb is told in the past: "had", "was", "approved", "oversaw". */
function toldInPast(after: string): boolean {
  const verb = SUBJECT_VERB.exec(after);
  const word = verb?.[1];
  if (!word) return false;
  if (word === 'had' || word === 'was') return verb[2] !== undefined;
  // (A verb of speech dates the speaking, not a deed done in the office: "During his term as Governor, X promised …".)
  return !SPEECH_VERBS.has(word) && ((word.length >= 4 && word.endsWith('ed')) || isIrregularPast(word));
}

/** Adds the former roles each sentence tells with a verb. */
export function readPastOffices(sentences: SentenceMentions[]): void {
  sentences.forEach((sentence, index) => {
    const people = sentence.mentions.filter((mention) => mention.kind !== 'party' && !mention.quoted);
    for (const person of people) {
      const after = sentence.text.slice(person.offset - sentence.start + person.surface.length);
      const served = SERVED.exec(after);
      if (served && opens(sentence, person)) addFormer(person, heldIn(readPlacedTitle(served[1] as string), served[2] ?? served[3]));
      const represented = !served && after.includes('represented') ? REPRESENTED.exec(after) : null;
      if (represented && opens(sentence, person)) addFormer(person, houseSeat(represented[1] as string, represented[2] !== undefined, represented[3] as string));
    }
    const first = people[0];
    const during = first && /^(?:During|While)\s/.test(sentence.text) ? DURING_AS.exec(sentence.text.slice(0, first.offset - sentence.start)) : null;
    if (first && during && (during[1] === undefined ? during[4] !== undefined : fits(first, during[1]) && (during[4] !== undefined || toldInPast(sentence.text.slice(first.offset - sentence.start + first.surface.length))))) {
      addFormer(first, heldIn(readPlacedTitle(during[2] as string), during[3]));
    }
    const served = /^(?:[Hh]e|[Ss]he|Before|After|Between|From|In)\b/.test(sentence.text) ? PRONOUN_SERVED.exec(sentence.text) : null;
    if (served && (served[7] !== undefined || YEARS_OPENING.test(served[1] ?? ''))) pronounServed(sentences, index, served);
    const when = WHEN_WAS.exec(sentence.text) ?? HE_WAS.exec(sentence.text);
    if (!when) return;
    const before = sentences[index - 1];
    const holder = whenHolder(sentence, when.index, before && before.paragraph === sentence.paragraph ? before : undefined, when[2] as string);
    if (holder && fits(holder, when[1] as string)) addFormer(holder, readPlacedTitle(when[2] as string), holder.place.sentence === sentence.text ? undefined : `${before?.text} ${sentence.text}`);
  });
}

/** Gives a pronoun's past office (PRONOUN_SERVED's match) to the person the pronoun stands for, if certain. */
function pronounServed(sentences: SentenceMentions[], index: number, served: RegExpExecArray): void {
  const sentence = sentences[index] as SentenceMentions;
  const end = served[0].length;
  // (The sentence names no one before the office's end but a place in it: "he served as Speaker of the Vihiga County Assembly".)
  if (sentence.mentions.some((one) => one.kind === 'person' && !one.quoted && one.offset - sentence.start < end)) return;
  const holder = subjectBefore(sentences, index);
  if (!holder || !fits(holder, served[2] as string)) return;
  const body = served[6];
  const title = served[4] === undefined ? readPlacedTitle(served[3] as string) : undefined;
  // ("the Assistant Minister for Water": a minister's portfolio is where the office is held, as "Water CS" is.)
  const portfolio = title && /\b(?:Minister|Secretary)$/.test(title.title) ? served[5] : undefined;
  const role = served[4] !== undefined ? (body ? { title: 'Chairman', organisation: body } : undefined) : heldOf(title, body ?? portfolio);
  if (role) addFormer(holder, role, `${holder.place.sentence} ${sentence.text}`);
}

/** A title "of" a body: the body is where it is held, unless the title names a place already. */
function heldOf(role: RoleCue | undefined, body: string | undefined): RoleCue | undefined {
  return role && body && !role.organisation ? { ...role, organisation: body } : role;
}

/**
 * The person a "he" or "she" opening a sentence stands for: going back in the paragraph over sentences that open on a
 * pronoun and name no one, the one person the first sentence naming anyone names, as its subject (not "The legislator,
 * who unseated Senator Y, chairs …": Y named, the subject not).
 */
function subjectBefore(sentences: SentenceMentions[], index: number): Mention | undefined {
  const paragraph = (sentences[index] as SentenceMentions).paragraph;
  for (let at = index - 1; at >= 0 && at >= index - 4; at--) {
    const before = sentences[at] as SentenceMentions;
    if (before.paragraph !== paragraph) return undefined;
    const named = before.mentions.filter((mention) => mention.kind === 'person' && !mention.quoted);
    if (named.length === 0) {
      if (/^(?:He|She)\s/.test(before.text)) continue;
      return undefined;
    }
    const first = named[0] as Mention;
    return new Set(named.map((one) => one.name.split(/\s+/).pop())).size === 1 && opens(before, first) ? first : undefined;
  }
  return undefined;
}

/** The person "when he was" means: the subject opening the sentence, if no one else stands before the pronoun; else, in a sentence naming no one, the one person of the sentence before. */
function whenHolder(sentence: SentenceMentions, at: number, before: SentenceMentions | undefined, title: string): Mention | undefined {
  // (Not the place inside the title: "He was Mbooni MP" names no one but the pronoun.)
  const inTitle = (mention: Mention) => mention.offset - sentence.start >= at && sentence.text.indexOf(title, at) <= mention.offset - sentence.start && mention.offset - sentence.start < sentence.text.indexOf(title, at) + title.length;
  const people = sentence.mentions.filter((mention) => mention.kind !== 'party' && !mention.quoted && !inTitle(mention));
  const first = people[0];
  if (first) return opens(sentence, first) && people.every((one) => one === first || one.offset - sentence.start > at) ? first : undefined;
  const named = (before?.mentions ?? []).filter((mention) => mention.kind === 'person' && !mention.quoted);
  return named.length > 0 && new Set(named.map((one) => one.name.split(/\s+/).pop())).size === 1 ? named[0] : undefined;
}

/**
 * True when the person opens the sentence: only capitalised words (a title, a dateline) before the name, or a phrase set
 * off by a comma that names no one ("A Wiper stalwart, X represented …", "Before the 2022 polls, X had been …").
 */
export function opens(sentence: SentenceMentions, person: Mention): boolean {
  const before = sentence.text.slice(0, person.offset - sentence.start);
  return /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(before) || (OPENING_PHRASE.test(before) && !sentence.mentions.some((one) => one.kind === 'person' && one.offset < person.offset));
}

/** "A Wiper stalwart, ", "In 2013, Mr ": a phrase that opens the sentence, then the subject (a courtesy title before it). */
const OPENING_PHRASE = /^[^,.;:“”"()]{1,60},\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/u;

/** Not a person whose honorific says the other sex. */
function fits(person: Mention, pronoun: string): boolean {
  const gender = GENDER_OF_HONORIFIC[(person.honorific ?? '').toLowerCase().replace(/\.$/, '')];
  // ("During her time as Speaker, Ms X …": the possessive's sex too, as the subject's.)
  return !gender || gender === (/^(?:she|her)$/i.test(pronoun) ? 'f' : 'm');
}

/** The seat a House gives the place represented: a ward's MCA, a county's Senator or Woman Representative, an MP. */
function houseSeat(place: string, ward: boolean, house: string): RoleCue | undefined {
  const county = /\sCounty$/.test(place);
  const where = place.replace(/\s+(?:County|Ward)$/, '');
  if (/County\s+Assembly$/.test(house)) return { title: 'MCA', organisation: where };
  if (ward) return undefined;
  if (house === 'Senate') return { title: 'Senator', organisation: where };
  return { title: county ? 'Woman Representative' : 'MP', organisation: where };
}

/** A title written without its place takes the one "in PLACE" after it gives. */
export function heldIn(role: RoleCue | undefined, place: string | undefined): RoleCue | undefined {
  return role && place && !role.organisation ? { ...role, organisation: place } : role;
}

/** Adds an office the words say was held once, unless the person holds it as former already. */
function addFormer(person: Mention, role: RoleCue | undefined, statedIn?: string): void {
  if (!role) return;
  const former: RoleCue = { ...role, tense: 'former', ...(statedIn ? { statedIn } : {}) };
  // (A place the words give a former office read bare elsewhere is kept: "had been a County Executive for Water in Kisumu".)
  const bare = [person.role, ...(person.roles ?? [])].find((one) => one?.title === former.title && one.tense === 'former' && !one.organisation && former.organisation);
  if (bare) bare.organisation = former.organisation;
  addRole(person, former, sameTense);
}
