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
 * @param {string} site the built site's folder
 * @param {(line: string) => void} log
 */
export async function indexSite(site, log) {
  const started = performance.now();
  try {
    // Pagefind's API reports no progress while it reads: at least say what is under way.
    log(`Indexing ${site} with Pagefind…`);
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw pagefindError('create the index', errors);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw pagefindError('index the site', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length > 0) throw pagefindError('write the index', written.errors);
    log(`Read ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    // The service is a child process: left running, it would keep the build alive.
    await pagefind.close();
  }
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
