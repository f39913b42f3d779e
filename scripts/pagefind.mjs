// @ts-check
/**
 * Indexes a built site with Pagefind's Node API, writing the search bundle to
 * `<site>/pagefind/`. Shared by the Astro integration (a whole-site build) and
 * scripts/build.mjs (after merging the parts or shards of a split build), so
 * that both index the same way and give the same bytes. Plain JavaScript, so
 * that a build needs no devDependency.
 */
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
 * @param {string} site the built site's folder
 * @param {(line: string) => void} log
 */
export async function indexSite(site, log) {
  const started = performance.now();
  try {
    // Pagefind's API reports no progress while it reads: at least say what is under way.
    log(`Indexing ${site} with Pagefind…`);
    const { index, errors } = await untilStranded(pagefind.createIndex({}));
    if (!index) throw pagefindError('create the index', errors);
    const added = await untilStranded(index.addDirectory({ path: site, glob: indexedPages }));
    if (added.errors.length > 0) throw pagefindError('index the site', added.errors);
    const written = await untilStranded(index.writeFiles({ outputPath: path.join(site, 'pagefind') }));
    if (written.errors.length > 0) throw pagefindError('write the index', written.errors);
    log(`Read ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
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
