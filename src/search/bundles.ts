/**
 * The site's search over every bundle the build wrote. A site too big for one
 * Pagefind index is indexed in several (scripts/pagefind.mjs), listed in
 * `pagefind/bundles.json`; here they are merged into the primary with
 * Pagefind's `mergeIndex`, each given the same options, since a merged index
 * keeps its own. Pagefind orders merged results by score alone, so a search in
 * date order asks each bundle apart and merges their lists by date, reading
 * only the fragment at the head of each list.
 */
import { searchOptions } from './options';
import { loadPagefind, type PagefindApi, type PagefindResult, type PagefindResultData } from './pagefind-api';
import type { PagefindSearchOptions } from './state';

/** Results in the order asked for, read a few at a time (each needs its fragment). */
export interface ResultList {
  count: number;
  take(count: number): Promise<PagefindResultData[]>;
}

export interface SiteSearch {
  /** Fetches what a query will need, without searching. */
  preload(term: string): Promise<void>;
  /** `null` searches nothing but the filters (and sort). */
  search(term: string | null, options: PagefindSearchOptions): Promise<ResultList>;
}

/**
 * @param siteBase the site's base path, for result URLs (`/kenya/`)
 * @param bundleHref the URL of a folder of the built site (`pagefind/` → `/kenya/pagefind/`)
 */
export async function loadSiteSearch(siteBase: string, bundleHref: (folder: string) => string): Promise<SiteSearch> {
  const options = searchOptions(siteBase);
  // The worker option is the module's; a merged index takes the rest.
  const { noWorker: _module, ...indexOptions } = options;
  const [api, merge] = await Promise.all([loadPagefind(bundleHref('pagefind/')), bundleList(bundleHref('pagefind/bundles.json'))]);
  await api.options(options);
  await Promise.all(merge.map((folder) => api.mergeIndex(bundleHref(folder), indexOptions)));
  // Made once, by the first search in date order (a promise, so that two such searches share them).
  let apart: Promise<PagefindApi[]> | undefined;
  return {
    preload: (term) => api.preload(term),
    async search(term, given) {
      if (merge.length === 0 || !given.sort) return listOf((await api.search(term, given)).results);
      apart ??= Promise.all(
        ['pagefind/', ...merge].map(async (folder) => {
          const bundle = api.createInstance({ ...options, basePath: bundleHref(folder) });
          await bundle.init();
          return bundle;
        }),
      );
      const lists = await Promise.all((await apart).map(async (bundle) => (await bundle.search(term, given)).results));
      const newest = Object.values(given.sort)[0] === 'desc';
      return mergedByDate(lists, newest);
    },
  };
}

/** The bundles to merge, from the list the build wrote; none if there is no list (a site indexed before lists existed). */
async function bundleList(url: string): Promise<string[]> {
  const response = await fetch(url).catch(() => undefined);
  if (!response?.ok) return [];
  const { merge } = (await response.json()) as { merge?: unknown };
  return Array.isArray(merge) ? merge.filter((folder): folder is string => typeof folder === 'string') : [];
}

function listOf(results: PagefindResult[]): ResultList {
  let next = 0;
  return {
    count: results.length,
    take: (count) => Promise.all(results.slice(next, (next += count)).map((result) => result.data())),
  };
}

/**
 * Lists already in date order, merged into one: each step reads the date of
 * the head of every list (a fragment each, fetched once) and takes the newest
 * (or oldest); equal dates keep the bundles' order.
 */
function mergedByDate(lists: PagefindResult[][], newest: boolean): ResultList {
  const heads = lists.map(() => 0);
  const before = (a: string, b: string) => (newest ? a > b : a < b);
  // One take at a time: a second one (a quick "Show more") would read the same heads.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    count: lists.reduce((sum, list) => sum + list.length, 0),
    take(count) {
      const taking = queue.then(() => takeNext(count));
      queue = taking.catch(() => undefined);
      return taking;
    },
  };

  async function takeNext(count: number): Promise<PagefindResultData[]> {
    const taken: PagefindResultData[] = [];
    while (taken.length < count) {
      const candidates = await Promise.all(lists.map((list, index) => list[heads[index]!]?.data()));
      let best = -1;
      candidates.forEach((page, index) => {
        if (page && (best < 0 || before(page.meta.date ?? '', candidates[best]!.meta.date ?? ''))) best = index;
      });
      if (best < 0) break;
      taken.push(candidates[best]!);
      heads[best] = heads[best]! + 1;
    }
    return taken;
  }
}
