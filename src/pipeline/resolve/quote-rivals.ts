/**
 * Who else a quote's "he" or "she" could mean, for the evidence check: the
 * one subject a sentence opens with, people brought in without a name, the
 * one who reads out someone else's words, and honorifics that give a
 * person's sex. Pure text tests.
 */
import { joinsSubject } from '../extract/quotes/anaphora';
import { pronounPairs, type Sex } from '../text/pronoun-pairs';
import { isTitleWordText } from '../extract/quotes/speaker-titles';

/**
 * True when `sentence` opens with the speaker as its one subject: only title
 * words before the name, no one else named before it or joined to it ("X and
 * Y told …"), and no honorific of the other sex in front of it.
 */
export function soleSubject(sentence: string, speaker: readonly string[], others: readonly (readonly string[])[], otherSex: RegExp | undefined): boolean {
  const at = firstWritten(sentence, speaker);
  if (!at) return false;
  const lead = sentence.slice(0, at.start);
  if (!lead.split(/\s+/).filter(Boolean).every((word, index) => CAPITALISED.test(word) || (index === 0 && word === 'the') || isTitleWordText(word))) return false;
  if (otherSex && otherSex.test(lead)) return false;
  const rivals = others.flatMap((forms) => firstWritten(sentence, forms) ?? []);
  if (rivals.some((rival) => rival.start < at.end)) return false;
  const next = Math.min(...rivals.map((rival) => rival.start));
  return !Number.isFinite(next) || !joinsSubject(sentence.slice(at.end, next));
}

// (Built once, not per call: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const LETTER = /\p{L}/u;
const CAPITALISED = /^\p{Lu}/u;

/** Where a text first writes one of `forms` as whole words. */
function firstWritten(text: string, forms: readonly string[]): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  for (const form of forms) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      if (LETTER.test(text[at + form.length] ?? '') || LETTER.test(text[at - 1] ?? '')) continue;
      if (!found || at < found.start) found = { start: at, end: at + form.length };
      break;
    }
  }
  return found;
}

/**
 * Someone a sentence brings in without a name ("a party official", "one
 * delegate", "another source"), or who opens it as someone's kin or aide
 * ("Her deputy, the first woman to hold the post, said …"), who could be the
 * "he" or "she" of a later quote as well as the person named further back.
 */
export const UNNAMED_PERSON =
  /\b(?:an?|one|another|some)\s+(?:[\p{L}-]+\s+){0,3}?(?:official|source|spokesperson|spokesman|spokeswoman|aide|insider|resident|delegate|supporter|voter|trader|activist|analyst|observer|witness|farmer|teacher|elder|critic|member|worker|student|youth|woman|man)s?\b|^\s*(?:His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:deputy|wife|husband|spouse|widow|widower|son|daughter|brother|sister|mother|father|lawyer|advocate|spokesperson|spokesman|spokeswoman|aide|assistant|successor|predecessor|rival|opponent|challenger)\b/iu;

/**
 * A sentence whose subject is someone unnamed, the named person only in the
 * clause that places them: "The party's treasurer, who sat next to Ms X,
 * disagreed.", "One of the MCAs allied to Mr X, who asked not to be named,
 * dismissed the statement.", "A family spokesman, standing beside Deputy
 * Governor X, told mourners". The "he" or "she" of the quote is the unnamed
 * one, not X. ("The party's treasurer, Ms X, …" names its subject.)
 */
export const UNNAMED_SUBJECT =
  /^\s*(?:The|One\s+of\s+the|Some\s+of\s+the|A|An|Another)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:[\p{Ll}-]+|MCAs|MPs)(?:\s*,\s*(?:who|standing|sitting|seated|flanked)\b|\s+who\b|\s+(?:allied|close|loyal|next)\s+to\b)/u;

