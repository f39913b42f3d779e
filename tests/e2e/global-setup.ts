/**
 * Builds the site from the checkout's seeds once for all end-to-end files,
 * serves it, and hands its address and folder to the tests.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, removeSite } from '../support/site-build';
import { serveStatic } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served seed site, ending in `/`: `http://127.0.0.1:PORT/`. */
    siteUrl: string;
    /** The seed site's built folder, for tests that read files. */
    siteDist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const site = await buildSite();
  const server = await serveStatic(site.dist);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`e2e: built the seed site in ${seconds} s, serving ${site.dist} at ${server.url}`);

  project.provide('siteUrl', server.url);
  project.provide('siteDist', site.dist);

  return async () => {
    await server.close();
    await removeSite(site);
  };
}
