/**
 * The answers of a question-and-answer interview ("A: …", no quotation
 * marks), each a quote of the one person the introduction says spoke to the
 * outlet (text/interviews.ts). No answer has a speaker when the introduction
 * names more than one person before its verb, or none.
 */
import { ANSWER, answerText, intervieweeOf, QUESTION } from '../text/interviews';
import { splitSentences } from '../text/sentences';
import type { Mention, QuoteCue } from '../types';
import { distinct } from './speaker-titles';

/** The interview's answers as quotes of its interviewee; none for an article laid out otherwise. */
export function interviewAnswers(paragraphs: readonly string[], mentions: Mention[]): QuoteCue[] {
  // Most articles have no question paragraph: one anchored test each.
  if (!paragraphs.some((paragraph) => QUESTION.test(paragraph))) return [];
  const intro = intervieweeOf(paragraphs);
  if (!intro) return [];
  const end = intro.start + intro.subject.length;
  const named = mentions.filter((mention) => mention.place.paragraph === intro.paragraph && mention.offset >= intro.start && mention.offset < end && (mention.kind === 'person' || (mention.kind === 'word' && mention.honorific !== undefined)));
  const people = distinct(named);
  if (people.length !== 1) return [];
  const speaker = people[0] as Mention;
  const answers: QuoteCue[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (index <= intro.paragraph || !ANSWER.test(paragraph)) return;
    const text = answerText(paragraph);
    if (!/\p{L}/u.test(text)) return;
    answers.push({ text, place: { paragraph: index, sentence: splitSentences(paragraph)[0]?.text ?? paragraph }, speaker });
  });
  return answers;
}
