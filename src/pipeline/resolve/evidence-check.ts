/**
 * The evidence check: a fact is published only when its own sentence says it.
 * A tie's party and a role's party are named in the evidence sentence, and a
 * quote's speaker in the quote's sentence (outside the quotation marks) or the
 * one before, each by a form the articles use for that entity: its name, an
 * alias, its acronym. Pure text tests; what fails goes to the review page.
 */
import { ANSWER, answerText, intervieweeOf } from '../text/interviews';
import { doubleSingleQuotes } from '../text/quote-marks';
import { splitSentences, type Sentence } from '../text/sentences';
import type { Place } from '../types';
import { withoutSpokenOf } from '../extract/quotes/spoken-of';
import { labelNames, turnOf } from '../extract/quotes/transcripts';
import { formsOf, namesAny } from './named-in';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../extract/lexicon';
import { FEMALE, honouredAs, MALE, onlyAfter, readsOut, sexByPronoun, soleSubject, UNNAMED_PERSON, UNNAMED_SUBJECT, withoutReader } from './quote-rivals';

/** A tie is stated when its sentence names both the person and the party. */
export function tieStated(sentence: string, person: readonly string[], party: readonly string[]): boolean {
  return namesAny(sentence, person) && namesAny(sentence, party);
}

/**
 * A role is stated when its sentence names the person, and its organisation
 * too when that is a party (pass its forms): "the party’s chairman" alone does not say which party.
 */
export function roleStated(sentence: string, person: readonly string[], organisation?: readonly string[]): boolean {
  return namesAny(sentence, person) && (!organisation || namesAny(sentence, organisation));
}

const LETTER = /\p{L}/u;
const NEXT_QUOTE_CLAUSE = /,\s*(?:while|whereas|but)\s+[^,.;:]{1,80}:\s*$/;

