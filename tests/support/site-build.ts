/**
 * Builds the site from a seed folder inside a throwaway copy of the project,
 * so that tests never write into the checkout's seeds/, content/ or dist/.
 * A copy can be rebuilt from other seeds, keeping its slug registry, as a
 * repository keeps its committed slugs.lock.json from one build to the next.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { joinOtherLane } from './priority';

/** The checkout this file lives in. */
export const checkoutRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * What a build reads from the checkout. Generated folders (content/, dist/,
 * .astro/) are left out on purpose: the copy must start from nothing but sources.
 */
const projectSources = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/** A build never takes this long; past it, a hung build fails the run instead of stalling CI. */
const buildTimeoutMs = 5 * 60_000;

export interface BuildSiteOptions {
  /**
   * The seed folder to build from, relative to the checkout or absolute (default:
   * its seeds/); several are copied into one, later files replacing earlier ones.
   */
  seeds?: string | string[];
  /** The base path the site is published under, e.g. `/kenya/` (SIASA_BASE). */
  base?: string;
  /** The site's origin, e.g. `https://example.org` (SIASA_SITE). */
  site?: string;
  /** More environment for the build. */
  env?: Record<string, string>;
  /** How long the build may take before it is killed (default five minutes; benchmarks build more). */
  timeoutMs?: number;
}

export interface BuiltSite {
  /** The temporary project copy; `removeSite` deletes it. */
  root: string;
  /** The built site, Pagefind bundle included. */
  dist: string;
  /** The collections the ingest wrote. */
  content: string;
  /** The slug registry the ingest keeps; it survives `rebuildSite`. */
  registry: string;
  /** How the site was built, for `rebuildSite`. */
  options: BuildSiteOptions;
}

/**
 * Copies the project and the seeds into a temporary folder and runs `astro build` there.
 *
 * @example
 * const site = await buildSite({ seeds: 'tests/fixtures/one-article', base: '/kenya/' });
 * try { ... } finally { await removeSite(site); }
 */
export async function buildSite(options: BuildSiteOptions = {}): Promise<BuiltSite> {
  const site = await copySite(options);
  try {
    await buildCopy(site);
    return site;
  } catch (error) {
    await removeSite(site);
    throw error;
  }
}

/**
 * Copies the project and the seeds into a temporary folder without building,
 * for a test that runs Astro there itself (`astro dev`) with `astroEnv(site)`.
 */
export async function copySite(options: BuildSiteOptions = {}): Promise<BuiltSite> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'siasa-site-'));
  const site: BuiltSite = {
    root,
    dist: path.join(root, 'dist'),
    content: path.join(root, 'content'),
    registry: path.join(root, 'slugs.lock.json'),
    options,
  };
  try {
    await copyProject(root, options.seeds ?? 'seeds');
    return site;
  } catch (error) {
    await removeSite(site);
    throw error;
  }
}

/**
 * Runs `astro build` in a copy made by `copySite`, as `buildSite` would have;
 * `signal` stops it. `background`: below the browser's queue, in the other lane
 * (tests/support/priority.ts; its Pagefind and workers inherit it).
 */
export async function buildCopy(site: BuiltSite, { signal, background = false }: { signal?: AbortSignal; background?: boolean } = {}): Promise<void> {
  await runAstroBuild(site.root, buildEnv(site, site.options), site.options.timeoutMs, signal, background);
}

/** The environment Astro's CLI runs with in a copy: its own seeds, output and cache, nothing inherited that changes a build. */
export function astroEnv(site: BuiltSite): NodeJS.ProcessEnv {
  return buildEnv(site, site.options);
}

/**
 * Builds a site made by `buildSite` again, in the same project copy, from
 * another seed folder (relative to the checkout or absolute). Its
 * slugs.lock.json and caches carry over; dist/ is built from scratch.
 *
 * @example
 * const site = await buildSite({ seeds: before });
 * await rebuildSite(site, after);
 */
export async function rebuildSite(site: BuiltSite, seeds: string | string[]): Promise<void> {
  await copySeeds(site.root, seeds);
  await rm(site.dist, { recursive: true, force: true });
  await runAstroBuild(site.root, buildEnv(site, site.options));
}

/** Deletes a site made by `buildSite`. */
export async function removeSite(site: Pick<BuiltSite, 'root'>): Promise<void> {
  await rm(site.root, { recursive: true, force: true });
}

async function copyProject(root: string, seeds: string | string[]): Promise<void> {
  for (const entry of projectSources) {
    const from = path.join(checkoutRoot, entry);
    if (await exists(from)) await cp(from, path.join(root, entry), { recursive: true });
  }
  await copySeeds(root, seeds);
  // Installing again would take minutes; the copy only reads packages (Astro's and
  // Vite's caches go to its own SIASA_CACHE_DIR: astro.config.mjs).
  await symlink(path.join(checkoutRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await mkdir(path.join(root, 'content'));
}

/** Replaces the copy's seeds/ with the given folders' files. */
async function copySeeds(root: string, seeds: string | string[]): Promise<void> {
  const folder = path.join(root, 'seeds');
  await rm(folder, { recursive: true, force: true });
  for (const from of [seeds].flat()) await cp(path.resolve(checkoutRoot, from), folder, { recursive: true });
}

function buildEnv(site: BuiltSite, options: BuildSiteOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Colour codes would garble the output quoted in a failure message.
    NO_COLOR: '1',
    ...options.env,
    // Last, so that nothing can point a test build at the checkout's folders.
    SIASA_SEEDS: './seeds',
    SIASA_OUT_DIR: site.dist,
    SIASA_CACHE_DIR: path.join(site.root, '.cache'),
  };
  // Inherited values would silently change what is built; only the caller's count.
  delete env.SIASA_BASE;
  delete env.SIASA_SITE;
  // Vitest copies import.meta.env into process.env (BASE_URL=/, MODE=test,
  // NODE_ENV=test…), and Astro reads import.meta.env.BASE_URL back from the
  // environment: inherited, they would build every site at the root, as a test build.
  for (const name of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST(_.*)?)$/.test(name)) delete env[name];
  }
  if (options.base !== undefined) env.SIASA_BASE = options.base;
  if (options.site !== undefined) env.SIASA_SITE = options.site;
  return env;
}

/** Runs Astro's CLI in `root`, and throws with the end of its output if the build fails. */
function runAstroBuild(root: string, env: NodeJS.ProcessEnv, timeoutMs = buildTimeoutMs, signal?: AbortSignal, background = false): Promise<void> {
  const astro = path.join(checkoutRoot, 'node_modules', 'astro', 'astro.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      ...(signal && { signal }),
    });
    if (background && child.pid !== undefined) joinOtherLane(child.pid);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(new Error(`astro build ${how}\n--- last lines of its output ---\n${tail(output, 60)}`));
    });
  });
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
