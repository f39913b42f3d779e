/**
 * The test files' side of the background builds (tests/support/background-builds.ts):
 * a file waits for its catalogue site's outcome, then serves the site.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, inject } from 'vitest';
import { outcomeFile, wantedMark, type BackgroundSite, type Outcome } from './background-builds';
import type { BuiltSite } from './site-build';
import type { CatalogueName } from './site-catalogue';
import { serveStatic, type StaticServer } from './static-server';

/** How long a file waits for its site: the builds before it included, never this long. */
const waitLimitMs = 10 * 60_000;

/**
 * The catalogue's site `name`, once its background build has finished; throws
 * the build's own error if it failed. Call it in a `beforeAll` with a long timeout.
 */
export async function backgroundSite(name: CatalogueName): Promise<BackgroundSite> {
  const folder = inject('backgroundSites');
  const file = outcomeFile(folder, name);
  await writeFile(wantedMark(folder, name), '');
  const started = Date.now();
  for (;;) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      const outcome = JSON.parse(text) as Outcome;
      if ('error' in outcome) throw new Error(outcome.error);
      return outcome.site;
    }
    if (Date.now() - started > waitLimitMs) throw new Error(`the ${name} site was not built within ${waitLimitMs / 60_000} minutes`);
    await sleep(250);
  }
}

export interface ServedSite {
  site: BuiltSite;
  server: StaticServer;
}

/**
 * The catalogue's site `name`, served on 127.0.0.1 for the tests of one file.
 * Call at the top of the file; call the returned function inside tests.
 */
export function useServedSite(name: CatalogueName): () => ServedSite {
  let served: ServedSite | undefined;
  beforeAll(async () => {
    const site = await backgroundSite(name);
    served = { site, server: await serveStatic(site.dist, site.options.base ? { base: site.options.base } : {}) };
  }, waitLimitMs + 60_000);
  afterAll(async () => {
    await served?.server.close();
  });
  return () => {
    if (!served) throw new Error('the site is not built: call served() inside a test, not at load time');
    return served;
  };
}
