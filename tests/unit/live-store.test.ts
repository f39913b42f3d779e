import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followLiveStore, holdStoreSave, liveStoreCode, onStoreChange } from '../../src/integrations/live-store';
import { dataStoreClass } from '../../src/integrations/store-writes';

interface Store {
  _collections: Map<string, Map<string, unknown>>;
  set(collection: string, key: string, value: unknown): void;
}

describe('the live data store (astro dev)', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'siasa-live-store-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("gives the store module the store Astro opened, and tells once after a burst of changes", async () => {
    expect(await followLiveStore()).toBe(true);
    const type = (await dataStoreClass()) as { fromFile(file: URL): Promise<Store> };
    const store = await type.fromFile(pathToFileURL(path.join(folder, 'data-store.json')));
    let told = 0;
    onStoreChange(() => told++);
    store.set('people', 'ayo', { name: 'Ayo Odera' });
    store.set('people', 'amina', { name: 'Amina Wekesa' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(told).toBe(1);

    // The module's code, run as the dev server's module runner runs it (its export made a return):
    // the same Map, not a copy read from the file.
    const collections = new Function(liveStoreCode('"the file"').replace('export default ', 'return '))() as unknown;
    expect(collections).toBe(store._collections);
    expect([...(collections as Map<string, Map<string, unknown>>).get('people')!.keys()]).toEqual(['ayo', 'amina']);
  });

  it('saves the store once it has been left alone for three seconds, not half a second after its last change', { timeout: 20_000 }, async () => {
    const type = (await dataStoreClass()) as { fromFile(file: URL): Promise<Store> };
    const file = path.join(folder, 'saved', 'data-store.json');
    const store = await type.fromFile(pathToFileURL(file));
    store.set('people', 'ayo', { name: 'Ayo Odera' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(existsSync(file), 'after 1.5 s').toBe(false);
    const deadline = Date.now() + 10_000;
    while (!existsSync(file) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readFileSync(file, 'utf8')).toContain('Ayo Odera');
  });

  it('puts the save off while an ingest holds it, and saves after', { timeout: 30_000 }, async () => {
    const type = (await dataStoreClass()) as { fromFile(file: URL): Promise<Store> };
    const file = path.join(folder, 'held', 'data-store.json');
    const store = await type.fromFile(pathToFileURL(file));
    const release = holdStoreSave();
    store.set('people', 'amina', { name: 'Amina Wekesa' });
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    expect(existsSync(file), 'held for 4.5 s').toBe(false);
    release();
    const deadline = Date.now() + 10_000;
    while (!existsSync(file) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readFileSync(file, 'utf8')).toContain('Amina Wekesa');
  });
});
