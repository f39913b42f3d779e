/**
 * The records a build can keep from an earlier one in the same process (the
 * dev server builds them all again on every save): an entry is handed back,
 * the same object, when its own key is as when it was built and so is the
 * signature of every article it reads from (the article's text and slug, and
 * who it names where, with their slugs and names: everything an entry reads
 * of another entity through a shared article). Keys and signatures are made
 * of content, not of objects, so an entry built for one ingest serves any
 * other with the same inputs. The same object lets emit skip serialising it again.
 */
import { createHash } from 'node:crypto';
import { Collation } from './collation';
import { sameItems } from './same-items';
import type { SlugPlan } from './slugs';
import { snippetOf } from './entry-articles';
import type { Article, Entity, Evidence, Mention } from './types';

export interface RecordMemo {
  /**
   * The entry for `id` whose own inputs are `key()` and that reads the
   * articles `sources()`: the one built before, when nothing of it changed, else `build()`.
   * Key and sources are asked for only by a memo that keeps entries; the
   * sources must follow from the key (an entry with the same key reads the same articles).
   */
  keep<T extends object>(id: string, key: () => Key, sources: () => Iterable<string>, build: () => T): T;
}

/**
 * The memo of a process that builds once (`npm run build`, `npm run ingest`):
 * there is no next build to keep entries for, so it keeps none, and spares
 * the build the keys and signatures (every entity's facts serialised, every
 * article hashed) and the memory of the kept entries.
 */
export const NO_RECORD_MEMO: RecordMemo = { keep: (_id, _key, _sources, build) => build() };

/**
 * An entry's own inputs, compared item by item: strings and numbers by value,
 * facts (roles, ties, quotes) by their text (`factText`).
 */
export type Key = readonly unknown[];

interface Kept {
  key: Key;
  sources: string[];
  entry: object;
}

/** The last entry built for each id: one per id, so it grows with the archive, not with the builds. */
let kept = new Map<string, Kept>();

/**
 * The ids of the kept entries that read each article, and those of entries
 * an article of theirs changed under since they were built: one article
 * changed marks the few entries that read it, where checking every entry's
 * every article took a tenth of a second of each dev-server run at 10,000 articles.
 */
let readers = new Map<string, Set<string>>();
let stale = new Set<string>();

/** Entities' names in the collator's order, ranked once per name in this process (see Collation). */
let names = new Collation();

/** Articles' titles and dates in the collator's order, as `names`. */
let texts = new Collation();

/** Lets go of the kept entries and ranked names (see forgetIngestMemory). */
export function forgetRecords(): void {
  kept = new Map();
  readers = new Map();
  stale = new Set();
  lastSignatures = new Map();
  names = new Collation();
  texts = new Collation();
}

export function entityNames(): Collation {
  return names;
}

export function articleTexts(): Collation {
  return texts;
}

/** Opens the memo for one build, once `sourceSignatures` has marked the entries whose articles changed since the last. */
export function openRecordMemo(): RecordMemo {
  return {
    keep(id, keyOf, sourcesOf, build) {
      const key = keyOf();
      const known = kept.get(id);
      if (known && !stale.has(id) && sameItems(known.key, key)) return known.entry as ReturnType<typeof build>;
      const list = [...sourcesOf()];
      const entry = build();
      if (known) for (const source of known.sources) readers.get(source)?.delete(id);
      for (const source of list) {
        const ids = readers.get(source);
        if (ids) ids.add(id);
        else readers.set(source, new Set([id]));
      }
      stale.delete(id);
      kept.set(id, { key, sources: list, entry });
      return entry;
    },
  };
}

/** Marks every kept entry that reads `source` as stale. */
function changed(source: string): void {
  for (const id of readers.get(source) ?? []) stale.add(id);
}

/** Each article's content as one short string: what its own entry reads (its fields and paragraphs), hashed once per article object. */
const articleDigests = new WeakMap<Article, string>();

export function articleDigest(article: Article): string {
  let digest = articleDigests.get(article);
  if (digest === undefined) {
    const { source, title, date, outlet, url, author, paragraphs } = article;
    digest = createHash('sha256').update(JSON.stringify([source, title, date, outlet, url, author, paragraphs])).digest('hex').slice(0, 32);
    articleDigests.set(article, digest);
  }
  return digest;
}

/**
 * What an entity's entry reads of an article besides who it names: its fields, not its paragraphs (an
 * entity's snippet there is in the entity's part of the signature, see `placesOf`). An edit to a
 * sentence that names no one then rebuilds none of the parties and people the article names.
 */
const articleHeads = new WeakMap<Article, string>();

function articleHead(article: Article): string {
  let head = articleHeads.get(article);
  if (head === undefined) {
    const { source, title, date, outlet, url, author } = article;
    head = JSON.stringify([source, title, date ?? null, outlet ?? null, url ?? null, author ?? null]);
    articleHeads.set(article, head);
  }
  return head;
}

