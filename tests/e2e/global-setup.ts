/**
 * Builds the site from the checkout's seeds once for all end-to-end files,
 * serves it, and hands its address and folder to the tests. A second site,
 * under the base path /kenya/ and with one article full of characters to
 * escape (tests/fixtures/escaping/), is built beside it for the tests of
 * links, search, feeds and structured data under a base path. A third, the
 * seed site with its interface in Kiswahili (SIASA_LANG=sw), is shared by the
 * tests of the second language. The sites other files need of their own
 * (tests/support/site-catalogue.ts) are copied right after these three, before
 * any build starts, so that all come from one state of the checkout (the
 * determinism test compares the seed site with a second copy of it), and are
 * built in the background once these three are done.
 */
import type { TestProject } from 'vitest/node';
import { copyBackgroundSites } from '../support/background-builds';
import { buildCopy, copySite, removeSite, type BuildSiteOptions, type BuiltSite } from '../support/site-build';
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
    /** The seed site built in Kiswahili, ending in `/`. */
    swUrl: string;
    /** The Kiswahili site's built folder. */
    swDist: string;
  }
}

/** The seed site, the /kenya/ site, the Kiswahili site. */
const sharedSites: BuildSiteOptions[] = [{}, { seeds: ['seeds', 'tests/fixtures/escaping'], base: '/kenya/' }, { env: { SIASA_LANG: 'sw' } }];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const copies: BuiltSite[] = [];
  try {
    for (const options of sharedSites) copies.push(await copySite(options));
  } catch (error) {
    await Promise.all(copies.map((copy) => removeSite(copy)));
    throw error;
  }
  const background = await copyBackgroundSites();
  // Builds at once: each is mostly one core's work.
  const builds = await Promise.allSettled(copies.map((copy) => buildCopy(copy)));
  const failed = builds.find((build) => build.status === 'rejected');
  if (failed) {
    await Promise.all([...copies.map((copy) => removeSite(copy)), background.remove()]);
    throw failed.reason;
  }
  const [site, kenya, sw] = copies as [BuiltSite, BuiltSite, BuiltSite];
  const server = await serveStatic(site.dist);
  const kenyaServer = await serveStatic(kenya.dist, { base: '/kenya/' });
  const swServer = await serveStatic(sw.dist);
  void background.start();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`e2e: built the seed site and the /kenya/ site in ${seconds} s, serving ${server.url} and ${kenyaServer.url}`);

  project.provide('siteUrl', server.url);
  project.provide('siteDist', site.dist);
  project.provide('kenyaUrl', kenyaServer.url);
  project.provide('kenyaDist', kenya.dist);
  project.provide('swUrl', swServer.url);
  project.provide('swDist', sw.dist);
  project.provide('backgroundSites', background.folder);

  return async () => {
    await Promise.all([server.close(), kenyaServer.close(), swServer.close()]);
    await Promise.all([removeSite(site), removeSite(kenya), removeSite(sw), background.remove()]);
  };
}
