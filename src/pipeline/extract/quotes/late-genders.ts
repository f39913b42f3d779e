/**
 * "she said" after two people, read again once the whole article is known: a
 * person the article shows to be of the other sex anywhere (an honorific, or a
 * pronoun that refers back to a sentence naming them alone: "Dr X is
 * unbothered. “…,” he said.") is no candidate. The quote goes to the one
 * candidate left only when every other one is known to be of the other sex.
 */
import { pronounPairs, type Sex } from '../../text/pronoun-pairs';
import type { Mention, QuoteCue } from '../../types';
import { GENDER_OF_HONORIFIC } from '../discourse';
import type { SentenceMentions } from '../sentence-view';
import { settle } from './anaphora';
import { distinct, keyOf } from './speaker-titles';

const QUOTED = /“[^”]*”?|"[^"”]*["”]?/gu;

/** Settles the quotes left between candidates by a "he" or "she" that the article's genders leave to one of them. */
export function settleByGenders(quotes: QuoteCue[], paragraphs: readonly string[], sentences: SentenceMentions[], mentions: Mention[]): void {
  const open = quotes.filter((quote) => !quote.speaker && (quote.candidates?.length ?? 0) >= 2);
  if (open.length === 0) return;
  const sexes = articleSexes(paragraphs, sentences, mentions);
  for (const quote of open) {
    const pronoun = /^[\s,.;:!?—–-]*(he|she)\b/i.exec(quote.place.sentence.replace(QUOTED, ' '))?.[1]?.toLowerCase();
    if (!pronoun) continue;
    const sex: Sex = pronoun === 'he' ? 'm' : 'f';
    const candidates = distinct(quote.candidates ?? []);
    const fitting = candidates.filter((candidate) => sexes.get(keyOf(candidate)) !== (sex === 'm' ? 'f' : 'm'));
    if (fitting.length !== 1) continue;
    settle(quote, fitting[0] as Mention);
  }
}

/** Each person's sex where the article gives one and only one: by honorific or by a pronoun referring back to them alone. */
function articleSexes(paragraphs: readonly string[], sentences: SentenceMentions[], mentions: Mention[]): Map<string, Sex | null> {
  const sexes = new Map<string, Sex | null>();
  const note = (key: string, sex: Sex) => sexes.set(key, sexes.has(key) && sexes.get(key) !== sex ? null : sex);
  for (const mention of mentions) {
    const sex = mention.honorific && GENDER_OF_HONORIFIC[mention.honorific.toLowerCase().replace(/\.$/, '')];
    if (sex) note(keyOf(mention), sex);
  }
  for (const pair of pronounPairs(paragraphs)) {
    const sentence = sentences.find((one) => one.paragraph === pair.paragraph && one.start === pair.start);
    const people = distinct((sentence?.mentions ?? []).filter((mention) => (mention.kind === 'person' || mention.kind === 'word') && !mention.quoted && !mention.acronym));
    if (people.length === 1) note(keyOf(people[0] as Mention), pair.sex);
  }
  return sexes;
}
