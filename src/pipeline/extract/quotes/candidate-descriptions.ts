/**
 * A candidate described by their ticket instead of a name: "“…,” the
 * independent candidate said", "the UDA candidate told the crowd", for the one
 * person of the sentence before, when the article gives that person, and no
 * one else, the ticket: a candidacy tie to the party, or "running as an
 * independent" set off right after their name.
 */
import type { Mention, QuoteCue } from '../../types';
import { settle, theOneNear } from './anaphora';
import { distinct, keyOf } from './speaker-titles';

/** "independent candidate", "UDA nominee", "ODM aspirant": the ticket, then the word for one who runs. */
const CANDIDATE = /^(independent|\p{Lu}{2,6}(?:-\p{Lu})?)\s+(?:candidate|nominee|flag\s?bearer)$/u;
/** The words right after a name that make its holder an independent: ", who is running as an independent", ", an independent candidate". */
const INDEPENDENT_AFTER = /^\s*,\s*(?:who\s+(?:is|was)\s+(?:running|vying|standing|contesting)\s+as\s+an\s+independent|an\s+independent\s+(?:candidate|aspirant))\b/;

/** Gives each quote attributed by a ticket's description to the one candidate of the sentence before who runs on it. */
export function settleCandidateDescriptions(quotes: QuoteCue[], mentions: Mention[], paragraphs: readonly string[], partyKey: (name: string) => string): void {
  for (const quote of quotes) {
    if (quote.speaker || !quote.speakerRole) continue;
    const ticket = CANDIDATE.exec(quote.speakerRole)?.[1];
    if (!ticket) continue;
    const person = theOneNear(quote);
    if (!person) continue;
    const runsOn = ticket === 'independent' ? (one: Mention) => independentAfter(one, paragraphs) : (one: Mention) => (one.ties ?? []).some((tie) => tie.relation === 'candidate' && !tie.tense && partyKey(tie.party) === partyKey(ticket));
    const people = mentions.filter((mention) => mention.kind !== 'party');
    const runners = distinct(people.filter(runsOn));
    if (runners.length !== 1 || keyOf(runners[0] as Mention) !== keyOf(person)) continue;
    settle(quote, person);
  }
}

function independentAfter(mention: Mention, paragraphs: readonly string[]): boolean {
  const paragraph = paragraphs[mention.place.paragraph] ?? '';
  return INDEPENDENT_AFTER.test(paragraph.slice(mention.offset + mention.surface.length, mention.offset + mention.surface.length + 60));
}
