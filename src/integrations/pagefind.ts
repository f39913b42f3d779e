/**
 * Indexes the built site with Pagefind after `astro build`, writing the search
 * bundle to `<outDir>/pagefind/`. What is indexed, and how, is said by the
 * `data-pagefind-*` attributes in the pages themselves. A build of one part of
 * the site (SIASA_PART) leaves the index to scripts/build.mjs, which indexes
 * the merged site once.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../../scripts/pagefind.mjs';

/** Astro integration that runs Pagefind over `dist/` once the build is done. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'siasa:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SIASA_PART) return;
        await indexSite(fileURLToPath(dir), (line) => logger.info(line));
      },
    },
  };
}
