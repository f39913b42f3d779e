/**
 * A key–value store on disk for the ingest's caches: JSON values under hex
 * keys, kept in at most 256 shard files (one per first byte of the key) in a
 * folder per code version.
 *
 * One file per entry made a rebuild of 10,000 articles open 10,000 files just
 * to learn that nothing changed; one file for everything would be rewritten
 * whole for a one-article change. Shards are read all at once and only those
 * that changed are written back, each through a temporary file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { io } from './io-limit';

export interface CacheStore<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Writes back the shards that changed, without the entries no one asked for since the store was opened. */
  flush(): Promise<void>;
}

/** Opens the store of `version` in `folder`, dropping the folders of every other version. */
export async function openCacheStore<T>(folder: string, version: string): Promise<CacheStore<T>> {
  const root = path.join(folder, version);
  await mkdir(root, { recursive: true });
  const versions = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(versions.filter((name) => name !== version).map((name) => rm(path.join(folder, name), { recursive: true, force: true })));

  const shards = new Map<string, Map<string, T>>();
  for (const name of await readdir(root)) {
    if (!/^[0-9a-f]{2}\.json$/.test(name)) continue;
    const entries = await io(() => readFile(path.join(root, name), 'utf8'))
      .then((text) => new Map(Object.entries(JSON.parse(text) as Record<string, T>)))
      // A damaged shard is an empty one: its entries are made again.
      .catch(() => new Map<string, T>());
    shards.set(name.slice(0, 2), entries);
  }
  const used = new Set<string>();
  const dirty = new Set<string>();
  const shardOf = (key: string) => {
    const id = key.slice(0, 2).toLowerCase();
    const shard = shards.get(id) ?? new Map<string, T>();
    shards.set(id, shard);
    return { id, shard };
  };

  return {
    get(key) {
      used.add(key);
      return shardOf(key).shard.get(key);
    },
    set(key, value) {
      used.add(key);
      const { id, shard } = shardOf(key);
      shard.set(key, value);
      dirty.add(id);
    },
    async flush() {
      for (const [id, shard] of shards) {
        for (const key of shard.keys()) {
          if (used.has(key)) continue;
          shard.delete(key);
          dirty.add(id);
        }
      }
      await Promise.all(
        [...dirty].map((id) =>
          io(async () => {
            const file = path.join(root, `${id}.json`);
            const shard = shards.get(id) ?? new Map<string, T>();
            if (shard.size === 0) return rm(file, { force: true });
            const temporary = `${file}.${process.pid}.tmp`;
            await writeFile(temporary, JSON.stringify(Object.fromEntries(shard)));
            await rename(temporary, file);
          }),
        ),
      );
      dirty.clear();
    },
  };
}

/**
 * A hash of the code in `sources` (files, or folders of `.ts` files) and of
 * any extra text: a change to either starts a cache afresh.
 */
export async function codeVersion(sources: string[], ...extra: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const text of extra) hash.update(text).update('\0');
  for (const source of sources) {
    const names = source.endsWith('.ts') ? [''] : (await readdir(source)).filter((name) => name.endsWith('.ts')).sort();
    for (const name of names) hash.update(path.basename(path.join(source, name))).update(await readFile(path.join(source, name)));
  }
  return hash.digest('hex').slice(0, 16);
}