/** Quotation marks and what they hold. */
// A straight opening mark may be closed by a curly one ("…”), as pasted text often has it.
const QUOTED = /“[^”]*”?|"[^"”]*["”]?/gu;

/**
 * The words around a quote that may name its speaker: `own`, the quote's own
 * sentences outside the quotation marks; `before`, the sentence before the
 * quote (in this paragraph or the one before). Every quoted passage is blanked
 * out, so that a name inside a quote never counts as its attribution. A quote
 * that runs over several paragraphs ends where its last words stand.
 */
export function attributionText(paragraphs: readonly string[], quote: { text: string; place: Place }): { own: string; before: string } {
  const span = locate(paragraphs, quote) ?? sentenceSpan(paragraphs, quote.place);
  const first = paragraphs[span.paragraph] ?? '';
  const last = paragraphs[span.endParagraph] ?? '';
  const opening = sentenceAt(first, span.start);
  const closing = sentenceAt(last, span.end);
  const lead = unquoted(first).slice(opening.start, span.start);
  // “…,” he said, while Y added: “…”: the clause that opens the next quote is that quote's attribution, not this one's.
  let tail = unquoted(last).slice(span.end, closing.start + closing.text.length).replace(NEXT_QUOTE_CLAUSE, '');
  // “… on our behalf?” Oyaro said. The quote's own mark ended the sentence: its attribution is the next one.
  const next = LETTER.test(tail) ? undefined : readingOf(last).sentences.find((sentence) => sentence.start > closing.start);
  if (next) tail = `${tail} ${unquoted(last).slice(next.start, next.start + next.text.length)}`;
  const before = sentenceBefore(paragraphs, span.paragraph, opening.start);
  return { own: `${lead} ${tail}`, before: before ? unquoted(paragraphs[before.paragraph] as string).slice(before.start, before.start + before.text.length) : '' };
}

/**
 * A paragraph with every quoted passage blanked, offsets kept. The marks pair
 * up from the paragraph's start: a sentence cut out of it may begin inside a
 * quote, where straight marks would pair the wrong way.
 */
export function unquoted(paragraph: string): string {
  return readingOf(paragraph).unquoted;
}

/** A paragraph's sentences and its text with quotes blanked, worked out once: every quote in it asks. */
function readingOf(paragraph: string): { sentences: Sentence[]; unquoted: string } {
  let reading = readings.get(paragraph);
  if (!reading) {
    // Single-mark quotations read as double ones, as the extractor reads them (offsets unchanged).
    const marked = doubleSingleQuotes(paragraph);
    reading = { sentences: splitSentences(marked), unquoted: marked.replace(QUOTED, (passage) => ' '.repeat(passage.length)) };
    if (readings.size > 1_000) readings.clear();
    readings.set(paragraph, reading);
  }
  return reading;
}

const readings = new Map<string, { sentences: Sentence[]; unquoted: string }>();

/**
 * A quote's speaker is certain when its own sentence names them, or when the
 * sentence before does and names none of `others` (the article's other
 * people), and the quote's sentence names none either: "he said" after
 * "Mwema and Kivuva …" could be either man. Sentences that name no one may
 * stand between (a statement's paragraphs, "He spoke for an hour."), up to
 * three sentences back.
 */
export function quoteAttributed(
  paragraphs: readonly string[],
  quote: { text: string; place: Place },
  speaker: readonly string[],
  others: readonly (readonly string[])[] = [],
): boolean {
  const answer = answeredBy(paragraphs, quote, speaker, others) ?? spokenTurn(paragraphs, quote, speaker, others);
  if (answer !== undefined) return answer;
  const { own, before } = attributionText(paragraphs, quote);
  // (The sentence before matters only to a quote that does not name its own speaker: after "“…,” Y said, reading the
  // statement.", "Asked about it, X said: “…”" is X's words, not more of the statement.)
  if (readsOut(own, speaker, namesAny) || (!namesAny(own, speaker) && readsOut(before, speaker, namesAny))) return false;
  // ("A family spokesman, standing beside X, told mourners: “…”": X only places the one who spoke.)
  if (UNNAMED_SUBJECT.test(own)) return false;
  if (namesAny(own, speaker)) return true;
  // ("“…,” he said, adding that X had …", "Asked whether he would follow X, he said:": X is spoken of, not speaking.)
  const acting = withoutSpokenOf(withoutReader(own), true);
  if (others.some((forms) => namesAny(acting, forms))) return false;
  const attribution = attributionWords(acting);
  // "Mr X met Ms Y. “…,” he said.": another person the text marks as of the other sex is no candidate for "he".
  const pronoun = /^(he|she)\b/i.exec(attribution)?.[1]?.toLowerCase();
  const otherSex = pronoun === 'he' ? FEMALE : pronoun === 'she' ? MALE : undefined;
  // ("Mr Otieno spoke first. … Otieno and Ms Wanjiku met. “…,” she said.": the article's own honorifics give his sex.)
  const sameSex = pronoun === 'he' ? MALE : pronoun === 'she' ? FEMALE : undefined;
  // ("Dr X is unbothered. “…,” he said." anywhere in the article: a pronoun that refers back to a sentence naming X alone.)
  const other = pronoun === 'he' ? 'f' : 'm';
  const ofOtherSex = (forms: readonly string[]) =>
    otherSex !== undefined && sameSex !== undefined && (honouredAs(paragraphs, forms, otherSex, sameSex) || sexByPronoun(paragraphs, forms, [speaker, ...others.filter((one) => one !== forms)], namesAny) === other);
  // ("Mbae, who wants to unseat Njagi, struck a note.": someone the sentence only speaks of is no one the pronoun could mean.)
  // ("His eldest son, Dr Mutua Kioko Nzengu, …": the father's surname inside the son's full name is no mention of the father.)
  const rival = (sentence: string) => {
    const acting = withoutFullNames(withoutSpokenOf(sentence), speaker);
    return others.some((forms) => namesAny(acting, forms) && !(otherSex && onlyAfter(sentence, forms, otherSex)) && !ofOtherSex(forms));
  };
  // "Kamande told reporters that her party would back Ibrein. She said …": the pronoun stays on the sentence's one subject.
  // ("The party's treasurer, who sat next to Ms X, disagreed.": not X, named only in the clause that places the subject.)
  if (namesAny(before, speaker)) return !UNNAMED_SUBJECT.test(before) && !rival(before) || (pronoun !== undefined && soleSubject(before, speaker, others, otherSex));
  // "Party leader X told the delegates … He spoke for an hour. Delegates walked out. “…,” he said.":
  // the nearest sentence that names anyone, at most three back, names the speaker and no one else;
  // and the quote's own words outside its marks are nothing, or a pronoun or a title (not "a party official said").
  // ("“…,” said the former legislator.": the verb first, as "the former legislator said".)
  if (attribution !== '' && !PRONOUN_OR_TITLE.test(attribution.replace(VERB_FIRST, ''))) return false;
  // "… A county official, who sought anonymity, disagreed. “…,” he said.": the official may be "he".
  if (UNNAMED_PERSON.test(before)) return false;
  // "… Raila told mourners. He urged Mudavadi’s supporters …. “…,” he said.": the sentence before names someone else,
  // so the speaker is not named in the nearest sentence that names anyone.
  if (rival(before)) return false;
  for (const sentence of earlierSentences(paragraphs, quote, LOOK_BACK - 1)) {
    const named = namesAny(sentence, speaker);
    if (rival(sentence)) return false;
    if (named) return true;
    if (UNNAMED_PERSON.test(sentence)) return false;
  }
  return false;
}

/**
 * The text with every form of two words or more of the speaker's blanked, offsets kept, where it stands as a whole
 * name (an honorific or a title's word before it at most): inside a longer name ("Peter Kamau Njoroge" for "Kamau Njoroge") it is
 * another person's.
 */
function withoutFullNames(text: string, forms: readonly string[]): string {
  let blanked = text;
  for (const form of forms) {
    if (!form.includes(' ')) continue;
    for (let at = blanked.indexOf(form); at !== -1; at = blanked.indexOf(form, at + form.length)) {
      const before = NAME_WORD_BEFORE.exec(blanked.slice(Math.max(0, at - 30), at))?.[1];
      if ((before && !TITLE_OR_COURTESY(before.toLowerCase().replace(/\.$/, ''))) || NAME_WORD_AFTER.test(blanked.slice(at + form.length, at + form.length + 30))) continue;
      blanked = blanked.slice(0, at) + ' '.repeat(form.length) + blanked.slice(at + form.length);
    }
  }
  return blanked;
}

/** A word that may stand before a whole name: "Dr", "Mzee", "MP", "Senator". */
const TITLE_OR_COURTESY = (word: string) => HONORIFICS.has(word) || TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word);
/** A capitalised word right before a name, and one right after it: the name may be part of a longer one. */
const NAME_WORD_BEFORE = /(\p{Lu}[\p{L}.'’-]*)\s+$/u;
const NAME_WORD_AFTER = /^\s+\p{Lu}\p{Ll}/u;

/**
 * An answer of a question-and-answer interview ("A: …") is said by the one
 * person its introduction names as the one who spoke to the outlet, and by no
 * one when the introduction names another there too. Undefined for any
 * other quote.
 */
function answeredBy(paragraphs: readonly string[], quote: { text: string; place: Place }, speaker: readonly string[], others: readonly (readonly string[])[]): boolean | undefined {
  const paragraph = paragraphs[quote.place.paragraph] ?? '';
  if (!ANSWER.test(paragraph) || !answerText(paragraph).startsWith(quote.text.slice(0, 40))) return undefined;
  const intro = intervieweeOf(paragraphs);
  return intro !== undefined && intro.paragraph < quote.place.paragraph && namesAny(intro.subject, speaker) && !others.some((forms) => namesAny(intro.subject, forms));
}

/**
 * A turn of a transcript ("KIPROTICH: We have nothing to hide.") is said by
 * the one person its label names, and by no one when the label could name
 * another person of the article too. Undefined for any other quote.
 */
function spokenTurn(paragraphs: readonly string[], quote: { text: string; place: Place }, speaker: readonly string[], others: readonly (readonly string[])[]): boolean | undefined {
  const turn = turnOf(paragraphs[quote.place.paragraph] ?? '');
  if (!turn || turn.text !== quote.text) return undefined;
  const named = (forms: readonly string[]) => forms.some((form) => labelNames(turn.names, form));
  return named(speaker) && !others.some(named);
}

/** A quote's own words outside its marks, punctuation gone: "he said", "said the source". */
export function attributionWords(own: string): string {
  return own.replace(/[\s,.;:!?“”"'’()—–-]+/g, ' ').trim();
}

/** "he said", "she lamented", "the legislator told journalists", "the former senator charged". */
// ("the statement read" after "In a statement, X said …": the statement's words are the one who issued it.)
export const PRONOUN_OR_TITLE = /^(?:(?:he|she)\b|the\s+(?:statement|letter)\s+(?:read|reads|said|says|added|stated|continued)\b|the\s+(?:cleric|clergyman|clergywoman|preacher)\b|the\s+(?:[\p{L}-]+\s+){0,3}?(?:legislator|lawmaker|politician|senator|governor|mp|mca|dp|cs|speaker|chairman|chairperson|chairwoman|leader|secretary-general|minister|president|nominee|aspirant|candidate|whip|commissioner|rep|representative)\b)/iu;

/** "said the …", "added the …": a verb of speech before a title. */
const VERB_FIRST = /^(?:said|says|added|asked|noted|charged|quipped|explained|argued|insisted|remarked)\s+(?=the\s)/i;

/** How many sentences back the look-back reads at most, sentences inside quotation marks included. */
const QUOTED_SENTENCES = 12;

/** How many sentences back a speaker may be named, counting only over sentences that name no one. */
const LOOK_BACK = 3;

/** The sentences before the one before a quote, nearest first, quoted passages blanked: at most `count`. */
function earlierSentences(paragraphs: readonly string[], quote: { text: string; place: Place }, count: number): string[] {
  const span = locate(paragraphs, quote) ?? sentenceSpan(paragraphs, quote.place);
  let at = sentenceBefore(paragraphs, span.paragraph, sentenceAt(paragraphs[span.paragraph] ?? '', span.start).start);
  const found: string[] = [];
  // A sentence all inside quotation marks is the quote's, not the writer's: "X said:" and a two-paragraph quote before "She closed: “…”".
  for (let read = 0; at && found.length < count && read < QUOTED_SENTENCES; read++) {
    at = sentenceBefore(paragraphs, at.paragraph, at.start);
    if (!at) break;
    const text = unquoted(paragraphs[at.paragraph] as string).slice(at.start, at.start + at.text.length);
    if (LETTER.test(text)) found.push(text);
  }
  return found;
}

interface Span {
  paragraph: number;
  start: number;
  endParagraph: number;
  end: number;
}

/** How many paragraphs a quote may run over: a long statement, not the rest of the story. */
const QUOTE_PARAGRAPHS = 6;

/** A quote that cannot be found word for word stands for its whole sentence. */
function sentenceSpan(paragraphs: readonly string[], place: Place): Span {
  const start = Math.max(0, (paragraphs[place.paragraph] ?? '').indexOf(place.sentence));
  return { paragraph: place.paragraph, start, endParagraph: place.paragraph, end: start };
}

/** Where a quote stands: its first words in its paragraph, its last words there or in a paragraph after. */
function locate(paragraphs: readonly string[], quote: { text: string; place: Place }): Span | undefined {
  const paragraph = paragraphs[quote.place.paragraph];
  if (paragraph === undefined) return undefined;
  const head = quote.text.slice(0, 40);
  const start = paragraph.indexOf(head);
  if (start === -1) return undefined;
  const whole = paragraph.indexOf(quote.text, start);
  if (whole !== -1) return { paragraph: quote.place.paragraph, start, endParagraph: quote.place.paragraph, end: whole + quote.text.length };
  const tail = quote.text.slice(-40);
  for (let index = quote.place.paragraph; index < Math.min(paragraphs.length, quote.place.paragraph + QUOTE_PARAGRAPHS); index++) {
    const text = paragraphs[index] as string;
    const at = text.indexOf(tail, index === quote.place.paragraph ? start : 0);
    if (at !== -1) return { paragraph: quote.place.paragraph, start, endParagraph: index, end: at + tail.length };
  }
  return undefined;
}

/** The sentence of `paragraph` that holds the character at `offset`. */
function sentenceAt(paragraph: string, offset: number): Sentence {
  const { sentences } = readingOf(paragraph);
  let found = sentences[0] ?? { text: '', start: 0 };
  for (const sentence of sentences) if (sentence.start <= offset) found = sentence;
  return found;
}

/** The sentence before the one starting at `start` in paragraph `index`: the one before it there, else the last of the paragraph before. */
function sentenceBefore(paragraphs: readonly string[], index: number, start: number): (Sentence & { paragraph: number }) | undefined {
  const here = readingOf(paragraphs[index] ?? '').sentences.filter((sentence) => sentence.start < start);
  if (here.length > 0) return { ...(here[here.length - 1] as Sentence), paragraph: index };
  const before = readingOf(paragraphs[index - 1] ?? '').sentences;
  const last = before[before.length - 1];
  return last ? { ...last, paragraph: index - 1 } : undefined;
}
