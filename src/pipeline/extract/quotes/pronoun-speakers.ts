/**
 * "he said", "she told reporters": the one person a pronoun can stand for, from
 * this sentence and the one before, by sex, by the title the sentence before
 * used, and by who was only spoken to or of; else the candidates.
 */
import type { Mention } from '../../types';
import { OBJECT_BEFORE, peopleBetween, type Reading, type Span } from './attribution';
import { isPossessive, type Discourse, type Gender } from '../discourse';
import { DESCRIPTIONS, distinct, holdsTitle, keyOf } from './speaker-titles';

/**
 * "he said": the person the story is about, when no other person of that
 * gender (or of no known gender) was named in this sentence or the one before.
 */
export function byPronoun(word: string, span: Span, mentions: Mention[], discourse: Discourse, at?: number): Reading {
  const gender: Gender = word.toLowerCase() === 'she' ? 'f' : 'm';
  const genders = discourse.genders ?? new Map<string, Gender>();
  const fits = (mention: Mention) => (genders.get(keyOf(mention)) ?? gender) === gender;
  // "Speaking to X, she said", "She told X that": who is spoken to or of before the pronoun's verb is not the one speaking.
  // (Only when the pronoun stands before the quote: "“…,” she said" reads the words before the quote as they are.)
  const pronoun = at !== undefined ? { index: at - span.from } : /\b(?:he|she)\b/i.exec(span.paragraph.slice(span.from, span.start));
  const pronounAt = span.from + (pronoun?.index ?? 0);
  const spokenTo = (mention: Mention) => pronoun !== null && (mention.offset < pronounAt || OBJECT_BEFORE.test(span.paragraph.slice(pronounAt, mention.offset)));
  const here = peopleBetween(mentions, span.from, span.start).filter((mention) => !isPossessive(span.paragraph, mention) && !inBrackets(span.paragraph.slice(span.from, mention.offset)) && !spokenTo(mention));
  // "The governor and Lekoloi were later seen …. “…,” he said.": either of them.
  if (discourse.previous?.pairedTitle) return { candidates: distinct([...discourse.previous.people, ...here]), attributed: true };
  const subject = discourse.subject;
  // "He urged …": a sentence that opened with the same pronoun kept the story on its subject.
  const chained = discourse.previous?.pronoun === gender && subject ? [subject] : [];
  // ("Instead, she was elected Speaker, beating former Speaker X. “…,” she told …": the sentence before was about the one
  // its pronoun stands for, whom the reading lost; X, named after its verb, is not the one the pronoun must mean.)
  if (discourse.previous?.pronoun === gender && !subject && here.length === 0) return { candidates: distinct([...(discourse.previous?.people ?? [])].filter(fits)), attributed: true };
  // (Not who the sentence before only spoke of: "X, who wants to unseat Y, struck a note. He said …".)
  const recent = distinct([...chained, ...(discourse.previous?.acting ?? discourse.previous?.people ?? []), ...here].filter(fits));
  // "The CS said …. “…,” she explained.": a sentence whose subject is a title the story's subject does not hold brings in someone else.
  const titled = discourse.previous?.title;
  if (titled && !DESCRIPTIONS.test(titled)) {
    // "The Party Whip said the MPs would back Barasa. “…,” she said.": the pronoun is the title's holder, not a person named after its verb.
    const holders = recent.filter((mention) => holdsTitle(discourse, mention, titled));
    if (holders.length === 1) return { speaker: holders[0] as Mention };
    // Naming no one, the sentence leaves its title as the speaker: settled against the article's roles, for its one holder.
    if (recent.length === 0 && here.length === 0 && !(subject && fits(subject) && holdsTitle(discourse, subject, titled))) return { candidates: [], attributed: true, speakerRole: titled };
    if (holders.length === 0 && recent.length > 0) return { candidates: recent, attributed: true };
  }
  const holds = !titled || (subject !== undefined && holdsTitle(discourse, subject, titled));
  // ("Asked whether he would follow X …, he said": X, spoken of in the sentence, is not the story's subject speaking.)
  const spokenOf = subject !== undefined && peopleBetween(mentions, span.from, span.start).some((mention) => spokenTo(mention) && keyOf(mention) === keyOf(subject));
  const speaker = recent.length === 1 ? recent[0] : recent.length === 0 && subject && fits(subject) && holds && !spokenOf ? subject : undefined;
  if (!speaker) return { candidates: recent, attributed: true };
  genders.set(keyOf(speaker), gender);
  return { speaker };
}

function inBrackets(lead: string): boolean {
  return (lead.match(/\(/g)?.length ?? 0) > (lead.match(/\)/g)?.length ?? 0);
}
