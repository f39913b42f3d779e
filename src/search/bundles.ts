/**
 * The site's search over every bundle the build wrote. A site too big for one
 * Pagefind index is indexed in several (scripts/pagefind.mjs), listed in
 * `pagefind/bundles.json`: the profiles' bundles (`pagefind/` and any other
 * not listed as the articles') merged into the module's Pagefind with
 * `mergeIndex`, the articles' into a Pagefind of their own, each given the
 * same options, since a merged index keeps its own. A search lists the
 * profiles found by their names first, as soon as the profiles' bundles have
 * answered, then the articles, then the profiles found by their text: the
 * order the ranking gives a site in one bundle (src/search/options.ts), while
 * the first results of a large site need none of the articles' metadata.
 * Pagefind orders merged results by score alone, so a search in date order
 * asks each bundle apart and merges their lists by date, reading only the
 * fragment at the head of each list.
 */
import { nameMeta, searchOptions } from './options';
import { namesCover, nameWords } from './names';
import { loadPagefind, type PagefindApi, type PagefindResult, type PagefindResultData } from './pagefind-api';
import type { PagefindSearchOptions } from './state';

/** Results in the order asked for, read a few at a time (each needs its fragment). */
export interface ResultList {
  /** The results found so far: final once `settled` has resolved. */
  count: number;
  /** The final count, once every bundle the search needs has answered. */
  settled: Promise<number>;
  /**
   * The next `count` results. With `ready`, only those that wait for no bundle
   * still to be searched: perhaps fewer (the profiles found by their names,
   * before the articles' bundles are fetched).
   */
  take(count: number, ready?: boolean): Promise<PagefindResultData[]>;
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
  const [api, list] = await Promise.all([loadPagefind(bundleHref('pagefind/')), bundleList(bundleHref('pagefind/bundles.json'))]);
  await api.options(options);
  const profiles = list.merge.filter((folder) => !list.articles.includes(folder));
  await Promise.all(profiles.map((folder) => api.mergeIndex(bundleHref(folder), indexOptions)));
  const instance = async (folders: string[]) => {
    const bundle = api.createInstance({ ...options, basePath: bundleHref(folders[0] as string) });
    await bundle.init();
    await Promise.all(folders.slice(1).map((folder) => bundle.mergeIndex(bundleHref(folder), indexOptions)));
    return bundle;
  };
  // Made by the first search that needs them (promises, so that two searches share them).
  let articles: Promise<PagefindApi> | undefined;
  const articlesApi = () => (articles ??= instance(list.articles));
  let apart: Promise<PagefindApi[]> | undefined;
  return {
    async preload(term) {
      await Promise.all([api.preload(term), ...(articles ? [articles.then((bundle) => bundle.preload(term))] : [])]);
    },
    async search(term, given) {
      if (given.sort && list.merge.length > 0) {
        // Only articles have dates; a bundle of profiles alone, with no page to sort, would list them all.
        apart ??= Promise.all((list.articles.length > 0 ? list.articles : ['pagefind/', ...list.merge]).map((folder) => instance([folder])));
        const lists = await Promise.all((await apart).map(async (bundle) => (await bundle.search(term, given)).results));
        const newest = Object.values(given.sort)[0] === 'desc';
        return mergedByDate(lists, newest);
      }
      const kind = given.filters.kind;
      if (list.articles.length === 0 || (kind && kind !== 'article')) return listOf((await api.search(term, given)).results);
      if (kind === 'article') return listOf((await (await articlesApi()).search(term, given)).results);
      const found = (await api.search(term, given)).results;
      return namesFirst(found, async () => (await (await articlesApi()).search(term, given)).results, nameWords(term ?? ''));
    },
  };
}

/** The bundles besides `pagefind/`, from the list the build wrote; none if there is no list (a site indexed before lists existed). */
async function bundleList(url: string): Promise<{ merge: string[]; articles: string[] }> {
  const response = await fetch(url).catch(() => undefined);
  if (!response?.ok) return { merge: [], articles: [] };
  const { merge, articles } = (await response.json()) as { merge?: unknown; articles?: unknown };
  const folders = (value: unknown) => (Array.isArray(value) ? value.filter((folder): folder is string => typeof folder === 'string') : []);
  const all = folders(merge);
  return { merge: all, articles: folders(articles).filter((folder) => all.includes(folder)) };
}

function listOf(results: PagefindResult[]): ResultList {
  let next = 0;
  return {
    count: results.length,
    settled: Promise.resolve(results.length),
    take: (count) => Promise.all(results.slice(next, (next += count)).map((result) => result.data())),
  };
}

/**
 * The profiles whose names cover the searched words (`words`), then the
 * articles (searched by `articles`, called once the first of those profiles
 * are taken), then the other profiles. The profiles come in score order, so
 * those found by a name come first: the first found otherwise ends them.
 */
function namesFirst(profiles: PagefindResult[], articles: () => Promise<PagefindResult[]>, words: string[]): ResultList {
  let named = 0;
  let namedDone = false;
  let searched: Promise<PagefindResult[]> | undefined;
  let found: PagefindResult[] | undefined;
  let article = 0;
  let other = 0;
  /** The fragment of the profile that ended those found by name: read once, shown among the others. */
  let firstOther: PagefindResultData | undefined;
  const articlesFound = () =>
    (searched ??= articles().then((results) => {
      found = results;
      list.count = profiles.length + results.length;
      return results;
    }));
  let queue: Promise<unknown> = Promise.resolve();
  const list: ResultList = {
    count: profiles.length,
    get settled() {
      return articlesFound().then(() => list.count);
    },
    take(count, ready = false) {
      // One take at a time: a second one (a quick "Show more") would read the same places.
      const taking = queue.then(() => takeNext(count, ready));
      queue = taking.catch(() => undefined);
      return taking;
    },
  };
  return list;

  async function takeNext(count: number, ready: boolean): Promise<PagefindResultData[]> {
    const taken: PagefindResultData[] = [];
    while (taken.length < count && !namedDone) {
      const page = await profiles[named]?.data();
      if (!page || !namesCover(page.meta[nameMeta.names], words)) {
        namedDone = true;
        firstOther = page;
      }
      else {
        taken.push(page);
        named += 1;
      }
    }
    if (taken.length === count || (ready && found === undefined)) return taken;
    const results = await articlesFound();
    while (taken.length < count && article < results.length) taken.push(await (results[article++] as PagefindResult).data());
    while (taken.length < count && named + other < profiles.length) {
      const at = named + other++;
      taken.push(at === named && firstOther ? firstOther : await (profiles[at] as PagefindResult).data());
    }
    return taken;
  }
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
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  return {
    count: total,
    settled: Promise.resolve(total),
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
