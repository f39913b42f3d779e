/**
 * The ingest's caches: a rebuild from them writes exactly what a build
 * without them writes, and re-does only what changed.
 */
import { cp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openCacheStore } from '../../src/pipeline/cache-store';
import { ingest, isSeedName } from '../../src/pipeline/ingest';
import { snapshot, useTemporaryFolders } from './helpers';

const dev = fileURLToPath(new URL('../fixtures/gold/dev/', import.meta.url));
const folder = useTemporaryFolders('cache');


describe('openCacheStore', () => {
  it('gives back what was set, after a flush and a reopen', async () => {
    const root = await folder();
    const store = await openCacheStore<{ n: number }>(root, 'v1');
    store.set('a1f0', { n: 1 });
    store.set('ff00', { n: 2 });
    await store.flush();
    const again = await openCacheStore<{ n: number }>(root, 'v1');
    expect(again.get('a1f0')).toEqual({ n: 1 });
    expect(again.get('ff00')).toEqual({ n: 2 });
    expect(again.get('0000')).toBeUndefined();
  });

  it('drops, at a flush, the entries nobody asked for since it was opened', async () => {
    const root = await folder();
    const store = await openCacheStore<string>(root, 'v1');
    store.set('a1f0', 'kept');
    store.set('a1f1', 'dropped');
    await store.flush();
    const second = await openCacheStore<string>(root, 'v1');
    expect(second.get('a1f0')).toBe('kept');
    await second.flush();
    const third = await openCacheStore<string>(root, 'v1');
    expect(third.get('a1f0')).toBe('kept');
    expect(third.get('a1f1')).toBeUndefined();
  });

  it('starts afresh for a new version, and removes the old one', async () => {
    const root = await folder();
    const store = await openCacheStore<string>(root, 'v1');
    store.set('a1f0', 'old');
    await store.flush();
    const next = await openCacheStore<string>(root, 'v2');
    expect(next.get('a1f0')).toBeUndefined();
    expect(await readdir(root)).toEqual(['v2']);
  });

  it('takes a damaged shard for an empty one', async () => {
    const root = await folder();
    const store = await openCacheStore<string>(root, 'v1');
    store.set('a1f0', 'fine');
    store.set('b200', 'lost');
    await store.flush();
    await writeFile(path.join(root, 'v1', 'b2.json'), '{"b200": "lo');
    const again = await openCacheStore<string>(root, 'v1');
    expect(again.get('a1f0')).toBe('fine');
    expect(again.get('b200')).toBeUndefined();
  });
});

describe('a rebuild from the caches', async () => {
  const seeds = await folder();
  await cp(dev, seeds, { recursive: true });
  const cache = await folder();
  const cold = await folder();
  const warm = await folder();
  const uncached = await folder();
  await ingest({ seeds, content: cold, registry: false, cache });
  const cacheFiles = await snapshot(cache);
  await ingest({ seeds, content: warm, registry: false, cache });

  it('writes the same content as the build that filled them', async () => {
    expect(await snapshot(warm)).toEqual(await snapshot(cold));
  });

  it('keeps extractions, and rewrites nothing when nothing changed', async () => {
    // Rendered bodies are known by their keys in content/'s manifest (src/pipeline/body-key.ts), not cached.
    const kinds = new Set([...cacheFiles.keys()].map((file) => file.split(path.sep)[0]));
    expect(kinds).toEqual(new Set(['extract']));
    // The seed index records when each seed was read: a later run may update it (the
    // seeds then count as settled), which is no rewrite of what was cached.
    const withoutIndex = (files: Map<string, string>) => new Map([...files].filter(([file]) => path.basename(file) !== 'seeds.json'));
    expect(withoutIndex(await snapshot(cache))).toEqual(withoutIndex(cacheFiles));
    expect([...cacheFiles.keys()].some((file) => path.basename(file) === 'seeds.json')).toBe(true);
  });

  it('writes no file of content/ again when nothing changed, bodies included', async () => {
    const inodes = async () => {
      const found = new Map<string, number>();
      for (const file of (await snapshot(warm)).keys()) found.set(file, (await stat(path.join(warm, file))).ino);
      return found;
    };
    const before = await inodes();
    expect([...before.keys()].some((file) => file.startsWith(`bodies${path.sep}`))).toBe(true);
    await ingest({ seeds, content: warm, registry: false, cache });
    expect(await inodes()).toEqual(before);
  });

  it('after one article changes, writes what a build without caches writes', async () => {
    const names = (await readdir(seeds)).filter(isSeedName).sort();
    const changed = path.join(seeds, names[0] as string);
    await writeFile(changed, `${(await readFile(changed, 'utf8')).trimEnd()}\n\nThe committee is expected to table its report next week.\n`);
    await ingest({ seeds, content: warm, registry: false, cache });
    await ingest({ seeds, content: uncached, registry: false });
    const rebuilt = await snapshot(warm);
    expect(rebuilt).toEqual(await snapshot(uncached));
    expect([...rebuilt.values()].some((text) => text.includes('table its report next week'))).toBe(true);
  });
});
