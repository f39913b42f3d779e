// @ts-check
/**
 * Merging the folders of a split build (scripts/split-build.mjs) into one
 * site, and the manifest each shard of a CI matrix leaves beside its pages so
 * that the merge can tell whether the shards fit together. Plain JavaScript:
 * a build needs no devDependency.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';

/** A failure the user can act on: scripts/build.mjs prints its message as one line, without a stack. */
export class BuildSplitError extends Error {}

/**
 * Every file under `folder`, as paths relative to it with `/` separators, sorted.
 *
 * @param {string} folder
 * @returns {Promise<string[]>}
 */
export async function filesUnder(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Empties `folder` but for `.git`, as `astro build` does with its outDir (a
 * site published from a Git checkout of its own keeps it).
 *
 * @param {string} folder
 */
export async function emptyFolder(folder) {
  await mkdir(folder, { recursive: true });
  for (const name of await readdir(folder)) {
    if (name !== '.git') await rm(path.join(folder, name), { recursive: true, force: true });
  }
}

/**
 * Moves what `folder` holds (but `.git`) into a new folder under `aside`, one
 * rename per entry, and deletes it there without waiting: `deleted` settles
 * when the deletion is done (a bare promise returned from an async function
 * would be waited for, and the deletion would run before the build). A site of 10,000 articles is
 * 100,000 files, and deleting them before a build (as `astro build` empties its
 * outDir) took from seconds to a minute of a busy machine; set aside, they go
 * on the other core while the build runs. An entry that cannot be renamed (its
 * folder on another disk) stays, for the build to empty as before.
 *
 * @param {string} folder
 * @param {string} aside a folder of its own on the same disk (in the cache folder), deleted whole
 * @returns {Promise<{ deleted: Promise<void> }>}
 */
export async function setAside(folder, aside) {
  const names = await readdir(folder).catch(() => /** @type {string[]} */ ([]));
  if (names.length === 0) return { deleted: Promise.resolve() };
  await mkdir(aside, { recursive: true });
  const bin = await mkdtemp(path.join(aside, 'previous-output-'));
  for (const name of names) {
    if (name !== '.git') await rename(path.join(folder, name), path.join(bin, name)).catch(() => {});
  }
  // All of `aside`: a build stopped before its deletion ended left its bin there.
  return { deleted: rm(aside, { recursive: true, force: true }) };
}

/**
 * Merges the site folders of the parts into `target` (emptied first). The
 * parts generated disjoint pages, but each wrote the same bundle (`_astro/`)
 * and the same public/ files: a path written by two parts must hold the same
 * bytes, or the parts were not built from the same code and content, and the
 * merge stops rather than keep one of them silently. `move` renames files
 * (the parts' folders are thrown away after), otherwise they are copied.
 *
 * @param {{ name: string, folder: string }[]} parts
 * @param {string} target
 * @param {{ move: boolean }} options
 * @returns {Promise<number>} how many files the merged site holds
 */
export async function mergeFolders(parts, target, { move }) {
  await emptyFolder(target);
  /** @type {Map<string, string>} which part wrote each path first */
  const writer = new Map();
  /** @type {Map<string, Promise<unknown>>} each folder made once, and waited for by every file in it */
  const folders = new Map();
  const limit = pLimit(32);
  for (const part of parts) {
    const files = await filesUnder(part.folder);
    await Promise.all(
      files.map((file) =>
        limit(async () => {
          const from = path.join(part.folder, file);
          const to = path.join(target, file);
          const first = writer.get(file);
          if (first !== undefined) {
            const [ours, theirs] = await Promise.all([readFile(from), readFile(to)]);
            if (!ours.equals(theirs)) {
              throw new BuildSplitError(`npm run build: ${first} and ${part.name} both wrote ${file}, with different bytes, so they were not built from the same code and content; build them again from one checkout.`);
            }
            return;
          }
          writer.set(file, part.name);
          const folder = path.dirname(to);
          if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
          await folders.get(folder);
          if (move) await rename(from, to);
          else await copyFile(from, to);
        }),
      ),
    );
  }
  return writer.size;
}

/**
 * SHA-256 over the files under some folders and files of `root` (names and
 * bytes, in a fixed order): what identifies the code or the content a shard
 * was built from. Missing ones count as empty.
 *
 * @param {string} root
 * @param {string[]} entries
 */
export async function digestOf(root, entries) {
  const hash = createHash('sha256');
  for (const entry of entries) {
    const full = path.join(root, entry);
    /** @type {string[]} */
    let files;
    try {
      files = (await filesUnder(full)).map((file) => `${entry}/${file}`);
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code === 'ENOTDIR') files = [entry];
      else if (code === 'ENOENT') continue;
      else throw error;
    }
    for (const file of files) {
      const bytes = await readFile(path.join(root, file));
      hash.update(`${file}\0${bytes.length}\0`);
      hash.update(bytes);
    }
  }
  return hash.digest('hex');
}

