/**
 * The answers of a question-and-answer interview ("A: …", no quotation
 * marks), each a quote of the one person the introduction says spoke to the
 * outlet (text/interviews.ts). No answer has a speaker when the introduction
 * names more than one person before its verb, or none.
 */
import { ANSWER, answerText, intervieweeOf, QUESTION } from '../../text/interviews';
import { splitSentences } from '../../text/sentences';
import type { Mention, QuoteCue } from '../../types';
import { distinct, keyOf } from './speaker-titles';

/** The interview's answers as quotes of its interviewee; none for an article laid out otherwise. */
export function interviewAnswers(paragraphs: readonly string[], mentions: Mention[]): QuoteCue[] {
  // Most articles have no question paragraph: one anchored test each.
  if (!paragraphs.some((paragraph) => QUESTION.test(paragraph))) return [];
  const intro = intervieweeOf(paragraphs);
  if (!intro) return [];
  const end = intro.start + intro.subject.length;
  const here = mentions.filter((mention) => mention.place.paragraph === intro.paragraph && mention.offset >= intro.start && mention.offset < end);
  // ("Kwanya, the erstwhile ODM chairman, …. He spoke to the Star": a surname alone, of a person the article names in full.)
  const named = here.flatMap((mention) => (mention.kind === 'person' || (mention.kind === 'word' && mention.honorific !== undefined) ? [mention] : mention.kind === 'word' ? fullNamed(mention, mentions) : []));
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

/** The one person the article names in full whose surname a lone word is; none when two full names share it. */
function fullNamed(word: Mention, mentions: Mention[]): Mention[] {
  const full = mentions.filter((one) => one.kind === 'person' && keyOf(one) === keyOf(word)).sort((a, b) => b.name.length - a.name.length);
  const longest = full[0];
  // ("Odhiambo Kwanya" and "Odhiambo Nyakwaka Kwanya" are one person; "Achieng Kwanya" is another.)
  const words = new Set(longest?.name.split(/\s+/));
  return longest && full.every((one) => one.name.split(/\s+/).every((part) => words.has(part))) ? [longest] : [];
}
