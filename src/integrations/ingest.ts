/**
 * Runs the ingest (seeds/ → content/) before Astro loads its collections, so
 * that `astro build` alone turns articles into a site; and, in `astro dev`,
 * again whenever a seed or the editorial file changes, so the pages follow,
 * a saved article's body first (src/pipeline/preview.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { forgetIngestMemory, ingest, REGISTRY_FILE, type IngestReport } from '../pipeline/ingest';
import { previewBody } from '../pipeline/preview';
import { progressReporter } from '../pipeline/progress';
import { announce, outside, watchSeeds } from './dev-watch';
import { holdStoreSave } from './live-store';

export interface IngestIntegrationOptions {
  /** The folder of seed articles, relative to the project root. */
  seeds: string;
}

/** How long to wait after a change for the next one, so that a burst of saves runs the ingest once. */
const SETTLE_MS = 150;

export default function ingestIntegration(options: IngestIntegrationOptions): AstroIntegration {
  let run: (() => Promise<IngestReport>) | undefined;
  let seeds = '';
  let content = '';
  return {
    name: 'siasa:ingest',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        if (command === 'preview') return;
        // scripts/build.mjs runs the ingest once, then the parts of the site
        // with SIASA_INGEST=skip (they read the content it wrote, and must
        // neither write content/ at once nor publish the registry); a shard
        // of a CI matrix ingests with SIASA_INGEST=look, publishing nothing.
        const mode = process.env.SIASA_INGEST;
        if (mode === 'skip') return;
        const root = fileURLToPath(config.root);
        seeds = path.resolve(root, options.seeds);
        content = path.join(root, 'content');
        const cache = path.join(fileURLToPath(config.cacheDir), 'siasa');
        // The dev server watches these itself (src/integrations/dev-watch.ts).
        if (command === 'dev') updateConfig({ vite: { server: { watch: { ignored: [outside([seeds, content, cache])] } } } });
        run = () => {
          const progress = progressReporter({ tty: false, log: (line) => logger.info(line) });
          return ingest({
            seeds,
            content,
            base: config.base,
            registry: path.join(root, REGISTRY_FILE),
            // `astro dev` and `astro sync` show new entities all the same, but
            // only `astro build` records their slugs as committed state.
            publish: mode === 'publish' || (command === 'build' && mode !== 'look'),
            strict: process.env.SIASA_STRICT === '1',
            cache,
            once: command !== 'dev',
            onProgress: progress.onProgress,
          }).finally(progress.stop);
        };
        const report = await run();
        // Only the dev server ingests again in this process.
        if (command !== 'dev') forgetIngestMemory();
        tell(report, logger);
        // A build must not go on with stale or missing content, and a stack
        // trace would only hide the messages above; the dev server keeps
        // serving the previous content instead.
        if (!report.ok && (command === 'build' || mode === 'publish')) process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!run) return;
        const again = run;
        let timer: NodeJS.Timeout | undefined;
        let release: (() => void) | undefined;
        let running = Promise.resolve();
        let previewing = Promise.resolve();
        const onChange = (file: string | undefined) => {
          // The saved article's own page first, in milliseconds, and the open pages reloaded to show
          // it (as Astro reloads them when its store changes); the ingest brings the rest. One save
          // can be told twice (truncated, then written): in turn, so that the last one read is last.
          if (file) {
            previewing = previewing
              .then(() => previewBody(file))
              .then((body) => {
                if (body) server.ws.send({ type: 'full-reload', path: '*' });
              })
              .catch((error: Error) => logger.warn(`preview of ${path.basename(file)}: ${error.message}`));
          }
          clearTimeout(timer);
          // Astro's store is not saved (seconds of the thread) from a change until its ingest is done.
          release ??= holdStoreSave();
          timer = setTimeout(() => {
            timer = undefined;
            // A run that throws is said, and the next save runs again: a rejected chain would stop every later run.
            running = running
              .then(async () => {
                const report = await again();
                announce(server, content, report.changed);
                tell(report, logger);
              })
              .catch((error: Error) => logger.error(`ingest: ${error.message}`))
              .finally(() => {
                if (timer) return;
                release?.();
                release = undefined;
              });
          }, SETTLE_MS);
        };
        const watcher = watchSeeds(seeds, onChange, (error) => logger.error(`watching ${seeds}: ${error.message}`));
        server.httpServer?.once('close', () => watcher.close());
      },
    },
  };
}

function tell(report: IngestReport, logger: AstroIntegrationLogger): void {
  for (const problem of report.problems) {
    if (report.ok) logger.warn(problem.message);
    else logger.error(problem.message);
  }
  if (report.ok) logger.info(report.summary);
  else logger.error(report.summary);
}
