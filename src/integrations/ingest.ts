/**
 * Runs the ingest (seeds/ → content/) before Astro loads its collections, so
 * that `astro build` alone turns articles into a site.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ingest } from '../pipeline/ingest';

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
          log: (line) => logger.info(line),
        });
        for (const problem of report.problems) logger.warn(problem.message);
        if (!report.ok) throw new Error(report.summary);
        logger.info(report.summary);
      },
    },
  };
}
