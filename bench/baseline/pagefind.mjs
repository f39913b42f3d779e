// @ts-check
// Pagefind through its Node API after the build, as siasa's own integration does, logging the lines `npm run bench` times phases by.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** @returns {import('astro').AstroIntegration} */
export default function pagefindIntegration() {
  return {
    name: 'baseline:pagefind',
    hooks: {
      // Marks the end of start-up, where siasa's build ends its ingest, so that both builds split into the same phases.
      'astro:config:done': ({ logger }) => logger.info('config ready'),
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`Read ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