/** "a statement read on her behalf by her chief of staff, X", "His eulogy, read by his daughter, X,": the words are not the reader's. */
const READ_BY = /\bread\s+(?:out\s+)?(?:on\s+(?:his|her|their|its)\s+behalf\s+)?by\s+([^.;:“”"]{0,80})/iu;
// (Built once: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const CAPITAL = /\p{Lu}/u;

/**
 * "Reading the Deputy President's condolence message, X said: “…”", "“…,” X said, reading the President's message.":
 * someone else's words, read out.
 */
const READING_OUT = /^\s*Reading\s+(?:out\s+)?[^,.;“”"]{0,80}?\b(?:message|speech|statement|letter|eulogy|remarks|address|tribute)\s*,|,\s*(?:while\s+)?reading\s+(?:out\s+)?[^,.;“”"]{0,80}?\b(?:message|speech|statement|letter|eulogy|remarks|address|tribute)\b/iu;

/** True when the sentence names the speaker as the one who read out someone else's words. */
export function readsOut(sentence: string, speaker: readonly string[], names: (text: string, forms: readonly string[]) => boolean): boolean {
  if (READING_OUT.test(sentence)) return true;
  const [first = '', apposition = ''] = READ_BY.exec(sentence)?.[1]?.split(',') ?? [];
  // The reader ends at the first comma, unless only a description stands before it: "by her chief of staff, X,".
  const reader = CAPITAL.test(first) ? first : `${first} ${apposition}`;
  return names(reader, speaker);
}

/** The sentence with the one who read out someone else's words blanked ("a statement read on her behalf by her chief of staff, X,"): a reader is no rival speaker. */
export function withoutReader(sentence: string): string {
  const read = READ_BY.exec(sentence);
  if (!read) return sentence;
  const [first = '', apposition = ''] = (read[1] as string).split(',');
  const reader = CAPITAL.test(first) ? first : `${first},${apposition}`;
  const at = read.index + read[0].length - (read[1] as string).length;
  return sentence.slice(0, at) + ' '.repeat(reader.length) + sentence.slice(at + reader.length);
}

/** An honorific that gives a person's sex, with the rest of a name after it: "Ms Jane Wanjiku Kamau". */
// ("Nyandarua Woman Representative Hon. X": a second honorific, with its full stop, may stand between.)
export const FEMALE = /\b(?:Ms|Mrs|Miss|Madam|Woman\s+Rep(?:resentative)?)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;
export const MALE = /\bMr\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;

/** True when every place `sentence` writes one of `forms` stands right after such an honorific. */
export function onlyAfter(sentence: string, forms: readonly string[], honorific: RegExp): boolean {
  let seen = false;
  for (const form of forms) {
    for (let at = sentence.indexOf(form); at !== -1; at = sentence.indexOf(form, at + form.length)) {
      if (LETTER.test(sentence[at + form.length] ?? '') || LETTER.test(sentence[at - 1] ?? '')) continue;
      if (!honorific.test(sentence.slice(0, at))) return false;
      seen = true;
    }
  }
  return seen;
}

/**
 * True when the article writes a person, by one of `forms`, after an honorific
 * of one sex (`honorific`) somewhere and never after one of the other (`other`).
 */
export function honouredAs(paragraphs: readonly string[], forms: readonly string[], honorific: RegExp, other: RegExp): boolean {
  let seen = false;
  for (const paragraph of paragraphs) {
    if (!forms.some((form) => paragraph.includes(form))) continue;
    for (const form of forms) {
      for (let at = paragraph.indexOf(form); at !== -1; at = paragraph.indexOf(form, at + form.length)) {
        if (LETTER.test(paragraph[at + form.length] ?? '') || LETTER.test(paragraph[at - 1] ?? '')) continue;
        const before = paragraph.slice(Math.max(0, at - 60), at);
        if (other.test(before)) return false;
        if (honorific.test(before)) seen = true;
      }
    }
  }
  return seen;
}

/**
 * The sex the article gives a person by pronouns alone ("Dr X is unbothered.
 * “…,” he said."): from every sentence that names them and none of `others`
 * and is referred back to as "he" or "she"; none when there is none or they disagree.
 */
export function sexByPronoun(paragraphs: readonly string[], forms: readonly string[], others: readonly (readonly string[])[], names: (text: string, forms: readonly string[]) => boolean): Sex | undefined {
  let found: Sex | undefined;
  for (const pair of pronounPairs(paragraphs)) {
    if (!names(pair.text, forms) || others.some((one) => names(pair.text, one))) continue;
    if (found && found !== pair.sex) return undefined;
    found = pair.sex;
  }
  return found;
}
