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

/** One entity as an article names it: where (its paragraphs) and how often. */
interface Named {
  entity: Entity;
  /** The entity's position in the build's list: where its tallies are kept while an entry counts them. */
  index: number;
  paragraphs: Set<number>;
  mentions: number;
}

/**
 * What every entity's `coMentions` reads, made once per build: for each
 * article, who it names, where and how often (worked out the first time an
 * entry asks for that article), and one set of tallies by entity position,
 * reused from one entry to the next. Looking the other side's mentions and
 * paragraphs up afresh for every pair that shares an article, and keeping
 * the tallies in a map by entity, took three of the ingest's ten seconds of
 * records at 10,000 articles.
 */
export class CoMentionIndex {
  readonly #entities: readonly Entity[];
  readonly #entitiesIn: ReadonlyMap<string, Entity[]>;
  readonly #signatureOf: ((source: string) => string | undefined) | undefined;
  readonly #position = new Map<Entity, number>();
  readonly #positionById = new Map<string, number>();
  readonly #articles = new Map<string, Named[]>();
  readonly #count: Int32Array;
  readonly #paragraphs: Int32Array;
  readonly #mentions: Int32Array;

  /**
   * `entitiesIn`: each article's entities, in the order of `entities`. `signatureOf`: each article's
   * signature in this build (records-memo.ts), given by a build that keeps its entries for the next:
   * a large entity's share of an article is then kept while the article's signature is the same.
   */
  constructor(entities: readonly Entity[], entitiesIn: ReadonlyMap<string, Entity[]>, signatureOf?: (source: string) => string | undefined) {
    this.#entities = entities;
    this.#entitiesIn = entitiesIn;
    this.#signatureOf = signatureOf;
    entities.forEach((entity, index) => {
      this.#position.set(entity, index);
      this.#positionById.set(entity.id, index);
    });
    // Only the entities of this build keep shares; a build that keeps no entries keeps none.
    if (signatureOf) {
      for (const id of shares.keys()) if (!this.#positionById.has(id)) shares.delete(id);
    } else shares.clear();
    this.#count = new Int32Array(entities.length);
    this.#paragraphs = new Int32Array(entities.length);
    this.#mentions = new Int32Array(entities.length);
  }

  #named(source: string): Named[] {
    let named = this.#articles.get(source);
    if (!named) {
      named = (this.#entitiesIn.get(source) ?? []).map((entity) => {
        const list = entity.mentions.get(source) ?? [];
        return { entity, index: this.#position.get(entity) as number, paragraphs: paragraphsOf(list), mentions: list.length };
      });
      this.#articles.set(source, named);
    }
    return named;
  }

  /**
   * The entities that share an article with `entity`, in the order first met
   * (its articles in order, each article's entities in order), each with how
   * many articles they share, how many paragraphs name both, and how often the
   * other is named in the shared articles.
   */
  tiesOf(entity: Entity): [Entity, Tie][] {
    const keep = this.#signatureOf !== undefined && entity.mentions.size >= SHARES_KEPT_FROM;
    const known = keep ? shares.get(entity.id) : undefined;
    const next = keep ? new Map<string, Share>() : undefined;
    const met: number[] = [];
    for (const [source, list] of entity.mentions) {
      const signature = this.#signatureOf?.(source);
      const kept = known?.get(source);
      const share = kept && signature !== undefined && kept.signature === signature ? kept : this.#share(entity, source, list, signature ?? '');
      next?.set(source, share);
      for (let at = 0; at < share.ids.length; at++) {
        const index = this.#positionById.get(share.ids[at] as string) as number;
        if (this.#count[index] === 0) met.push(index);
        (this.#count[index] as number)++;
        (this.#paragraphs[index] as number) += share.paragraphs[at] as number;
        (this.#mentions[index] as number) += share.mentions[at] as number;
      }
    }
    if (next) shares.set(entity.id, next);
    return met.map((index) => {
      const tie = { count: this.#count[index] as number, paragraphs: this.#paragraphs[index] as number, mentions: this.#mentions[index] as number };
      this.#count[index] = 0;
      this.#paragraphs[index] = 0;
      this.#mentions[index] = 0;
      return [this.#entities[index] as Entity, tie];
    });
  }

  /** What one article adds to `entity`'s ties: each other entity it names, in its order. */
  #share(entity: Entity, source: string, list: Mention[], signature: string): Share {
    const own = paragraphsOf(list);
    const share: Share = { signature, ids: [], paragraphs: [], mentions: [] };
    for (const other of this.#named(source)) {
      if (other.entity.id === entity.id) continue;
      let shared = 0;
      for (const paragraph of other.paragraphs) if (own.has(paragraph)) shared++;
      share.ids.push(other.entity.id);
      share.paragraphs.push(shared);
      share.mentions.push(other.mentions);
    }
    return share;
  }
}

/**
 * One article's part in an entity's ties, as worked out when the article had
 * `signature`: each other entity it names (by id, in the article's order),
 * the paragraphs that name both, and how often it names the other.
 */
interface Share {
  signature: string;
  ids: string[];
  paragraphs: number[];
  mentions: number[];
}

/**
 * Each large entity's shares, by article, from the last build that kept its
 * entries: a party named in thousands of articles is built again whenever one
 * of them changes, and tallying every other entity of every one of its
 * articles again took most of that party's entry. Smaller entities tally
 * afresh: their few articles cost less than keeping them.
 */
const shares = new Map<string, Map<string, Share>>();
const SHARES_KEPT_FROM = 50;

/** Lets go of the kept shares (see forgetIngestMemory). */
export function forgetCoMentions(): void {
  shares.clear();
}

interface Tie {
  count: number;
  paragraphs: number;
  mentions: number;
}

/**
 * The people and parties that share articles with `entity`, strongest first:
 * most shared articles, then most paragraphs that name both, then most
 * mentions of the other in the shared articles, then by name. The site keeps
 * this order in every list and picture (`byStrength` in `src/site/order.ts`).
 */
export function coMentions(
  entity: Entity,
  index: CoMentionIndex,
  nameRank: () => ReadonlyMap<string, number>,
  slugOf: (entity: Entity) => string,
  kept: number,
): Pick<PersonEntry, 'coMentions' | 'coMentionCounts'> {
  const ties = index.tiesOf(entity);
  const ofKind = (kind: Entity['kind']) => ties.filter(([other]) => other.kind === kind);
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
