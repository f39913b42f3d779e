/**
 * Two builds of the same inputs give byte-identical dist/: the seed site every
 * file shares (built by the global setup beside two other sites) and a second
 * copy of the project taken with it (another path, other caches), built alone
 * in the background at the lowest priority. No exception is needed: pages,
 * Astro's hashed assets and Pagefind's bundle all match. Both copies are taken
 * before either build starts, so an edit to the checkout during a test run
 * cannot tell them apart.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, expect, inject, test } from 'vitest';
import { backgroundSite } from '../support/background-sites';

let second = '';
beforeAll(async () => {
  second = (await backgroundSite('determinism')).dist;
}, 660_000);

async function filesOf(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)))
    .sort();
}

test('the same seeds build to the same files, byte for byte', async () => {
  const first = inject('siteDist');
  const files = await filesOf(first);
  expect(files.length, 'files in the shared build').toBeGreaterThan(30);
  expect(await filesOf(second), 'the file list').toEqual(files);

  const differing: string[] = [];
  for (const file of files) {
    const [a, b] = await Promise.all([readFile(path.join(first, file)), readFile(path.join(second, file))]);
    if (!a.equals(b)) differing.push(file);
  }
  expect(differing, 'files whose bytes differ').toEqual([]);
});