/**
 * @typedef {{ shard: number, of: number, code: string, content: string, settings: Record<string, string | null> }} ShardManifest
 */

/** The manifest's name inside a shard's folder, beside its `site/`. */
export const MANIFEST = 'shard.json';

/** What a build reads besides the content: a shard built from other code makes other pages. */
const CODE = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Settings that change every page; shards must agree on them. */
const SETTINGS = ['SIASA_BASE', 'SIASA_SITE', 'SIASA_LANG'];

/**
 * The manifest of shard `part` built in `root` with `env`.
 *
 * @param {string} root
 * @param {{ index: number, count: number }} part
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<ShardManifest>}
 */
export async function shardManifest(root, part, env) {
  return {
    shard: part.index,
    of: part.count,
    code: await digestOf(root, CODE),
    content: await digestOf(root, ['content']),
    settings: Object.fromEntries(SETTINGS.map((name) => [name, env[name] ?? null])),
  };
}

/** @param {string} file @param {ShardManifest} manifest */
export function writeManifest(file, manifest) {
  return writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Reads the shards under `folder` and checks that they fit together: every
 * shard 1…N of one N, once each, from the same code, content and settings.
 * Throws a one-line BuildSplitError naming what is wrong.
 *
 * @param {string} folder e.g. dist-shards/
 * @returns {Promise<{ name: string, folder: string, manifest: ShardManifest }[]>} in shard order
 */
export async function readShards(folder) {
  const shown = path.relative(process.cwd(), folder) || folder;
  /** @type {string[]} */
  let names;
  try {
    names = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    throw new BuildSplitError(`npm run build -- --merge: there is no ${shown}/ to merge; build the shards first with npm run build -- --shard I/N.`);
  }
  /** @type {{ name: string, folder: string, manifest: ShardManifest }[]} */
  const shards = [];
  for (const name of names) {
    const file = path.join(folder, name, MANIFEST);
    /** @type {ShardManifest} */
    let manifest;
    try {
      manifest = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      throw new BuildSplitError(`npm run build -- --merge: ${shown}/${name} has no readable ${MANIFEST}, so it is not a finished shard; build it again with npm run build -- --shard I/N.`);
    }
    shards.push({ name, folder: path.join(folder, name, 'site'), manifest });
  }
  if (shards.length === 0) throw new BuildSplitError(`npm run build -- --merge: ${shown}/ holds no shards; build them first with npm run build -- --shard I/N.`);
  const list = shards.map((shard) => `${shard.manifest.shard}/${shard.manifest.of}`).join(', ');
  const counts = new Set(shards.map((shard) => shard.manifest.of));
  if (counts.size > 1) {
    throw new BuildSplitError(`npm run build -- --merge: ${shown}/ holds shards of different splits (${list}); keep only those of one N.`);
  }
  const count = shards[0]?.manifest.of ?? 0;
  for (let index = 1; index <= count; index++) {
    const found = shards.filter((shard) => shard.manifest.shard === index).length;
    if (found === 0) throw new BuildSplitError(`npm run build -- --merge: shard ${index}/${count} is missing from ${shown}/ (found ${list}); build it with npm run build -- --shard ${index}/${count}.`);
    if (found > 1) throw new BuildSplitError(`npm run build -- --merge: shard ${index}/${count} is in ${shown}/ twice (found ${list}); keep one.`);
  }
  const first = /** @type {ShardManifest} */ (shards[0]?.manifest);
  for (const shard of shards) {
    for (const [what, key] of /** @type {const} */ ([['code', 'code'], ['content', 'content']])) {
      if (shard.manifest[key] !== first[key]) {
        throw new BuildSplitError(`npm run build -- --merge: shard ${shard.manifest.shard}/${count} was built from other ${what} than shard ${first.shard}/${count}; build every shard from the same commit and seeds.`);
      }
    }
    if (JSON.stringify(shard.manifest.settings) !== JSON.stringify(first.settings)) {
      throw new BuildSplitError(`npm run build -- --merge: shard ${shard.manifest.shard}/${count} was built with other settings (${JSON.stringify(shard.manifest.settings)}) than shard ${first.shard}/${count} (${JSON.stringify(first.settings)}); build every shard with the same SIASA_BASE, SIASA_SITE and SIASA_LANG.`);
    }
  }
  return shards.sort((a, b) => a.manifest.shard - b.manifest.shard);
}
