// @ts-check
/**
 * The split builds of scripts/build.mjs: the pages in N parts on one machine
 * (one process per core), a shard of a CI matrix, and the merge of shards.
 * Which pages a part generates is src/site/shard.ts's business, told by
 * SIASA_PART; everything here is processes and folders.
 */
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildSplitError, MANIFEST, mergeFolders, readShards, shardManifest, writeManifest } from './merge-parts.mjs';
import { indexSite } from './pagefind.mjs';
import { readPart } from './part-of.mjs';
import { PART_STORE_ENV, readyMark } from './part-store.mjs';
import { runGuarded } from './run-guarded.mjs';

/** @typedef {{ index: number, count: number }} Part */

/**
 * "2/4" → { index: 2, count: 4 } (scripts/part-of.mjs, as src/site/shard.ts reads SIASA_PART).
 *
 * @param {string} text
 * @param {string} name the option, for the message
 * @returns {Part}
 */
export function parsePart(text, name) {
  const part = readPart(text);
  if (!part) throw new BuildSplitError(`npm run build: ${name} is "${text}", but it must be I/N with 1 ≤ I ≤ N, e.g. ${name} 1/2.`);
  return part;
}

/**
 * A line in the shape of Astro's log, so that the out-of-memory sentence can name the step.
 *
 * @param {string} line
 */
function say(line) {
  const time = new Date().toLocaleTimeString('en-GB', { hour12: false });
  console.log(`${time} [siasa:build] ${line}`);
}

/** @param {NodeJS.ProcessEnv} env */
export const outDirOf = (env) => path.resolve(env.SIASA_OUT_DIR ?? 'dist');
/** @param {NodeJS.ProcessEnv} env */
export const cacheDirOf = (env) => path.resolve(env.SIASA_CACHE_DIR ?? 'node_modules/.astro');
/** @param {NodeJS.ProcessEnv} env */
const shardsDirOf = (env) => path.resolve(env.SIASA_SHARDS_DIR ?? 'dist-shards');

/** Where Astro keeps the content store in a build: its cacheDir. */
const DATA_STORE = 'data-store.json';

/**
 * `npm run build` on N cores: one ingest, N part builds side by side, one merge, one index.
 *
 * @param {string} astro the path of Astro's CLI
 * @param {number} jobs
 * @param {string[]} astroArgs
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>} the exit code
 */
