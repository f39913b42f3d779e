/**
 * Who appears with whom: for one entity, the people and parties that share
 * its articles, ranked by strength, and how many there are in all.
 */
import type { PersonEntry } from '../schemas';
import type { Entity, Mention } from './types';

/**
 * How many people, and how many parties, an entry keeps of those it appears
 * with, strongest first. Every page shows the strongest few (a profile 24, a
 * picture 12, /network/ fewer), and the appears-with page the rest of these;
 * past a hundred a name shares one article with this one, and keeping them
 * all made the lists grow with the square of the archive: ten million of
 * them at 100,000 articles, more than the ingest's memory. `coMentionCounts`
 * keeps how many there are in all.
 */
export const CO_MENTIONS_KEPT = 100;

/**
 * The people and parties that share articles with `entity`, strongest first:
 * most shared articles, then most paragraphs that name both, then most
 * mentions of the other in the shared articles, then by name. The site keeps
 * this order in every list and picture (`byStrength` in `src/site/order.ts`).
 */
export function coMentions(
  entity: Entity,
  entitiesIn: Map<string, Entity[]>,
  nameRank: () => ReadonlyMap<string, number>,
  slugOf: (entity: Entity) => string,
  kept: number,
): Pick<PersonEntry, 'coMentions' | 'coMentionCounts'> {
  const ties = new Map<Entity, { count: number; paragraphs: number; mentions: number }>();
  for (const [source, list] of entity.mentions) {
    const ownParagraphs = paragraphsOf(list);
    for (const other of entitiesIn.get(source) ?? []) {
      if (other === entity) continue;
      let shared = 0;
      const theirs = other.mentions.get(source);
      if (theirs) for (const paragraph of paragraphsOf(theirs)) if (ownParagraphs.has(paragraph)) shared++;
      const mentions = theirs?.length ?? 0;
      const tie = ties.get(other);
      if (tie) {
        tie.count++;
        tie.paragraphs += shared;
        tie.mentions += mentions;
      } else ties.set(other, { count: 1, paragraphs: shared, mentions });
    }
  }
  const ofKind = (kind: Entity['kind']) => [...ties.entries()].filter(([other]) => other.kind === kind);
  const ranks = nameRank();
  const rankOf = (other: Entity) => ranks.get(other.name) as number;
  // Sorted, then cut, then made into entries: only the kept ones become objects of the content.
  // Names compare by their rank in one sort of every name: a collator's compare, for each of
  // the millions of comparisons of a large archive's lists, took minutes at 100,000 articles.
  const refs = (list: ReturnType<typeof ofKind>) =>
    list
      .sort(([a, x], [b, y]) => y.count - x.count || y.paragraphs - x.paragraphs || y.mentions - x.mentions || rankOf(a) - rankOf(b))
      .slice(0, kept)
      .map(([other, tie]) => ({ slug: slugOf(other), name: other.name, ...tie }));
  const people = ofKind('person');
  const parties = ofKind('party');
  return { coMentions: { people: refs(people), parties: refs(parties) }, coMentionCounts: { people: people.length, parties: parties.length } };
}

/**
 * The paragraphs a list of mentions (one entity's in one article) stands in,
 * by the list: every pair of entities sharing an article asks for both sides',
 * and resolve hands out the same lists from one run to the next while they
 * are unchanged (lists are never changed once made).
 */
const paragraphSets = new WeakMap<Mention[], Set<number>>();

function paragraphsOf(mentions: Mention[]): Set<number> {
  let found = paragraphSets.get(mentions);
  if (!found) paragraphSets.set(mentions, (found = new Set(mentions.map((mention) => mention.place.paragraph))));
  return found;
}
