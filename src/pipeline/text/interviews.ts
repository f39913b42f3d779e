/**
 * A question-and-answer interview's layout: "Q: …" and "A: …" paragraphs
 * after an introduction that says who spoke to the outlet ("Prof X spoke to
 * the Sunday Nation … Excerpts:"). Each answer is that person's words, with
 * no quotation marks. Pure text: the extractor gives the answers to the
 * interviewee, and the evidence check asks the same introduction again.
 */
import { splitSentences, type Sentence } from './sentences';

/** "Q: …", "Question: …": the outlet's words. */
export const QUESTION = /^\s*(?:Q|Question)\s*:\s+/;
/** "A: …", "Answer: …": the interviewee's. */
export const ANSWER = /^\s*(?:A|Answer)\s*:\s+/;

/** "X spoke to the Sunday Nation", "X sat down with Citizen TV", "X told the Star in an interview". */
const SPOKE = /\b(?:spoke\s+(?:to|with)|talked\s+to|sat\s+down\s+with|granted\s+an\s+interview\s+to|told)\s+(?:the\s+)?\p{Lu}/u;

/** An introduction whose subject is a pronoun: "He spoke to the Star". */
const PRONOUN_ONLY = /^\s*(He|She)\s+(?:(?:also|later|then)\s+)?$/;
/** A sentence that opens with a pronoun: "He quit ODM in March." */
const OPENS_WITH_PRONOUN = /^\s*(He|She)\s/;
/** An opening phrase, then the pronoun as the subject: "Before coming to Parliament, he served as Speaker …". */
const OPENED_PRONOUN = /^\s*(?:Before|After|In|On|At|During|Since|Until|As|Like|Besides)\b[^,;:.]{1,80},\s*(he|she)\s/;
/**
 * A legislator described, not named, as the subject: "The first-term legislator, who …, chairs …". Only the words
 * for a seat's holder that no one bears as a title ("legislator", "lawmaker"), after describing words: "The governor"
 * may be another person.
 */
const DESCRIBED_LEGISLATOR = /^\s*The\s+(?:(?:first|second|third|fourth|fifth|one|two|three|four|five)-term\s+|vocal\s+|outspoken\s+|youthful\s+|veteran\s+)?(?:legislator|lawmaker)\b(?!\s*,\s*\p{Lu})/u;
/** How many sentences, each opening with the same pronoun, may stand between the name and "He spoke to …". */
const PRONOUN_CHAIN = 4;
/** The name (and capitalised title) a sentence opens with: "Nyando MP Odhiambo Kwanya, who …". */
const OPENING_NAME = /^(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*(?=[\s,])/u;
const JOINED_SUBJECT = /^(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*(?:\s*,[^,]*,)?\s+(?:and|&|or|with|alongside)\s/u;

/** A heading of its own line over the questions, "Q&A: X, former Wajir South MP": the words after its colon name who answers. */
const QA_HEADING = /^\s*(?:Q\s*&\s*A|Q\s*\/\s*A|Q\s*and\s*A)\s*[:|–—-]\s*([^\n.?!:]{3,120})$/;

/** How many paragraphs before the first question the introduction may be. */
const INTRODUCTION = 6;

/** Where an interview's introduction says who spoke: the paragraph, and its words before the verb (the subject), from `start`. */
export interface Interviewee {
  paragraph: number;
  start: number;
  subject: string;
}

const interviews = new WeakMap<readonly string[], Interviewee | null>();

/**
 * The introduction's sentence that says who spoke to the outlet, when the
 * article is laid out as questions and answers and exactly one sentence of
 * the paragraphs before the first question says so.
 */
export function intervieweeOf(paragraphs: readonly string[]): Interviewee | undefined {
  let found = interviews.get(paragraphs);
  if (found === undefined) {
    found = readInterview(paragraphs) ?? null;
    interviews.set(paragraphs, found);
  }
  return found ?? undefined;
}

function readInterview(paragraphs: readonly string[]): Interviewee | undefined {
  const first = paragraphs.findIndex((paragraph) => QUESTION.test(paragraph));
  if (first <= 0 || !paragraphs.some((paragraph, index) => index > first && ANSWER.test(paragraph))) return undefined;
  // ("Q&A: Hassan Elmi Qorane, former Wajir South MP" right above the questions: a box whose heading names who answers.)
  const heading = QA_HEADING.exec(paragraphs[first - 1] as string);
  if (heading) return { paragraph: first - 1, start: heading[0].length - (heading[1] as string).length, subject: heading[1] as string };
  const said: Interviewee[] = [];
  for (let index = Math.max(0, first - INTRODUCTION); index < first; index++) {
    const sentences = splitSentences(paragraphs[index] as string);
    sentences.forEach((sentence, at) => {
      const verb = SPOKE.exec(sentence.text);
      if (!verb) return;
      // "Kwanya … had been a County Executive until 2016. He spoke to the Star on Tuesday.": "He" is the one the sentence before opens with.
      const pronoun = PRONOUN_ONLY.exec(sentence.text.slice(0, verb.index))?.[1];
      const before = pronoun ? nameBefore(sentences, at, pronoun) : undefined;
      // (Not "X and Y met on Monday. He spoke to …": either could be "he".)
      const opening = before && !JOINED_SUBJECT.test(before.text) ? OPENING_NAME.exec(before.text)?.[0] : undefined;
      if (before && opening) said.push({ paragraph: index, start: before.start, subject: opening });
      else said.push({ paragraph: index, start: sentence.start, subject: sentence.text.slice(0, verb.index) });
    });
  }
  return said.length === 1 ? said[0] : undefined;
}

/**
 * The sentence a "He spoke to …" looks back to: the one before, or, over
 * sentences that each go on about the same person ("Mr X served in the Senate
 * until 2022. He quit ODM in March. He spoke to the Nation."), the nearest
 * that does not.
 */
function nameBefore(sentences: readonly Sentence[], at: number, pronoun: string): Sentence | undefined {
  for (let index = at - 1; index >= Math.max(0, at - 1 - PRONOUN_CHAIN); index--) {
    const sentence = sentences[index];
    if (!sentence || !goesOn(sentence.text, pronoun)) return sentence;
  }
  return undefined;
}

/**
 * Whether a sentence's subject is the one a chain of sentences is about, without naming them: the pronoun, first or
 * after an opening phrase ("Before coming to Parliament, he served …"), or a legislator described ("The first-term
 * legislator, who was elected …, chairs …").
 */
function goesOn(text: string, pronoun: string): boolean {
  const opening = OPENS_WITH_PRONOUN.exec(text)?.[1] ?? OPENED_PRONOUN.exec(text)?.[1];
  if (opening !== undefined) return opening.toLowerCase() === pronoun.toLowerCase();
  return DESCRIBED_LEGISLATOR.test(text);
}

/** The answer's words, after its "A:". */
export function answerText(paragraph: string): string {
  return paragraph.replace(ANSWER, '').trim();
}
