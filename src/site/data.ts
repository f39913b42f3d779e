/**
 * The site's one door to the content collections: each collection is read once
 * per build, ordered once, and shared by every page as arrays and maps by slug.
 */
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { type ArticleEntry, type PartyEntry, type PersonSummary, type RetiredEntry, type ReviewItemEntry } from '../schemas';
import { sortedAsBefore, unpackedOnce } from './kept-lists';
import { readCollection } from './live-entries';
import { byName, byNewestThenTitle } from './order';

/** A short reference to an entity, as the ingest precomputes it. */
export type EntityRef = ArticleEntry['people'][number];

/** Everything the pages render, loaded once. */
export interface SiteData {
  /** Newest first when dated, then by title. */
  articles: ArticleEntry[];
  /** By name; their roles and quotes are read by their own page (src/site/person-details.ts). */
  people: PersonSummary[];
  /** By name. */
  parties: PartyEntry[];
  /** What an editor should look at, in the ingest's order. */
  review: ReviewItemEntry[];
  /** Addresses that once had a page and have none now, by kind and then slug. */
  retired: RetiredEntry[];
  articleBySlug: ReadonlyMap<string, ArticleEntry>;
  personBySlug: ReadonlyMap<string, PersonSummary>;
  partyBySlug: ReadonlyMap<string, PartyEntry>;
}

// One promise per build: every page and every getStaticPaths awaits the same read.
let loading: Promise<SiteData> | undefined;

/** The site's content, read from the collections on first use and memoised. */
export function loadSite(): Promise<SiteData> {
  loading ??= readSite();
  return loading;
}

async function readSite(): Promise<SiteData> {
  const [articleEntries, personEntries, partyEntries, reviewEntries, retiredEntries] = await Promise.all([
    entriesOf('articles'),
    entriesOf('people'),
    entriesOf('parties'),
    entriesOf('review'),
    entriesOf('retired'),
  ]);
  // In the last read's order first (kept-lists.ts): in astro dev an unchanged entry is the same object.
  const articles = sortedAsBefore<ArticleEntry>('articles', articleEntries.map((entry) => entry.data), byNewestThenTitle);
  const people = sortedAsBefore<PersonSummary>('people', personEntries.map((entry) => unpackedOnce<PersonSummary>(entry.data)), byName);
  const parties = sortedAsBefore<PartyEntry>('parties', partyEntries.map((entry) => unpackedOnce<PartyEntry>(entry.data)), byName);
  const review = sortedAsBefore<ReviewItemEntry>('review', reviewEntries.map((entry) => entry.data), (a, b) => a.slug.localeCompare(b.slug));
  const retired = sortedAsBefore<RetiredEntry>('retired', retiredEntries.map((entry) => entry.data), (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    articles,
    people,
    parties,
    review,
    retired,
    articleBySlug: bySlug(articles),
    personBySlug: bySlug(people),
    partyBySlug: bySlug(parties),
  };
}

/** A collection's entries; in `astro dev`, only those changed since the last read are read again. */
function entriesOf<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  return readCollection(name, { all: () => getCollection(name), one: (id) => getEntry(name, id) as Promise<CollectionEntry<C> | undefined> });
}

function bySlug<T extends { slug: string }>(entries: T[]): ReadonlyMap<string, T> {
  return new Map(entries.map((entry) => [entry.slug, entry]));
}