export async function buildInParts(astro, jobs, astroArgs, env) {
  const outDir = outDirOf(env);
  const cacheDir = cacheDirOf(env);
  const started = performance.now();
  say(`building the pages in ${jobs} parts, one process each (--jobs 1 builds in one)`);

  // Each part in a folder of its own, its cacheDir to hold the store. The
  // folders sit in the cacheDir, on the disk of the project, so that the merge
  // moves files instead of copying them.
  const work = path.join(cacheDir, 'parts');
  await rm(work, { recursive: true, force: true });
  /** @type {{ index: number, name: string, folder: string, cache: string }[]} */
  const parts = [];
  for (let index = 1; index <= jobs; index++) {
    const folder = path.join(work, `${index}-of-${jobs}`);
    const part = { index, name: `part ${index}/${jobs}`, folder: path.join(folder, 'site'), cache: path.join(folder, 'cache') };
    await mkdir(part.cache, { recursive: true });
    parts.push(part);
  }
  // The first process to fail stops the others: the build has failed, and its message is the one to read.
  const stop = new AbortController();
  /** @type {number | undefined} */
  let failed;
  /** @param {number} code */
  const settle = (code) => {
    if (code !== 0 && failed === undefined) {
      failed = code;
      stop.abort();
    }
  };
  // The parts start once the ingest has extracted: their start-up and their
  // bundle need no content, and run beside the ingest's later stages and the
  // sync, which keep one core busy (started with the extraction, which keeps
  // every core busy, they slowed it more than they gained). Each skips the
  // content loaders and, before its first page, waits for its store
  // (scripts/part-store.mjs).
  /** @type {Promise<void> | undefined} */
  let building;
  const startParts = () => {
    building ??= Promise.all(
      parts.map(async (part) =>
        settle(
          await runGuarded(
            [astro, 'build', ...astroArgs],
            { ...env, SIASA_PART: `${part.index}/${jobs}`, SIASA_INGEST: 'skip', ...PART_STORE_ENV, SIASA_OUT_DIR: part.folder, SIASA_CACHE_DIR: part.cache },
            { label: part.name, signal: stop.signal },
          ),
        ),
      ),
    ).then(() => {});
  };
  // Once, for every part: the ingest (which publishes the slug registry, as a
  // one-process build does) and Astro's content store. Its progress line for
  // the last article extracted starts the parts (src/pipeline/progress.ts);
  // a corpus too small to report progress starts them after the sync.
  const extracted = /\bextract: (\d+)\/\1 articles/;
  settle(await runGuarded([astro, 'sync'], { ...env, SIASA_INGEST: 'publish' }, { signal: stop.signal, onLine: (line) => extracted.test(line) && startParts() }));
  if (failed === undefined) {
    // The store into each part's cacheDir: a hard link where the disk allows (Astro writes the store by
    // renaming a new file over it, never in place, so a part that did would not touch the others'),
    // else a copy; renamed into place, so that it replaces whatever the part's own start wrote there.
    // The part reads no article bodies from the store (src/content-files.ts): they are in content/.
    const store = path.join(cacheDir, DATA_STORE);
    for (const part of parts) {
      const target = path.join(part.cache, DATA_STORE);
      const temporary = `${target}.${process.pid}.tmp`;
      await link(store, temporary).catch(() => copyFile(store, temporary));
      await rename(temporary, target);
      // The mark the part's store module waits for.
      await writeFile(readyMark(target), '');
    }
  }
  if (failed === undefined) startParts();
  await building;
  if (failed !== undefined) return failed;

  const files = await mergeFolders(parts, outDir, { move: true });
  await rm(work, { recursive: true, force: true });
  say(`merged ${jobs} parts into ${path.relative(process.cwd(), outDir) || outDir}/: ${files} files`);
  await indexSite(outDir, (line) => console.log(`[siasa:pagefind] ${line}`));
  say(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

/**
 * `npm run build -- --shard I/N`: one machine's share of a CI matrix.
 *
 * @param {string} astro
 * @param {Part} part
 * @param {string[]} astroArgs
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
export async function buildShard(astro, part, astroArgs, env) {
  const folder = path.join(shardsDirOf(env), `${part.index}-of-${part.count}`);
  await rm(folder, { recursive: true, force: true });
  // Its own ingest, publishing nothing: the registry is published once, by
  // `npm run ingest -- --publish` in the job that merges (README, "How it works").
  const code = await runGuarded(
    [astro, 'build', ...astroArgs],
    { ...env, SIASA_PART: `${part.index}/${part.count}`, SIASA_INGEST: 'look', SIASA_OUT_DIR: path.join(folder, 'site') },
    { label: `shard ${part.index}/${part.count}` },
  );
  if (code !== 0) return code;
  // Written last: a shard folder with a manifest is a finished shard.
  await writeManifest(path.join(folder, MANIFEST), await shardManifest(process.cwd(), part, env));
  say(`shard ${part.index}/${part.count} is in ${path.relative(process.cwd(), folder)}/; merge all ${part.count} with npm run build -- --merge`);
  return 0;
}

/**
 * `npm run build -- --merge`: the shards into dist/, then one search index.
 *
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
export async function mergeShards(env) {
  const outDir = outDirOf(env);
  const shards = await readShards(shardsDirOf(env));
  const count = shards.length;
  const files = await mergeFolders(
    shards.map((shard) => ({ name: `shard ${shard.manifest.shard}/${count}`, folder: shard.folder })),
    outDir,
    { move: false },
  );
  say(`merged ${count} shards into ${path.relative(process.cwd(), outDir) || outDir}/: ${files} files`);
  await indexSite(outDir, (line) => console.log(`[siasa:pagefind] ${line}`));
  return 0;
}
