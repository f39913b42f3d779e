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
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { io } from './io-limit';

export interface CacheStore<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Writes back the shards that changed, without the entries no one asked for since the store was opened. */
  flush(): Promise<void>;
}

/**
 * The shards each store folder holds, kept in memory for the life of the
 * process: the dev server ingests again on every save, and reading and
 * parsing every shard costs seconds at 10,000 articles. Values are keyed by
 * what made them (content and code), so an entry is right whoever wrote it;
 * what another process added since is, at worst, a miss.
 */
const loaded = new Map<string, Loaded<unknown>>();

/** A store folder's shards, and the stat of each shard's file as this process last read or wrote it. */
interface Loaded<T> {
  shards: Map<string, Map<string, T>>;
  stats: Map<string, string>;
}

/** Lets go of every store's shards: a build ingests once, and its pages need the memory more. */
export function forgetCacheStores(): void {
  loaded.clear();
}

/** Opens the store of `version` in `folder`, dropping the folders of every other version. */
export async function openCacheStore<T>(folder: string, version: string): Promise<CacheStore<T>> {
  const root = path.join(path.resolve(folder), version);
  let memo = loaded.get(root) as Loaded<T> | undefined;
  if (!memo) {
    await dropOtherVersions(folder, version);
    for (const other of loaded.keys()) if (path.dirname(other) === path.resolve(folder)) loaded.delete(other);
    memo = { shards: new Map(), stats: new Map() };
    loaded.set(root, memo as Loaded<unknown>);
  }
  await mkdir(root, { recursive: true });
  // Shards another process wrote, or that were damaged, since this one last saw them are read again.
  await readShards(root, memo);
  const { shards, stats } = memo;
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
      await mkdir(root, { recursive: true });
      await Promise.all(
        [...dirty].map((id) =>
          io(async () => {
            const file = path.join(root, `${id}.json`);
            const shard = shards.get(id) ?? new Map<string, T>();
            if (shard.size === 0) {
              stats.delete(id);
              return rm(file, { force: true });
            }
            const temporary = `${file}.${process.pid}.tmp`;
            await writeFile(temporary, JSON.stringify(Object.fromEntries(shard)));
            await rename(temporary, file);
            stats.set(id, statKey(await stat(file)));
          }),
        ),
      );
      dirty.clear();
    },
  };
}

async function dropOtherVersions(folder: string, version: string): Promise<void> {
  const versions = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(versions.filter((name) => name !== version).map((name) => rm(path.join(folder, name), { recursive: true, force: true })));
}

function statKey(stats: { size: number; mtimeMs: number; ino: number }): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
}

/** Brings `memo` up to date with the shard files in `root`: reads those it has not seen as they are now, forgets those gone. */
async function readShards<T>(root: string, memo: Loaded<T>): Promise<void> {
  const present = new Set<string>();
  await Promise.all(
    (await readdir(root)).map(async (name) => {
      if (!/^[0-9a-f]{2}\.json$/.test(name)) return;
      const id = name.slice(0, 2);
      present.add(id);
      const file = path.join(root, name);
      const now = await stat(file).then(statKey, () => '');
      if (now !== '' && memo.stats.get(id) === now) return;
      const entries = await io(() => readFile(file, 'utf8'))
        .then((text) => new Map(Object.entries(JSON.parse(text) as Record<string, T>)))
        // A damaged shard is an empty one: its entries are made again.
        .catch(() => new Map<string, T>());
      // An entry this process already holds stays the same object: its key says what made it, so it
      // is right whoever wrote the file, and the ingest's memos know an unchanged article by its objects.
      const held = memo.shards.get(id);
      if (held) {
        for (const [key, value] of held) if (entries.has(key)) entries.set(key, value);
      }
      memo.shards.set(id, entries);
      memo.stats.set(id, now);
    }),
  );
  for (const id of [...memo.shards.keys()]) {
    if (present.has(id)) continue;
    memo.shards.delete(id);
    memo.stats.delete(id);
  }
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
