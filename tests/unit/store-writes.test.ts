/**
 * Astro's data store, with its saves queued (src/integrations/store-writes.ts):
 * a save asked for while another is writing is not lost. Without the queue,
 * Astro 5.18 writes the first save's data twice and drops the entry set in
 * between (withastro/astro#15672), which is what this reproduces.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataStoreModule, patchStoreWrites } from '../../src/integrations/store-writes';
import { useTemporaryFolders } from './helpers';

const folder = useTemporaryFolders('store-writes');

interface Store {
  set(collection: string, key: string, value: unknown): void;
  writeToDisk(): Promise<void>;
}

async function astroStore(): Promise<{ fromFile(file: URL): Promise<Store> }> {
  return ((await import(dataStoreModule())) as { MutableDataStore: { fromFile(file: URL): Promise<Store> } }).MutableDataStore;
}

describe("Astro's data store with its saves queued", () => {
  it('writes an entry set while an earlier save was still writing', async () => {
    expect(await patchStoreWrites()).toBe(true);
    const file = pathToFileURL(path.join(await folder(), 'data-store.json'));
    const store = await (await astroStore()).fromFile(file);
    // A large first entry, so that its save is still writing when the second is asked for.
    store.set('people', 'a-large-entry', { id: 'a-large-entry', data: { text: 'x'.repeat(5_000_000) } });
    const first = store.writeToDisk();
    store.set('people', 'a-new-person', { id: 'a-new-person', data: { name: 'Baraka Nyamweya' } });
    const second = store.writeToDisk();
    // The second save's promise settles once its own data is on disk.
    await second;
    const text = await readFile(file, 'utf8');
    expect(text).toContain('a-large-entry');
    expect(text).toContain('a-new-person');
    await first;
  });

  it('patches once, however often the integration asks', async () => {
    const before = (await astroStore()) as unknown as { prototype: Store };
    const write = before.prototype.writeToDisk;
    expect(await patchStoreWrites()).toBe(true);
    expect(before.prototype.writeToDisk).toBe(write);
  });
});
