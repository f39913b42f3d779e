/**
 * Two builds of the same inputs give byte-identical dist/: two temporary
 * copies of the project (other paths, other caches) built from the same seeds,
 * one after the other in the background. No exception is needed: pages,
 * Astro's hashed assets and Pagefind's bundle all match. Both copies are taken
 * before either build starts, so an edit to the checkout during a test run
 * cannot tell them apart.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { backgroundSite } from '../support/background-sites';
import type { BuiltSite } from '../support/site-build';

let builds: PromiseSettledResult<BuiltSite>[] = [];
beforeAll(async () => {
  builds = await Promise.allSettled([backgroundSite('determinism-a'), backgroundSite('determinism-b')]);
}, 660_000);

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
