// @ts-check
/**
 * The split builds of scripts/build.mjs: the pages in N parts on one machine
 * (one process per core), a shard of a CI matrix, and the merge of shards.
 * Which pages a part generates is src/site/shard.ts's business, told by
 * SIASA_PART; everything here is processes and folders.
 */
import { copyFile, link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildSplitError, MANIFEST, mergeFolders, readShards, shardManifest, writeManifest } from './merge-parts.mjs';
import { indexSite } from './pagefind.mjs';
import { partOf, pathKey, readPart } from './part-of.mjs';
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

  // Once, for every part: the ingest (which publishes the slug registry, as a
  // one-process build does) and Astro's content store.
  const synced = await runGuarded([astro, 'sync'], { ...env, SIASA_INGEST: 'publish' });
  if (synced !== 0) return synced;

  // Each part in a folder of its own, its cacheDir with the store: a hard
  // link where the disk allows (Astro writes the store by renaming a new file
  // over it, never in place, so a part that did would not touch the others'),
  // else a copy. The folders sit in the cacheDir, on the disk of the project,
  // so that the merge moves files instead of copying them.
  const work = path.join(cacheDir, 'parts');
  await rm(work, { recursive: true, force: true });
  const parts = [];
  for (let index = 1; index <= jobs; index++) {
    const folder = path.join(work, `${index}-of-${jobs}`);
    const part = { index, name: `part ${index}/${jobs}`, folder: path.join(folder, 'site'), cache: path.join(folder, 'cache') };
    await mkdir(part.cache, { recursive: true });
    parts.push(part);
  }
  const store = path.join(cacheDir, DATA_STORE);
  if (!(await writePartStores(store, parts, jobs))) {
    for (const part of parts) await link(store, path.join(part.cache, DATA_STORE)).catch(() => copyFile(store, path.join(part.cache, DATA_STORE)));
  }
  // The first part to fail stops the others: the build has failed, and its message is the one to read.
  const stop = new AbortController();
  /** @type {number | undefined} */
  let failed;
  await Promise.all(
    parts.map(async (part) => {
      const code = await runGuarded(
        [astro, 'build', ...astroArgs],
        { ...env, SIASA_PART: `${part.index}/${jobs}`, SIASA_INGEST: 'skip', SIASA_OUT_DIR: part.folder, SIASA_CACHE_DIR: part.cache },
        { label: part.name, signal: stop.signal },
      );
      if (code !== 0 && failed === undefined) {
        failed = code;
        stop.abort();
      }
    }),
  );
  if (failed !== undefined) return failed;

  const files = await mergeFolders(parts, outDir, { move: true });
  await rm(work, { recursive: true, force: true });
  say(`merged ${jobs} parts into ${path.relative(process.cwd(), outDir) || outDir}/: ${files} files`);
  await indexSite(outDir, (line) => console.log(`[siasa:pagefind] ${line}`));
  say(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

/**
 * Writes each part a content store without the HTML of the articles whose
 * pages other parts generate: it is most of the store (71% of its text at
 * 2,000 articles), and only an article's own page reads it
 * (src/pages/articles/[slug].astro), so a part holds all the metadata but
 * only its share of the HTML, in its content layer and in its pages alike.
 * Astro's content layer keeps the entries as given, since their files'
 * digests have not changed. Should a page other than the article's ever read
 * an article's HTML, the split build would differ from a one-process build,
 * which tests/unit/shards.test.ts compares byte for byte.
 *
 * The store is devalue's flat array (what Astro 5 writes): the collections'
 * Map at 0, each collection a Map of id → entry, each entry's `data` an
 * object of indices. Returns false, writing nothing, when the store is not
 * of that shape (another Astro), so that the parts get the whole store.
 *
 * @param {string} file
 * @param {{ index: number, cache: string }[]} parts
 * @param {number} count
 * @returns {Promise<boolean>}
 */
async function writePartStores(file, parts, count) {
  /** @type {unknown[]} */
  const flat = JSON.parse(await readFile(file, 'utf8'));
  const articles = mapEntries(flat, flat[0]).find(([name]) => flat[name] === 'articles');
  if (!articles) return false;
  /** @type {{ part: number, html: number }[]} */
  const bodies = [];
  for (const [, entryIndex] of mapEntries(flat, flat[articles[1]])) {
    const entry = /** @type {{ data?: number } | undefined} */ (flat[entryIndex]);
    const data = /** @type {{ slug?: number, html?: number } | undefined} */ (flat[entry?.data ?? -1]);
    const slug = flat[data?.slug ?? -1];
    if (typeof slug !== 'string' || typeof data?.html !== 'number' || typeof flat[data.html] !== 'string') return false;
    bodies.push({ part: partOf(pathKey('articles/[slug]', { slug }), count), html: data.html });
  }
  for (const part of parts) {
    // Two articles of the same text share one string: keep it if one of them is this part's.
    const kept = new Set(bodies.filter((body) => body.part === part.index).map((body) => body.html));
    /** @type {Map<number, unknown>} */
    const removed = new Map();
    for (const { html } of bodies) {
      if (kept.has(html) || removed.has(html)) continue;
      removed.set(html, flat[html]);
      flat[html] = '';
    }
    await writeFile(path.join(part.cache, DATA_STORE), JSON.stringify(flat));
    for (const [index, value] of removed) flat[index] = value;
  }
  return true;
}

/**
 * The [key, value] index pairs of a devalue Map (`["Map", k1, v1, …]`), or none.
 *
 * @param {unknown[]} flat
 * @param {unknown} map
 * @returns {[number, number][]}
 */
function mapEntries(flat, map) {
  if (!Array.isArray(map) || map[0] !== 'Map') return [];
  /** @type {[number, number][]} */
  const pairs = [];
  for (let i = 1; i + 1 < map.length; i += 2) pairs.push([map[i], map[i + 1]]);
  return pairs;
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
