/**
 * `npm run build` split into parts (one process per core) and into shards
 * (one machine each, then `--merge`) gives byte for byte the site one process
 * builds, search index included; a merge of shards that do not fit together
 * stops with one line. Built from the seeds and the invented articles of
 * tests/fixtures/search and tests/fixtures/shards (two of one title and date,
 * whose order no process may leave to chance), in throwaway copies of the project.
 */
import { spawn } from 'node:child_process';
import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/merge-parts.mjs';
import { isInThisPart, parsePart, partOf, pathKey } from '../../src/site/shard';
import { astroEnv, copySite, removeSite, type BuiltSite } from '../support/site-build';

const buildScript = fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url));
const seeds = ['seeds', 'tests/fixtures/search', 'tests/fixtures/shards'];
const buildTimeout = 8 * 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run build -- <args>` in a project copy, as a user runs it there. */
function npmRunBuild(site: BuiltSite, args: string[]): Promise<Run> {
  const env = astroEnv(site);
  delete env.SIASA_JOBS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [buildScript, ...args], { cwd: site.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function built(site: BuiltSite, args: string[]): Promise<void> {
  const run = await npmRunBuild(site, args);
  if (run.code !== 0) throw new Error(`npm run build -- ${args.join(' ')} exited with ${run.code}:\n${`${run.stdout}\n${run.stderr}`.trimEnd().split('\n').slice(-40).join('\n')}`);
}

/** Every file of a built site, by path, with its bytes. */
async function siteFiles(folder: string): Promise<Map<string, Buffer>> {
  const files = await filesUnder(folder);
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(folder, file))] as const)));
}

/** The paths whose bytes differ, or that only one site has: empty when the sites are the same. */
function differences(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const names = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  return names.filter((name) => {
    const a = expected.get(name);
    const b = actual.get(name);
    return !a || !b || !a.equals(b);
  });
}

describe('which part builds a page (src/site/shard.ts)', () => {
  it('puts every page in exactly one part, the same in every process, and spreads them', () => {
    const keys = Array.from({ length: 400 }, (_, i) => pathKey('people/[slug]', { slug: `mbunge-${i}` }));
    const parts = [1, 2, 3].map((index) => keys.filter((key) => isInThisPart(key, { index, count: 3 })));
    expect(parts.flat().sort()).toEqual([...keys].sort());
    for (const part of parts) expect(part.length).toBeGreaterThan(400 / 3 / 2);
    expect(keys.map((key) => partOf(key, 3))).toEqual(keys.map((key) => partOf(key, 3)));
    expect(partOf('people/[slug]/wanjiru-kamau', 1)).toBe(1);
  });

  it('reads I/N and refuses anything else with a sentence', () => {
    expect(parsePart('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', '2', 'one/two', '1/0']) expect(() => parsePart(bad)).toThrow(/must be I\/N with 1 ≤ I ≤ N/);
  });
});

describe('a part that runs out of heap', () => {
  it('is named in the one sentence, and its lines are labelled', async () => {
    const runGuarded = new URL('../../scripts/run-guarded.mjs', import.meta.url).href;
    const exhaust = 'console.log("12:00:00 [siasa:ingest] extract: 10/20 articles"); const a = []; for (;;) a.push(new Array(1e5).fill(1));';
    const script = `import { runGuarded } from ${JSON.stringify(runGuarded)};\nprocess.exitCode = await runGuarded(['--max-old-space-size=16', '-e', ${JSON.stringify(exhaust)}], process.env, { label: 'part 2/2' });`;
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const run = await new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(run.code).toBe(134);
    expect(run.stdout).toBe('[part 2/2] 12:00:00 [siasa:ingest] extract: 10/20 articles\n');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('npm run build stopped because the JavaScript heap ran out of memory (its limit, about 16 MB) at the step "[part-2/2] [siasa:ingest] extract: 10/20 articles"');
  }, 30_000);
});

describe('npm run build in parts and in shards', () => {
  let one: BuiltSite;
  let two: BuiltSite;
  let sharded: BuiltSite;
  let expected: Map<string, Buffer>;

  beforeAll(async () => {
    [one, two, sharded] = await Promise.all([copySite({ seeds }), copySite({ seeds }), copySite({ seeds })]);
    await built(one, ['--jobs', '1']);
    expected = await siteFiles(one.dist);
  }, buildTimeout);

  afterAll(() => Promise.all([one, two, sharded].filter(Boolean).map((site) => removeSite(site))));

  it('with 2 jobs builds the same dist/, byte for byte, as 1 job, and publishes the same slug registry', async () => {
    const run = await npmRunBuild(two, ['--jobs', '2']);
    expect(run.code, run.stderr).toBe(0);
    // Both parts really built pages: each labelled its lines.
    expect(run.stdout).toMatch(/^\[part 1\/2\] .*▶ src\/pages\//m);
    expect(run.stdout).toMatch(/^\[part 2\/2\] .*▶ src\/pages\//m);
    expect([...expected.keys()].some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(expected.has('people/index.html')).toBe(true);
    expect(differences(expected, await siteFiles(two.dist))).toEqual([]);
    expect(await readFile(two.registry, 'utf8')).toBe(await readFile(one.registry, 'utf8'));
  }, buildTimeout);

  it('--shard 1/2 and --shard 2/2, then --merge, build the same dist/ as one build, and publish no registry', async () => {
    await built(sharded, ['--shard', '1/2']);
    await built(sharded, ['--shard', '2/2']);
    const shards = path.join(sharded.root, 'dist-shards');
    // A shard is no site: neither search index nor every page.
    const first = await filesUnder(path.join(shards, '1-of-2', 'site'));
    const second = await filesUnder(path.join(shards, '2-of-2', 'site'));
    expect(first.some((file) => file.startsWith('pagefind/'))).toBe(false);
    // Each page is generated once: the shards share only the bundle and public/.
    const shared = first.filter((file) => second.includes(file) && !file.startsWith('_astro/'));
    expect(shared).toEqual(await filesUnder(path.join(sharded.root, 'public')));
    for (const page of ['index.html', '404.html', 'feed.xml', 'people/index.html']) expect(first.includes(page) !== second.includes(page), page).toBe(true);
    await built(sharded, ['--merge']);
    expect(differences(expected, await siteFiles(sharded.dist))).toEqual([]);
    // The registry is published by `npm run ingest -- --publish` (README), never by a shard.
    await expect(readFile(sharded.registry)).rejects.toThrow(/ENOENT/);
  }, buildTimeout);

  describe('a merge of shards that do not fit together', () => {
    const shardsOf = () => path.join(sharded.root, 'dist-shards');
    const aside = () => path.join(sharded.root, 'aside');

    /** Runs --merge and returns its stderr, expecting it to fail with one line and no stack. */
    async function failedMerge(): Promise<string> {
      const run = await npmRunBuild(sharded, ['--merge']);
      expect(run.code).toBe(1);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      return run.stderr.trim();
    }

    it('stops when a shard is missing, naming it and the command that builds it', async () => {
      await rename(path.join(shardsOf(), '2-of-2'), aside());
      try {
        expect(await failedMerge()).toBe(
          'npm run build -- --merge: shard 2/2 is missing from dist-shards/ (found 1/2); build it with npm run build -- --shard 2/2.',
        );
      } finally {
        await rename(aside(), path.join(shardsOf(), '2-of-2'));
      }
    });

    it('stops when the shards come from splits of different N', async () => {
      const stray = path.join(shardsOf(), '1-of-3');
      await cp(path.join(shardsOf(), '1-of-2'), stray, { recursive: true });
      const manifest = JSON.parse(await readFile(path.join(stray, 'shard.json'), 'utf8'));
      await writeFile(path.join(stray, 'shard.json'), JSON.stringify({ ...manifest, of: 3 }));
      try {
        expect(await failedMerge()).toBe('npm run build -- --merge: dist-shards/ holds shards of different splits (1/2, 1/3, 2/2); keep only those of one N.');
      } finally {
        await rm(stray, { recursive: true, force: true });
      }
    });

    it('stops when a shard was built from other content', async () => {
      const file = path.join(shardsOf(), '2-of-2', 'shard.json');
      const original = await readFile(file, 'utf8');
      await writeFile(file, JSON.stringify({ ...JSON.parse(original), content: '0'.repeat(64) }));
      try {
        expect(await failedMerge()).toBe(
          'npm run build -- --merge: shard 2/2 was built from other content than shard 1/2; build every shard from the same commit and seeds.',
        );
      } finally {
        await writeFile(file, original);
      }
    });

    it('stops when two shards wrote different bytes to one file', async () => {
      const site = path.join(shardsOf(), '2-of-2', 'site');
      const shared = (await filesUnder(site)).find((file) => file.startsWith('_astro/') && file.endsWith('.css'));
      expect(shared).toBeDefined();
      const file = path.join(site, shared as string);
      const original = await readFile(file);
      await writeFile(file, Buffer.concat([original, Buffer.from('\n/* edited */\n')]));
      try {
        expect(await failedMerge()).toBe(
          `npm run build: shard 1/2 and shard 2/2 both wrote ${shared}, with different bytes, so they were not built from the same code and content; build them again from one checkout.`,
        );
      } finally {
        await writeFile(file, original);
      }
    });
  });
});
