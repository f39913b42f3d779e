/**
 * The sites that end-to-end files need of their own (other seeds, list sizes,
 * a language, a base path), listed in one place. The global setup copies them
 * all before any test starts and builds them one after another in the
 * background (tests/support/background-sites.ts), while the files that use
 * only the shared sites drive Chromium; the sequencer (tests/support/sequencer.ts) runs
 * the files named here last, in this order, so that each finds its site built.
 * A build in a test file's own `beforeAll` would stall the one-file-at-a-time
 * browser queue for its whole length instead.
 *
 * Pure data, because the Vitest config reads it (for the order of the files).
 */
import type { BuildSiteOptions } from './site-build';

/** Seeds that are made, not copied: the global setup knows how to make each. */
export type MadeSeeds =
  /** What `npm run bench:corpus -- --articles 200` writes (bench/corpus, seed "1"). */
  | 'synthetic-200'
  /** What `npm run import` makes of the feeds and WordPress export in tests/fixtures/import/. */
  | 'imported-archives';

export interface CatalogueSite {
  /** The test file that uses the site, from the checkout's root. */
  file: string;
  /** How it is built; its seeds are copied from the checkout. */
  options: BuildSiteOptions;
  /** Seeds made before the copy, added after `options.seeds` (later files replacing earlier ones). */
  made?: MadeSeeds;
  /**
   * For a setting only the search index reads (`options.env`): the site is
   * this other site's dist/, copied once that is built and indexed again, not
   * built a second time; its pages would be the same bytes (tests/e2e/determinism.test.ts).
   * That site comes earlier in the catalogue. (A name, not `CatalogueName`, which is read from this list.)
   */
  reindexOf?: string;
}

const listSizes = { SIASA_LIST_SIZES: '1,2,2' };

/** In the order the files run, which is the order the sites are built in. */
export const siteCatalogue = {
  facts: { file: 'tests/e2e/facts.test.ts', options: { seeds: 'tests/fixtures/facts' } },
  hostile: { file: 'tests/e2e/hostile-input.test.ts', options: { seeds: 'tests/fixtures/hostile' } },
  'review-sizes': { file: 'tests/e2e/review.test.ts', options: { env: { SIASA_LIST_SIZES: '2,2,1' } } },
  'list-sizes': { file: 'tests/e2e/entity-lists.test.ts', options: { env: listSizes } },
  'list-sizes-sw': { file: 'tests/e2e/entity-lists.test.ts', options: { env: { ...listSizes, SIASA_LANG: 'sw' } } },
  'search-kenya': { file: 'tests/e2e/search-base-path.test.ts', options: { seeds: 'tests/fixtures/search', base: '/kenya/' } },
  'search-bundles': {
    file: 'tests/e2e/search-bundles.test.ts',
    options: { seeds: 'tests/fixtures/search', base: '/kenya/', env: { SIASA_SEARCH_BUNDLE_PAGES: '3' } },
    reindexOf: 'search-kenya',
  },
  'search-synthetic': { file: 'tests/e2e/search-ranking.test.ts', options: { seeds: [] }, made: 'synthetic-200' },
  archives: { file: 'tests/e2e/archive-seeds.test.ts', options: { seeds: 'tests/fixtures/pages/html' }, made: 'imported-archives' },
  // A second copy of the shared seed site's project, taken with it, built apart.
  determinism: { file: 'tests/e2e/determinism.test.ts', options: {} },
} satisfies Record<string, CatalogueSite>;

export type CatalogueName = keyof typeof siteCatalogue;
