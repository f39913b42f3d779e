/**
 * What an article has said so far, sentence by sentence, for the quotes that
 * lean on it: who the story is about, the gender the text gives people, the
 * people of the last sentence, and a title or a statement it opened with.
 */
import type { Sentence } from '../text/sentences';
import type { Mention, QuoteCue } from '../types';
import { possessiveGender } from './quotes/anaphora';
import { peopleBetween, titleSpeaker } from './quotes/attribution';
import { UNNAMED_SUBJECT } from '../resolve/quote-rivals';
import { SPEECH_VERBS, TITLE_HEADS } from './lexicon';
import { isSpokenOf, openingPhraseEnd, spokenOfStretches } from './quotes/spoken-of';
import { tenseBefore } from './tense-words';
import { counterpartsIn } from './offices/stand-ins';
import { distinct, isTitleWordText, keyOf } from './quotes/speaker-titles';

export type Gender = 'm' | 'f';
export const GENDER_OF_HONORIFIC: Record<string, Gender> = { mr: 'm', ms: 'f', mrs: 'f', miss: 'f', madam: 'f', mama: 'f', bi: 'f', bw: 'm' };

// (Expressions with `\p{…}` are built once, out of the functions: tsx compiles such a literal into a `new RegExp` built at every call.)
const CAPITALISED = /^\p{Lu}/u;
const OPENING_PRONOUN = /^(?:\p{Lu}\p{Ll}*(?:\s+(?:\p{Ll}+|\d{4}))*,\s+)?(He|She|he|she)\b/u;
/** Lower-case words, for `matchAll` only (which copies it: its own `lastIndex` stays 0). */
const LOWER_WORDS = /\p{Ll}+/gu;

