/**
 * `readCollection` (src/site/live-entries.ts): in `astro dev` a collection is
 * read again only where the live data store changed, and gives what reading it
 * whole would.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followLiveStore } from '../../src/integrations/live-store';
import { dataStoreClass } from '../../src/integrations/store-writes';
import { readCollection } from '../../src/site/live-entries';

interface Store {
  _collections: Map<string, Map<string, { id: string; data: unknown }>>;
  set(collection: string, key: string, value: unknown): void;
  delete(collection: string, key: string): void;
  clear(collection: string): void;
  waitUntilSaveComplete(): Promise<void>;
}
interface Entry {
  id: string;
  data: unknown;
}

describe('the collections read in astro dev', () => {
  let folder: string;
  let store: Store | undefined;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'siasa-live-entries-'));
  });
  // The store writes itself to disk a moment after each change: let it finish before its folder goes, or the write
  // fails later, in whichever test file the process (shared by the unit files) runs next.
  afterAll(async () => {
    await store?.waitUntilSaveComplete();
    await rm(folder, { recursive: true, force: true });
  });

  it('reads again only the entries changed since the last read, in the store order', async () => {
    expect(await followLiveStore()).toBe(true);
    const type = (await dataStoreClass()) as { fromFile(file: URL): Promise<Store> };
    const live = (store = await type.fromFile(pathToFileURL(path.join(folder, 'data-store.json'))));
    const person = (id: string, name: string) => live.set('people', id, { id, data: { name } });
    person('ayo', 'Ayo Odera');
    person('amina', 'Amina Wekesa');
    person('otieno', 'Otieno Barasa');
    // As getCollection and getEntry do: a copy of each entry's data.
    const calls = { all: 0, one: [] as string[] };
    const copy = (id: string): Entry => ({ id, data: structuredClone(live._collections.get('people')!.get(id)!.data) });
    const whole = () => [...live._collections.get('people')!.keys()].map(copy);
    const reader = {
      all: async () => (calls.all++, whole()),
      one: async (id: string) => (calls.one.push(id), copy(id)),
    };
    const first = await readCollection('people', reader);
    expect(first).toEqual(whole());
    expect(calls).toEqual({ all: 1, one: [] });

    const again = await readCollection('people', reader);
    expect(again[0]).toBe(first[0]);
    expect(calls).toEqual({ all: 1, one: [] });

    person('amina', 'Amina Wekesa Njoroge');
    live.delete('people', 'otieno');
    person('zawadi', 'Zawadi Olumbe');
    const changed = await readCollection('people', reader);
    expect(changed).toEqual(whole());
    expect(changed.map((entry) => entry.id)).toEqual(['ayo', 'amina', 'zawadi']);
    expect(changed[0]).toBe(first[0]);
    expect(calls).toEqual({ all: 1, one: ['amina', 'zawadi'] });

    // A cleared collection, and one the store does not hold, are read whole.
    live.clear('people');
    person('ayo', 'Ayo Odera');
    expect(await readCollection('people', reader)).toEqual(whole());
    expect(calls.all).toBe(2);
    const retired = await readCollection('retired', { all: async () => [], one: async () => undefined });
    expect(retired).toEqual([]);
  });
});
