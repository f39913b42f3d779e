/**
 * Builds the site from the checkout's seeds once for all end-to-end files,
 * serves it, and hands its address and folder to the tests. A second site,
 * under the base path /kenya/ and with one article full of characters to
 * escape (tests/fixtures/escaping/), is built beside it for the tests of
 * links, search, feeds and structured data under a base path.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, removeSite, type BuiltSite } from '../support/site-build';
import { serveStatic } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served seed site, ending in `/`: `http://127.0.0.1:PORT/`. */
    siteUrl: string;
    /** The seed site's built folder, for tests that read files. */
    siteDist: string;
    /** The /kenya/ site, ending in `/`: `http://127.0.0.1:PORT/kenya/`. */
    kenyaUrl: string;
    /** The /kenya/ site's built folder. */
    kenyaDist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  // Two builds at once: each is mostly one core's work.
  const builds = await Promise.allSettled([
    buildSite(),
    buildSite({ seeds: ['seeds', 'tests/fixtures/escaping'], base: '/kenya/' }),
  ]);
  const failed = builds.find((build) => build.status === 'rejected');
  if (failed) {
    await Promise.all(builds.map((build) => build.status === 'fulfilled' && removeSite(build.value)));
    throw failed.reason;
  }
  const [site, kenya] = builds.map((build) => (build as PromiseFulfilledResult<BuiltSite>).value) as [BuiltSite, BuiltSite];
  const server = await serveStatic(site.dist);
  const kenyaServer = await serveStatic(kenya.dist, { base: '/kenya/' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`e2e: built the seed site and the /kenya/ site in ${seconds} s, serving ${server.url} and ${kenyaServer.url}`);

  project.provide('siteUrl', server.url);
  project.provide('siteDist', site.dist);
  project.provide('kenyaUrl', kenyaServer.url);
  project.provide('kenyaDist', kenya.dist);

  return async () => {
    await Promise.all([server.close(), kenyaServer.close()]);
    await Promise.all([removeSite(site), removeSite(kenya)]);
  };
}