/** Whether a paragraph's offset falls inside quotation marks: more curly marks opened than closed before it, or an odd number of straight ones. */
function insideQuote(paragraph: string, at: number): boolean {
  const before = paragraph.slice(0, at);
  const opened = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return opened > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * "The two later shook hands", "Both men left", "They embraced": a group of people the story spoke of, as a sentence's
 * subject; after it, "he said" may mean any of them.
 */
const GROUP_SUBJECT = /^\s*(?:(?:Later|Afterwards|However|Eventually),\s+)?(?:The\s+(?:two|three|pair|duo|trio|rivals|leaders|politicians|lawmakers|legislators|men|women)|Both(?:\s+(?:men|women|leaders|politicians|of\s+them))?|They)(?![\p{L}-])/u;

/** "One of them", "Some of those": someone of a group the sentence before spoke of, unnamed, as a sentence's subject. */
const ONE_OF_A_GROUP = /^\s*(?:One|Some|Two|Three|Several|Many|Most|Another)\s+of\s+(?:them|us|those|these)\b/u;

/** What the article has said so far, for quotes that lean on it. */
export interface Discourse {
  /** Who the story is about at this point: the last sentence subject or speaker. */
  subject?: Mention;
  /** The gender the article gives people (by surname), from "Mr", "Ms" or a "he"/"she" that follows them. */
  genders?: Map<string, Gender>;
  /** The people (outside quotes) of the last sentence read, and whether it was about one of them. */
  /** (`acting`: its people less those it only speaks of, "Y" in "X, who beat Y, said …", when it has a subject.) */
  previous?: { people: Mention[]; acting?: Mention[]; subject?: Mention; pairedTitle?: boolean; pronoun?: Gender; title?: string; colon?: boolean; statement?: boolean; counterpart?: boolean; quotedTitle?: string };
  /** A quote whose paragraph ended before its closing mark. */
  open?: QuoteCue;
  /** The speaker of a quote in the sentence being read: “…,” Kyalo said. “…” goes on with Kyalo. */
  quoted?: Mention;
  /** Where that quote ends in its paragraph: sentences inside it keep it pending. */
  quotedEnd?: number;
  /** The title a quote of this paragraph was given to, no one named ("“…,” the former governor said."), and where the quote ends. */
  quotedRole?: { title: string; end: number };
  /** The last quote of the sentence being read, for a second part of it: “…,” X said, adding that “…”. */
  last?: QuoteCue;
  /** How many sentences have been read, and the last one that called someone it names by a seat's description ("the senator's absence"). */
  sentences?: number;
  seatDescribed?: { word: string; people: Mention[]; sentence: number };
  /** The titles the article has given each person so far (by surname), held now: "the legislator" fits an MP. */
  roles?: Map<string, string[]>;
  /** The titles the article has given each person so far (by surname) as held before: "the former legislator" fits a former MP. */
  formerRoles?: Map<string, string[]>;
  /** The places the article has named a seat by so far ("Kinango MP X" → Kinango): a lone word of one is no person. */
  seatPlaces?: Set<string>;
  /** Words the article has described each person by (by surname): "X, a first-term MP" → first-term. */
  describedAs?: Map<string, Set<string>>;
}

/**
 * After each sentence: who it was about (a person named at its start), the
 * gender a "He"/"She" opening gives the person the story was about, and its
 * people, for a quote that follows on its own.
 */
export function finishSentence(paragraph: string, sentence: Sentence, mentions: Mention[], discourse: Discourse): void {
  const end = sentence.start + sentence.text.length;
  const pronoun = openingPronoun(sentence.text);
  // Only a subject the sentence before was about takes the pronoun's gender: a stale one would learn the wrong gender.
  const previousPeople = distinct(discourse.previous?.people ?? []);
  const onSubject = discourse.subject && (previousPeople.length === 0 || (previousPeople.length === 1 && keyOf(previousPeople[0] as Mention) === keyOf(discourse.subject)));
  if (pronoun && discourse.subject && onSubject) {
    const genders = (discourse.genders ??= new Map());
    if (!genders.has(keyOf(discourse.subject))) genders.set(keyOf(discourse.subject), pronoun === 'He' ? 'm' : 'f');
  }
  const people = peopleBetween(mentions, sentence.start, end).filter((mention) => !isPossessive(paragraph, mention));
  discourse.sentences = (discourse.sentences ?? 0) + 1;
  const seat = people.length > 0 && MAY_DESCRIBE_SEAT.test(sentence.text) ? SEAT_DESCRIBED.exec(sentence.text.replace(QUOTED_PASSAGE, ''))?.[1] : undefined;
  if (seat) discourse.seatDescribed = { word: seat.toLowerCase(), people, sentence: discourse.sentences };
  if (DESCRIBES.test(sentence.text)) for (const mention of people) noteDescription(paragraph, mention, discourse);
  // "Mbae, who wants to unseat Njagi, struck a note.": who the sentence only speaks of is not who it is about.
  const stretches = people.length > 0 ? spokenOfStretches(sentence.text) : [];
  const acting = stretches.length > 0 ? people.filter((mention) => !isSpokenOf(stretches, mention.offset - sentence.start)) : people;
  // ("Flanked by Senator X and Y, Z told …": the subject after an opening phrase of company.)
  const opened = stretches.length > 0 ? openingPhraseEnd(sentence.text) : 0;
  const subject = mentions.find(
    (mention) =>
      mention.offset >= sentence.start &&
      mention.offset < end &&
      people.includes(mention) &&
      ((SUBJECT_LEAD.test(paragraph.slice(sentence.start, mention.offset)) && !READ_BY_BEFORE.test(paragraph.slice(sentence.start, mention.offset))) || (opened > 0 && acting[0] === mention && subjectLead(paragraph.slice(sentence.start + opened, mention.offset)))),
  );
  // “…,” Kyalo said: a sentence whose quote is Kyalo's, and that names no one else, is about Kyalo.
  const quoted = discourse.quoted;
  // “We have nothing to hide. The documents are open,” Ntutu said.: a quote's own full stop ends no sentence of its speaker's.
  if (!(quoted && discourse.quotedEnd !== undefined && end <= discourse.quotedEnd)) discourse.quoted = undefined;
  // ("“…,” the former governor said.": a quote given to a title alone leaves that title as who its sentences were about.)
  const quotedTitle = discourse.quotedRole && sentence.start < discourse.quotedRole.end ? discourse.quotedRole.title : undefined;
  discourse.last = undefined;
  // ("In a statement read on her behalf by Y, she thanked the voters “…”": Y, who read it out, is not who it is about.)
  // ("The two later shook hands.": a group the quote's speaker is one of is not the speaker alone.)
  // (Not a sentence of someone's quote: “… They want jobs, not speeches.”)
  const group = people.length === 0 && GROUP_SUBJECT.test(sentence.text) && !insideQuote(paragraph, sentence.start);
  const about = subject ?? (quoted && !group && distinct(acting).every((person) => keyOf(person) === keyOf(quoted)) ? quoted : undefined);
  // "Kamande told reporters that her party …": her own clause gives the subject's gender.
  if (subject && !discourse.genders?.has(keyOf(subject))) {
    const gender = possessiveGender(paragraph, subject, people, end);
    if (gender) (discourse.genders ??= new Map()).set(keyOf(subject), gender);
  }
  if (about) discourse.subject = about;
  // A sentence about someone the reading cannot place as its subject leaves no subject a later "he" could mean.
  // ("A relative of the deceased, who asked not to be named, said …": nor does one about someone unnamed; "The lawmaker,
  // who is serving her second term, said" may be the subject described.)
  // ("One of them, a CEC who asked me not to name him, laughed.": one of a group, unnamed, is such a subject too.)
  else if ((people.length > 0 && !pronoun) || ((UNNAMED_SUBJECT.test(sentence.text) || ONE_OF_A_GROUP.test(sentence.text)) && !/^\s*The\s/.test(sentence.text)))
    discourse.subject = undefined;
  else if (group) discourse.subject = undefined;
  // "The CS said …", "The Party Leader, in his acceptance speech, said:": a title as the subject of a sentence naming no one.
  // (Named after its verb, "The Party Whip said the MPs would back Barasa", a person is no subject: the title still is.)
  // ("The Speaker's lawyer, Mr X, said": a person named before the verb is the subject, and the title is theirs.)
  const opensWithThe = /^The\s/.test(sentence.text);
  const verbAt = people.length === 0 || !opensWithThe ? 0 : firstSpeechVerb(sentence.text);
  const title =
    (opensWithThe && verbAt !== -1 && people.every((mention) => mention.offset >= sentence.start + verbAt) ? titleSpeaker(sentence.text.replace(QUOTED_PASSAGE, '').replace(/[:.!?]\s*$/, ''), '') : undefined) ??
    (people.length === 0 ? titleSubject(sentence.text) : undefined);
  const colon = /:\s*$/.test(sentence.text);
  const statement = STATEMENT_MADE.test(sentence.text);
  // "The governor and Lekoloi were later seen …": a person named by a title only shares the subject.
  const pairedTitle = (sentence.text.includes(' and ') || sentence.text.includes(' & ')) && PAIRED_TITLE.test(sentence.text);
  // "Kisumu Senator X and his Siaya counterpart Y": Y holds X's title, though no title is written before the name.
  const counterpart = counterpartsIn({ text: sentence.text, start: sentence.start, mentions: people }).length > 0;
  // (Kept only when the sentence's subject acts in it: otherwise its people are all who it could be about.)
  const spokenOf = about && acting.length < people.length && (acting.length === 0 || acting.some((mention) => keyOf(mention) === keyOf(about))) ? { acting } : {};
  discourse.previous = { people, ...spokenOf, ...(about ? { subject: about } : {}), ...(pairedTitle ? { pairedTitle } : {}), ...(pronoun ? { pronoun: pronoun === 'He' ? 'm' : 'f' } : {}), ...(title ? { title, colon } : {}), ...(statement ? { statement } : {}), ...(counterpart ? { counterpart } : {}), ...(quotedTitle && people.length === 0 ? { quotedTitle } : {}) };
}

/**
 * The pronoun a sentence opens with, after a short opening adverbial of
 * lower-case words ("Instead, she was elected Speaker, beating former Speaker
 * X"): the story's subject goes on, and X, named after it, is not the only one a
 * following "she said" could mean.
 */
function openingPronoun(text: string): 'He' | 'She' | undefined {
  const word = OPENING_PRONOUN.exec(text)?.[1];
  return word === undefined ? undefined : word.toLowerCase() === 'he' ? 'He' : 'She';
}

/**
 * Only capitalised words (a title, an honorific) may stand before a sentence's
 * subject, after an opening participle clause: "Speaking in Kisumu, Mr Otieno said".
 */
// ("In her address to the Council, Prof Okuku said:": the occasion, with its speaker's pronoun.)
const SUBJECT_OPENER = /^(?:(?:\p{Lu}\p{Ll}+ing\b|In a (?:statement|post|letter|video|rejoinder|interview)\b|In (?:his|her|their) (?:address|speech|remarks|statement|letter|post|reply|response|rejoinder|submission|affidavit|testimony)\b)[^,“”"]{0,80},\s*)?/u;
const SUBJECT_LEAD = { test: (lead: string) => subjectLead(lead) };

/** "Party leader X", "In a statement, the ODM lawmaker X": only a title's words (and "the" before them) ahead of the subject. */
function subjectLead(lead: string): boolean {
  const words = lead.replace(SUBJECT_OPENER, '').split(/\s+/).filter(Boolean);
  return words.every((word, index) => CAPITALISED.test(word) || (index === 0 && word === 'the') || (index > 0 && isTitleWordText(word) && !tenseBefore(word)));
}

export function isPossessive(paragraph: string, mention: Mention): boolean {
  return /^['’]s\b/.test(paragraph.slice(mention.offset + mention.surface.length));
}

/**
 * "Asked whether she would run, the KMAP leader laughed.", "The Speaker
 * smiled.": a title as the subject of a sentence that names no one, whatever its verb.
 */
function titleSubject(text: string): string | undefined {
  const subject = TITLE_SUBJECT.exec(text.replace(OPENING, ''));
  const title = subject?.[1];
  // (Ending in a title's head: "The party welcomed the move" has no title for its subject.)
  return title && title.split(/\s+/).every((word) => CAPITALISED.test(word) || isTitleWordText(word)) && TITLE_HEADS.has((title.split(/\s+/).pop() as string).toLowerCase()) ? title : undefined;
}

/** "Asked …, ", "Speaking in Kisumu, ": an opening clause before the subject. */
const OPENING = /^(?:Asked|Speaking|Addressing|Responding|Reacting|Commenting|Pressed|Quizzed)\b[^“”".;]{1,160}?,\s+(?=the\s)/;
// ("The MCA, who is eyeing the seat, hit back.": a clause set off by commas may stand between, and the verb be an irregular past.)
const TITLE_SUBJECT = /^[Tt]he\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?:\s*,[^,.;:“”"]{1,120},)?\s+(?:(?:only|simply|just|then|later|also)\s+)?(?:\p{Ll}+ed|hit|spoke|said|told|struck|fought|took|gave|came|went|left|rose|stood|made|met|won|lost|ran|kept|held|led|shot)\b/u;

/** "The Chairperson said the party would not answer what he called “propaganda”.": the title's sentence read without its quote. */
const QUOTED_PASSAGE = /“[^“”]*”|"[^"“”]*"/g;

/** "In a statement read on her behalf by her chief of staff, X, …": the one named after it reads someone else's words, and is no subject. */
const READ_BY_BEFORE = /\bread\s+(?:out\s+)?(?:on\s+(?:his|her|their|its)\s+behalf\s+)?by\s+[^.;:“”"]{0,60}$/u;

/** "In a statement, X said …", "X said in a letter to the Speaker …": a sentence about a statement its subject issued. */
const STATEMENT_MADE = /\b(?:statement|letter|memo|communiqu[eé]|press\s+release)\b/i;

/** Where the first verb of speech of a sentence stands, or -1. */
function firstSpeechVerb(text: string): number {
  for (const word of text.matchAll(LOWER_WORDS)) if (SPEECH_VERBS.has(word[0])) return word.index;
  return -1;
}

// (Written as news writes them: "governor", "Governor", "MP"; no case-blind match, which would make every word a name.)
const PERSON_TITLE = [...TITLE_HEADS].filter((word) => !/[^a-z-]/.test(word)).flatMap((word) => [word, word[0]?.toUpperCase() + word.slice(1), word.toUpperCase()]).join('|');
/** "the governor and X", "X and the senator": a person named by a title beside a named one. */
const PAIRED_TITLE = new RegExp(`\\b[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PERSON_TITLE})\\s+(?:and|&)\\s+\\p{Lu}|\\b(?:and|&)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PERSON_TITLE})\\b`, 'u');

/** A word of a seat's description, looked for before `SEAT_DESCRIBED`. */
const MAY_DESCRIBE_SEAT = /enator|MP|MCA|egislator|awmaker/;
/** "the senator's absence", "the MP said": a seat's description as the writer uses it for someone (lower-case "the"). */
const SEAT_DESCRIBED = /\bthe\s+(senator|MP|MCA|legislator|lawmaker)\b/i;

/** A sentence that may describe someone by one of the words below: most do not, and are not read for them. */
const DESCRIBES = /-term|vocal|outspoken|youthful|veteran/i;

/** "X, a first-term MP allied to …", "the vocal Senator X": a describing word written next to the name. */
function noteDescription(paragraph: string, mention: Mention, discourse: Discourse): void {
  const end = mention.offset + mention.surface.length;
  const word = /^\s*,\s*(?:an?|the)\s+(first-term|second-term|third-term|vocal|outspoken|youthful|veteran)\b/i.exec(paragraph.slice(end, end + 40))?.[1] ??
    /\b(first-term|second-term|third-term|vocal|outspoken|youthful|veteran)\s+(?:\p{L}+\s+){0,3}$/iu.exec(paragraph.slice(Math.max(0, mention.offset - 50), mention.offset))?.[1];
  if (!word) return;
  const described = (discourse.describedAs ??= new Map());
  described.set(keyOf(mention), new Set([...(described.get(keyOf(mention)) ?? []), word.toLowerCase()]));
}
