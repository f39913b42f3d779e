// @ts-check
/**
 * `npm run build [-- --jobs N | --shard I/N | --merge]`: builds the site.
 *
 * - Plain `npm run build` splits page generation over every core from three
 *   cores up (`os.availableParallelism()`, or `--jobs N` / SIASA_JOBS): the ingest and
 *   the content store run once (`astro sync`, publishing the slug registry),
 *   then N `astro build` processes each generate their part of the pages
 *   (src/site/shard.ts), their folders merge into dist/, and Pagefind indexes
 *   the merged site once. The result is byte for byte what one process makes;
 *   `--jobs 1` is that one process, a plain `astro build`.
 * - `--shard I/N` builds part I of N alone into dist-shards/I-of-N/, for one
 *   machine of a CI matrix: its own ingest (publishing nothing), its pages,
 *   no search index, and a manifest saying what it was built from.
 * - `--merge` checks that dist-shards/ holds shards 1…N of one build, merges
 *   them into dist/ and runs Pagefind once.
 *
 * Other arguments go to each `astro build`. Every child runs guarded: when a
 * heap runs out the user reads one sentence (scripts/out-of-memory.mjs) instead
 * of V8's GC log and stack traces. Plain JavaScript, so that a build needs
 * neither tsx nor any other devDependency.
 *
 * Tests replace the child with SIASA_BUILD_CHILD, a JSON array of Node
 * arguments (`["--max-old-space-size=16", "-e", "…"]`), run once, unsplit.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { BuildSplitError, setAside } from './merge-parts.mjs';
import { forgetPartStore } from './part-store.mjs';
import { runGuarded } from './run-guarded.mjs';
import { buildInParts, buildShard, cacheDirOf, mergeShards, outDirOf, parsePart } from './split-build.mjs';

const astro = fileURLToPath(new URL('../node_modules/astro/astro.js', import.meta.url));

/**
 * Our options out of the command line; the rest is Astro's.
 *
 * @param {string[]} argv
 */
function parseArguments(argv) {
  /** @type {{ jobs?: string, shard?: string, merge: boolean, astro: string[] }} */
  const parsed = { merge: false, astro: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const option = /^--(jobs|shard)(?:=(.*))?$/.exec(arg);
    if (option) {
      const value = option[2] ?? argv[++i];
      if (value === undefined) throw new BuildSplitError(`npm run build: --${option[1]} needs a value, e.g. --${option[1]} ${option[1] === 'jobs' ? '2' : '1/2'}.`);
      parsed[/** @type {'jobs' | 'shard'} */ (option[1])] = value;
    } else if (arg === '--merge') parsed.merge = true;
    else parsed.astro.push(arg);
  }
  return parsed;
}

/**
 * How many parts plain `npm run build` splits the pages into: one per core,
 * from three cores up. Every part bundles the site and loads the content
 * store again, which two cores do not win back: at 10,000 articles on this
 * project's 2-core machine, 183 s in two parts against 144 s in one (npm run
 * bench, quiet machine). `--jobs N` still splits anywhere.
 *
 * @param {string | undefined} value --jobs, else SIASA_JOBS
 */
function jobsOf(value) {
  if (value === undefined || value === '') {
    const cores = os.availableParallelism();
    return cores <= 2 ? 1 : cores;
  }
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new BuildSplitError(`npm run build: --jobs (or SIASA_JOBS) is "${value}", but it must be a whole number of processes, at least 1.`);
  return jobs;
}

async function main() {
  const child = process.env.SIASA_BUILD_CHILD;
  if (child) return runGuarded(/** @type {string[]} */ (JSON.parse(child)), process.env);
  // A part's variable inherited from the shell would leave this build waiting for a store.
  forgetPartStore(process.env);
  const options = parseArguments(process.argv.slice(2));
  const chosen = [options.merge && '--merge', options.shard !== undefined && '--shard', options.jobs !== undefined && '--jobs'].filter(Boolean);
  if (chosen.length > 1) throw new BuildSplitError(`npm run build: ${chosen.join(' and ')} do not go together; use one.`);
  if (options.merge) return mergeShards(process.env);
  if (options.shard !== undefined) return buildShard(astro, parsePart(options.shard, '--shard'), options.astro, process.env);
  const jobs = jobsOf(options.jobs ?? process.env.SIASA_JOBS);
  // The last build's site is deleted beside this one, not before it (see setAside).
  const { deleted } = await setAside(outDirOf(process.env), path.join(cacheDirOf(process.env), 'set-aside'));
  try {
    if (jobs === 1) return await runGuarded([astro, 'build', ...options.astro], process.env);
    return await buildInParts(astro, jobs, options.astro, process.env);
  } finally {
    await deleted;
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof BuildSplitError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