/**
 * Each article's signature: the article's fields (not its text), its slug, and, in entity order, every entity it names
 * with its id, slug and name, where the article names it and the entity's snippet there. What an entity's
 * or a review item's entry reads through an article (its snippet, the article's title and date, who
 * else it names and how often, in which paragraphs) is all in it; an article's own entry also reads its
 * text, and keys on its digest (records.ts). Marks
 * the kept entries that read an article whose signature is not as at the last build.
 */
export function sourceSignatures(articles: Article[], entities: Entity[], slugs: SlugPlan): void {
  // What each signature is made of, as objects and short strings; the text is made only for an article whose parts changed.
  const parts = new Map<string, unknown[]>();
  for (const article of articles) parts.set(article.source, [article, slugs.articles.get(article.source) ?? '']);
  for (const entity of entities) {
    const head = `${entity.kind}\u0001${entity.id}\u0001${slugs.entities.get(entity.id) ?? ''}\u0001${entity.name}`;
    for (const [source, mentions] of entity.mentions) {
      const list = parts.get(source);
      // The snippet is kept by the list while the article is the same object (entry-articles.ts).
      if (list) list.push(head, mentions, snippetOf(list[0] as Article, mentions));
    }
  }
  const next = new Map<string, { parts: unknown[]; signature: string }>();
  for (const [source, list] of parts) {
    const known = lastSignatures.get(source);
    const signature = known && sameItems(known.parts, list) ? known.signature : signatureOf(list);
    if (known?.signature !== signature) changed(source);
    next.set(source, { parts: list, signature });
  }
  for (const source of lastSignatures.keys()) if (!next.has(source)) changed(source);
  lastSignatures = next;
}

/** Each article's signature and its parts, from the last records of this process. */
let lastSignatures = new Map<string, { parts: unknown[]; signature: string }>();

/** An article's signature in this build, once `sourceSignatures` has made them: what a large entity's co-mentions keep its share of that article by (co-mentions.ts). */
export function articleSignature(source: string): string | undefined {
  return lastSignatures.get(source)?.signature;
}

function signatureOf([article, slug, ...named]: unknown[]): string {
  const text = [`${articleHead(article as Article)}\u0001${slug as string}`];
  for (let index = 0; index < named.length; index += 3) text.push(named[index] as string, placesOf(named[index + 1] as Mention[]), named[index + 2] as string);
  return text.join('\u0000');
}

/**
 * Where a list of mentions stands and what it says, by the list (a person kept by resolve keeps its lists):
 * the paragraph, the words and the acronym of each, what the co-mentions, the counts and a party's label read.
 * Not the offsets nor the sentences: an entry reads them only through the snippet, which the signature holds.
 */
const places = new WeakMap<Mention[], string>();

function placesOf(mentions: Mention[]): string {
  let text = places.get(mentions);
  if (text === undefined) {
    text = mentions.map((mention) => `${mention.place.paragraph}:${mention.surface}:${mention.acronym ?? ''}`).join('\u0000');
    places.set(mentions, text);
  }
  return text;
}

/** The articles an entity's entry reads: those that name it, and those its facts cite. */
export function sourcesOf(entity: Entity, extra: Evidence[] = []): Set<string> {
  const sources = new Set(entity.mentions.keys());
  for (const fact of [...entity.roles, ...entity.quotes, ...entity.coalitions]) sources.add(fact.evidence.source);
  for (const tie of entity.ties) if (tie.evidence) sources.add(tie.evidence.source);
  for (const proof of extra) sources.add(proof.source);
  return sources;
}

/**
 * A fact (a role, tie, quote or coalition link) as the text of all it holds, once per fact object: facts
 * are never changed once made, and an edited article's facts are new objects that mostly say what the
 * old ones said (its other sentences): compared by content, they rebuild no entry that shows them as before.
 */
const factTexts = new WeakMap<object, string>();

export function factText(fact: object): string {
  let text = factTexts.get(fact);
  if (text === undefined) factTexts.set(fact, (text = JSON.stringify(fact)));
  return text;
}

/**
 * An entity's own inputs to its entry, besides what its articles' signatures
 * say: its names and facts, which articles name it, and the slug and name of
 * every party its facts point to (the other entity's own change reaches this
 * one there), then `extra`, what else the entry reads. Each list goes in after
 * its length, so that no two different inputs give the same key.
 */
export function entityKey(entity: Entity, slugOf: (id: string) => string | undefined, nameOf: (id: string) => string | undefined, extra: Key): Key {
  const key: unknown[] = [slugOf(entity.id), entity.name, entity.description, entity.wikidata, entity.acronym];
  const list = (items: readonly unknown[]) => {
    key.push(items.length);
    for (const item of items) key.push(item);
  };
  list(entity.aliases);
  list([...entity.mentions.keys()]);
  list(entity.roles.map(factText));
  list(entity.ties.map(factText));
  list(entity.quotes.map(factText));
  list(entity.coalitions.map(factText));
  for (const { party } of [...entity.ties, ...entity.coalitions]) key.push(slugOf(party), nameOf(party));
  list(extra);
  return key;
}
