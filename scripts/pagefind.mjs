// @ts-check
/**
 * Indexes a built site with Pagefind's Node API, writing the search bundle to
 * `<site>/pagefind/` (and, for a site too big for one, more bundles beside
 * it). Shared by the Astro integration (a whole-site build) and
 * scripts/build.mjs (after merging the parts or shards of a split build), so
 * that both index the same way and give the same bytes. Plain JavaScript, so
 * that a build needs no devDependency.
 */
import { link, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * The pages Pagefind reads: the only routes whose pages carry
 * `data-pagefind-body` (an article, a profile, a party page). Once one page
 * has that attribute Pagefind drops every page without it, so reading only
 * these gives the same index byte for byte, and spares it parsing the rest
 * of the site (the paged lists, appears-with pages, the review report): at
 * 2,000 articles, 2,314 pages read instead of 2,916, and about half of its
 * time. tests/unit/pagefind-pages.test.ts checks the list against src/pages/.
 */
export const indexedSections = ['articles', 'people', 'parties'];
const indexedPages = `{${indexedSections.join(',')}}/*/index.html`;

/**
 * Pages per search bundle. Pagefind's indexer holds its whole index in memory,
 * about 0.2 GB per thousand of our pages (2.3 GB at 10,000 articles, 19.6 GB
 * at 100,000, killed by the kernel), so a site with more pages than this is
 * indexed in several bundles, one process each, that the search page merges
 * in the browser (Pagefind's `mergeIndex`). SIASA_SEARCH_BUNDLE_PAGES sets it
 * for tests and benchmarks.
 */
export function pagesPerBundle(env = process.env) {
  const set = Number(env.SIASA_SEARCH_BUNDLE_PAGES);
  return Number.isInteger(set) && set > 0 ? set : 15_000;
}

/**
 * The list of the bundles besides `pagefind/`, written beside Pagefind's own
 * files: `{"merge": ["pagefind-2/", …], "articles": ["pagefind-3/", …]}`,
 * paths from the site's root. `merge` lists every other bundle; `articles`
 * those of them that hold articles, searched apart from the profiles (see
 * `planBundles`); empty for a site in one bundle. Always written, so that the
 * page never has to guess.
 */
export const bundlesFile = 'bundles.json';

/**
 * The folder of bundle `number` (from 1): `pagefind`, then `pagefind-2`, `pagefind-3`…
 *
 * @param {number} number
 */
export const bundleFolder = (number) => (number === 1 ? 'pagefind' : `pagefind-${number}`);

/**
 * @param {string} site the built site's folder
 * @param {(line: string) => void} log
 */
export async function indexSite(site, log) {
  const started = performance.now();
  const pages = await indexedPagesOf(site);
  const perBundle = pagesPerBundle();
  const { slices, articles } = planBundles(pages, perBundle);
  // A bundle a bigger site left behind would be merged as if it were current, and an
  // interrupted run's slices published.
  for (const stale of await readdir(site)) {
    if (/^(pagefind-\d+|\.pagefind-slice-.+)$/.test(stale)) await rm(path.join(site, stale), { recursive: true, force: true });
  }
  if (slices.length === 1) {
    await indexBundle(site, path.join(site, bundleFolder(1)), log);
  } else {
    log(`${pages.length} pages: indexing them in ${slices.length} bundles of at most ${perBundle}, merged by the search page.`);
    // Pagefind reads a folder: each slice gets one of hard links to its pages (the same files, so URLs and bytes are too).
    const work = await mkdtemp(path.join(site, '.pagefind-slice-'));
    try {
      for (const [number, slice] of slices.entries()) {
        const folder = path.join(work, String(number + 1));
        for (const page of slice) {
          await mkdir(path.dirname(path.join(folder, page)), { recursive: true });
          await link(path.join(site, page), path.join(folder, page));
        }
        await indexBundle(folder, path.join(site, bundleFolder(number + 1)), log);
        await rm(folder, { recursive: true, force: true });
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  const merge = slices.slice(1).map((_, index) => `${bundleFolder(index + 2)}/`);
  const list = { merge, articles: merge.slice(merge.length - articles) };
  await writeFile(path.join(site, bundleFolder(1), bundlesFile), `${JSON.stringify(list)}\n`);
  log(`Indexed ${pages.length} pages in ${Math.round(performance.now() - started)} ms.`);
}

/**
 * The pages Pagefind is given, as paths from the site's root, sorted: what
 * `indexedPages` matches.
 *
 * @param {string} site
 */
async function indexedPagesOf(site) {
  /** @type {string[]} */
  const pages = [];
  for (const section of indexedSections) {
    const entries = await readdir(path.join(site, section), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const page = path.join(section, entry.name, 'index.html');
      if (await stat(path.join(site, page)).then((found) => found.isFile(), () => false)) pages.push(page);
    }
  }
  return pages.sort();
}

/**
 * The bundles of a site: one for a site that fits, else the profiles (people
 * and parties) in bundles of their own, first, and the articles in the rest,
 * each group dealt by `slicePages`. The search page searches the profiles
 * first and the articles after (src/search/bundles.ts): at 100,000 articles
 * the metadata Pagefind fetches for a first query grows with the pages of the
 * bundles it searches (792 KB for all 111,181), and a name typed into the box
 * needs only the profiles' 10,000 to find its page. `articles` counts the
 * articles' bundles, the last of `slices`.
 *
 * @param {string[]} pages paths from the site's root, as `indexedPagesOf` gives them
 * @param {number} perBundle
 * @returns {{ slices: string[][], articles: number }}
 */
export function planBundles(pages, perBundle) {
  if (pages.length <= perBundle) return { slices: [pages], articles: 0 };
  const isArticle = (/** @type {string} */ page) => page.startsWith(`${indexedSections[0]}/`);
  const profiles = pages.filter((page) => !isArticle(page));
  if (profiles.length === 0 || profiles.length === pages.length) return { slices: slicePages(pages, perBundle), articles: 0 };
  const articles = slicePages(pages.filter(isArticle), perBundle);
  return { slices: [...slicePages(profiles, perBundle), ...articles], articles: articles.length };
}

/**
 * `pages` dealt into as few slices of at most `perSlice` as will hold them,
 * in turn like cards, so that every slice holds the same mix (of articles
 * from every year, of people and parties): Pagefind scores a word by how rare
 * it is in its own bundle, and merged results are ordered by those scores, so
 * bundles of different mixes would rank their pages on different scales.
 *
 * @param {string[]} pages
 * @param {number} perSlice
 * @returns {string[][]}
 */
export function slicePages(pages, perSlice) {
  const count = Math.max(1, Math.ceil(pages.length / perSlice));
  /** @type {string[][]} */
  const slices = Array.from({ length: count }, () => []);
  pages.forEach((page, index) => slices[index % count]?.push(page));
  return slices;
}

/**
 * Indexes the pages under `root` into one bundle written to `outputPath`, in a
 * Pagefind service of its own: closing it hands its memory back before the
 * next bundle's.
 *
 * @param {string} root
 * @param {string} outputPath
 * @param {(line: string) => void} log
 */
async function indexBundle(root, outputPath, log) {
  const started = performance.now();
  try {
    // Pagefind's API reports no progress while it reads: at least say what is under way.
    log(`Indexing ${root} with Pagefind…`);
    const { index, errors } = await untilStranded(pagefind.createIndex({}));
    if (!index) throw pagefindError('create the index', errors);
    const added = await untilStranded(index.addDirectory({ path: root, glob: indexedPages }));
    if (added.errors.length > 0) throw pagefindError('index the site', added.errors);
    const written = await untilStranded(index.writeFiles({ outputPath }));
    if (written.errors.length > 0) throw pagefindError('write the index', written.errors);
    log(`Read ${added.page_count} pages into ${path.basename(outputPath)}/ in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    // The service is a child process: left running, it would keep the build alive.
    await pagefind.close();
  }
}

/**
 * `step`, or an error if Pagefind's service dies first. The service is a child
 * process, and when it is killed (by the kernel, out of memory: it holds the
 * whole index, 19 GB at 100,000 articles) its API's promises never settle;
 * Node, with nothing left to wait for, then exits with code 0 and a site
 * without search. The event loop emptying while Pagefind owes an answer is
 * that death.
 *
 * @template T
 * @param {Promise<T>} step
 * @returns {Promise<T>}
 */
async function untilStranded(step) {
  /** @type {() => void} */
  let stranded = () => {};
  const died = new Promise((_, reject) => {
    stranded = () => reject(strandedError());
    process.once('beforeExit', stranded);
  });
  try {
    return await Promise.race([step, /** @type {Promise<never>} */ (died)]);
  } catch (error) {
    // Killed while the API was still writing to it, the service answers instead
    // with its own "Pagefind backend closed": the same death, said the same way.
    if (error instanceof Error && /backend (is )?closed/i.test(error.message)) throw strandedError();
    throw error;
  } finally {
    process.off('beforeExit', stranded);
  }
}

function strandedError() {
  return new Error(
    'Pagefind stopped before it had written the search index: its process ended without an answer, as it does when the ' +
      'machine runs out of memory (Pagefind holds the whole index in memory). The site was built, but it has no search.',
  );
}

/**
 * One error listing every message Pagefind returned for a failed step.
 *
 * @param {string} step
 * @param {string[]} errors
 */
function pagefindError(step, errors) {
  return new Error(`Pagefind could not ${step}:\n- ${errors.join('\n- ')}`);
}
