/**
 * A legislator described by a party or a past instead of a name ("“…,” the UDA
 * legislator said", "said the former legislator"): the one person the story is
 * on, when the sentence before names no one else and the article's roles and
 * ties so far fit the description. (The plain descriptions, "the legislator",
 * "the first-term MP": `describedSubject` in speaker-titles.ts.)
 */
import type { Mention, QuoteCue } from '../../types';
import type { Discourse } from '../discourse';
import { distinct, keyOf, SEATS } from './speaker-titles';

/** "former legislator", "one-time lawmaker", "ex-legislator": someone who held a seat. */
const FORMER_LEGISLATOR = /^(?:former|one-time|ex-)\s*(?:legislator|lawmaker)$/i;
/** "UDA legislator", "ODM lawmaker": a party's acronym, then the word for any seat's holder. */
const PARTY_LEGISLATOR = /^(\p{Lu}{2,6}(?:-\p{Lu})?)\s+(?:legislator|lawmaker)$/u;

/** The story's subject, when the description fits what the article has said of them; undefined otherwise. */
export function describedHolder(discourse: Discourse, description: string): Mention | undefined {
  const former = FORMER_LEGISLATOR.test(description);
  if (!former && !PARTY_LEGISLATOR.test(description)) return undefined;
  const subject = discourse.subject;
  const previous = discourse.previous;
  if (!subject || !previous || !distinct(previous.people).every((person) => keyOf(person) === keyOf(subject))) return undefined;
  const key = keyOf(subject);
  // ("the former legislator" of someone who holds a seat now is another person, or a slip: neither settles it.)
  const now = (discourse.roles?.get(key) ?? []).some((title) => SEATS.has(title));
  if (former) return !now && (discourse.formerRoles?.get(key) ?? []).some((title) => SEATS.has(title)) ? subject : undefined;
  // (Whether the article ties them to another party is known only once its ties are read: `withoutOtherPartysLegislators`.)
  return now ? subject : undefined;
}

/** "the UDA legislator said", the quotation marks' words blanked: the party a description names. */
const PARTY_DESCRIPTION = /\bthe\s+(\p{Lu}{2,6}(?:-\p{Lu})?)\s+(?:legislator|lawmaker)\b/u;

/**
 * Takes back a quote given by a party's description ("“…,” the UDA legislator said") from a speaker the article ties
 * to another party and not to that one: another legislator may be meant, or one who moved; neither is certain. Only
 * for a quote whose own sentence does not name its speaker.
 */
export function withoutOtherPartysLegislators(quotes: QuoteCue[], mentions: Mention[], partyKey: (name: string) => string): void {
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker || !quote.place.sentence.includes('the ')) continue;
    const words = quote.place.sentence.replace(/“[^”]*”?|"[^"]*"?/g, ' ');
    const party = PARTY_DESCRIPTION.exec(words)?.[1];
    if (!party || words.includes(speaker.name.split(/\s+/).pop() as string)) continue;
    const ties = mentions.filter((mention) => mention.kind !== 'party' && keyOf(mention) === keyOf(speaker)).flatMap((mention) => (mention.ties ?? []).filter((tie) => tie.relation !== 'left'));
    const said = partyKey(party);
    if (ties.length > 0 && !ties.some((tie) => partyKey(tie.party) === said)) delete quote.speaker;
  }
}
