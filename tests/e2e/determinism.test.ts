/**
 * Two builds of the same inputs give byte-identical dist/: two temporary
 * copies of the project (other paths, other caches) built at the same time
 * from the same seeds. No exception is needed: pages, Astro's hashed assets
 * and Pagefind's bundle all match. Both copies are taken before either build
 * starts, so an edit to the checkout during a test run cannot tell them apart.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, removeSite, type BuiltSite } from '../support/site-build';

let builds: PromiseSettledResult<BuiltSite>[] = [];
beforeAll(async () => {
  builds = await Promise.allSettled([buildSite(), buildSite()]);
}, 240_000);
afterAll(async () => {
  await Promise.all(builds.map((build) => build.status === 'fulfilled' && removeSite(build.value)));
});

async function filesOf(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)))
    .sort();
}

test('the same seeds build to the same files, byte for byte', async () => {
  const failed = builds.find((build) => build.status === 'rejected');
  if (failed) throw failed.reason;
  const [first, second] = builds.map((build) => (build as PromiseFulfilledResult<BuiltSite>).value.dist) as [string, string];
  const files = await filesOf(first);
  expect(files.length, 'files in the first build').toBeGreaterThan(30);
  expect(await filesOf(second), 'the file list').toEqual(files);

  const differing: string[] = [];
  for (const file of files) {
    const [a, b] = await Promise.all([readFile(path.join(first, file)), readFile(path.join(second, file))]);
    if (!a.equals(b)) differing.push(file);
  }
  expect(differing, 'files whose bytes differ').toEqual([]);
});
