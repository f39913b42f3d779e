/**
 * A site of its own for one test file: built from a seeds folder in a
 * temporary copy before the file's tests, served on 127.0.0.1, and removed
 * after them. For test files that cannot use the shared global build.
 */
import { afterAll, beforeAll } from 'vitest';
import { buildSite, removeSite, type BuildSiteOptions, type BuiltSite } from './site-build';
import { serveStatic, type StaticServer } from './static-server';

export interface ServedSite {
  site: BuiltSite;
  server: StaticServer;
}

/** Call at the top of a file; call the returned function inside tests. */
export function useServedSite(options: BuildSiteOptions): () => ServedSite {
  let served: ServedSite | undefined;
  let site: BuiltSite | undefined;
  beforeAll(async () => {
    site = await buildSite(options);
    served = { site, server: await serveStatic(site.dist, options.base ? { base: options.base } : {}) };
  }, 180_000);
  afterAll(async () => {
    await served?.server.close();
    if (site) await removeSite(site);
  });
  return () => {
    if (!served) throw new Error('the site is not built: call served() inside a test, not at load time');
    return served;
  };
}
