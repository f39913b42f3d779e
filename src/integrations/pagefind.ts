/**
 * Indexes the built site with Pagefind's Node API after `astro build`, writing
 * the search bundle to `<outDir>/pagefind/`. What is indexed, and how, is said
 * by the `data-pagefind-*` attributes in the pages themselves.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Astro integration that runs Pagefind over `dist/` once the build is done. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'siasa:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          // Pagefind's API reports no progress while it reads: at least say what is under way.
          logger.info(`Indexing ${site} with Pagefind…`);
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw pagefindError('create the index', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw pagefindError('index the site', added.errors);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) throw pagefindError('write the index', written.errors);
          logger.info(`Read ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          // The service is a child process: left running, it would keep the build alive.
          await pagefind.close();
        }
      },
    },
  };
}

/** One error listing every message Pagefind returned for a failed step. */
function pagefindError(step: string, errors: string[]): Error {
  return new Error(`Pagefind could not ${step}:\n- ${errors.join('\n- ')}`);
}
