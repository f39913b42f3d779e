/**
 * Runs the ingest (seeds/ → content/) before Astro loads its collections, so
 * that `astro build` alone turns articles into a site.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, REGISTRY_FILE } from '../pipeline/ingest';

export interface IngestIntegrationOptions {
  /** The folder of seed articles, relative to the project root. */
  seeds: string;
}

export default function ingestIntegration(options: IngestIntegrationOptions): AstroIntegration {
  return {
    name: 'siasa:ingest',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const report = await ingest({
          seeds: path.resolve(root, options.seeds),
          content: path.join(root, 'content'),
          base: config.base,
          registry: path.join(root, REGISTRY_FILE),
          strict: process.env.SIASA_STRICT === '1',
          cache: path.join(fileURLToPath(config.cacheDir), 'siasa'),
        });
        for (const problem of report.problems) {
          if (report.ok) logger.warn(problem.message);
          else logger.error(problem.message);
        }
        if (report.ok) {
          logger.info(report.summary);
          return;
        }
        logger.error(report.summary);
        // A build must not go on with stale or missing content, and a stack
        // trace would only hide the messages above; the dev server keeps
        // serving the previous content instead.
        if (command === 'build') process.exit(1);
      },
    },
  };
}
