import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setAside } from '../../scripts/merge-parts.mjs';
import { useTemporaryFolders } from './helpers';

const temporaryFolder = useTemporaryFolders('set-aside');

describe("setAside (the last build's site, deleted beside the next build)", () => {
  it('empties the output folder at once but for .git, and deletes what it moved, and any earlier leftovers, in the background', async () => {
    const root = await temporaryFolder();
    const dist = path.join(root, 'dist');
    const aside = path.join(root, 'cache', 'set-aside');
    await mkdir(path.join(dist, '.git'), { recursive: true });
    await mkdir(path.join(dist, 'people', 'amina-wekesa'), { recursive: true });
    await writeFile(path.join(dist, 'people', 'amina-wekesa', 'index.html'), '<p>Amina Wekesa</p>');
    await writeFile(path.join(dist, 'index.html'), '<p>home</p>');
    // What a build stopped half-way through its deletion left behind.
    await mkdir(path.join(aside, 'previous-output-stale', 'articles'), { recursive: true });

    const { deleted } = await setAside(dist, aside);
    expect(await readdir(dist)).toEqual(['.git']);
    // Handed back, not waited for: the build starts while the old site is deleted.
    expect(deleted).toBeInstanceOf(Promise);
    await deleted;
    expect(await readdir(path.join(root, 'cache'))).toEqual([]);
  });

  it('does nothing for an output folder that is missing or empty', async () => {
    const root = await temporaryFolder();
    await (await setAside(path.join(root, 'dist'), path.join(root, 'cache', 'set-aside'))).deleted;
    await mkdir(path.join(root, 'empty'));
    await (await setAside(path.join(root, 'empty'), path.join(root, 'cache', 'set-aside'))).deleted;
    expect(await readdir(root)).toEqual(['empty']);
  });
});
