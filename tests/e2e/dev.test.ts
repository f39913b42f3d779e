/**
 * The editor's loop: `astro dev` in a throwaway copy of the project, then a new
 * article written into its seeds folder; the new person's page must appear
 * without a restart, and the slug registry must stay as it was (only a
 * publishing build writes it). Never touches the checkout's seeds/ or content/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { astroEnv, checkoutRoot, copySite, removeSite, type BuiltSite } from '../support/site-build';

/** An article about an invented senator, who is in no seed. */
const newArticle = fileURLToPath(new URL('../fixtures/dev/zz-dev-loop.md', import.meta.url));
const newPerson = '/people/baraka-nyamweya/';

const browser = useBrowser();
let site: BuiltSite | undefined;
let server: ChildProcess | undefined;
let output = '';
let origin = '';
let registryBefore = '';

beforeAll(async () => {
  site = await copySite();
  // The project's committed registry, as a real checkout has it.
  await copyFile(path.join(checkoutRoot, 'slugs.lock.json'), site.registry);
  registryBefore = await readFile(site.registry, 'utf8');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it stops whatever it started.
  server = spawn(process.execPath, [path.join(checkoutRoot, 'node_modules', 'astro', 'astro.js'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: site.root,
    env: astroEnv(site),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  await until(async () => (await status(`${origin}/`)) === 200, 90_000, 'the dev server to serve the home page');
}, 120_000);

afterAll(async () => {
  if (server?.pid !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await Promise.race([exited, sleep(5_000)]);
    if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGKILL');
  }
  if (site) await removeSite(site);
});

test('a new article in seeds/ gives its person a page, within 20 seconds', { timeout: 60_000 }, async () => {
  expect(await status(`${origin}${newPerson}`), 'before the article is written').toBe(404);

  await copyFile(newArticle, path.join(site!.root, 'seeds', path.basename(newArticle)));
  const started = performance.now();
  await until(async () => (await status(`${origin}${newPerson}`)) === 200, 20_000, `${newPerson} to answer 200`);
  const seconds = (performance.now() - started) / 1000;

  const html = await (await fetch(`${origin}${newPerson}`)).text();
  expect(html).toContain('Baraka Nyamweya');
  expect(html, 'the quote from the new article').toContain('This plant belongs to the farmers');
  console.log(`dev: ${newPerson} appeared ${seconds.toFixed(1)} s after the article was written`);

  // The page exists, so the ingest has run (and would have written the registry by now).
  expect(await readFile(site!.registry, 'utf8'), 'slugs.lock.json after a dev session with a temporary article').toBe(registryBefore);
});

test('an article page open in the browser follows a save to its seed, without a reload by hand', { timeout: 60_000 }, async () => {
  const folder = path.join(site!.root, 'content', 'articles');
  const entry = JSON.parse(await readFile(path.join(folder, (await readdir(folder)).sort()[0]!), 'utf8')) as { slug: string; source: string };
  const page = await openPage(browser());
  await page.goto(`${origin}/articles/${entry.slug}/`);
  expect(await page.locator('.article-body').textContent()).not.toContain('An editor added this sentence');

  const seed = path.join(site!.root, 'seeds', entry.source);
  await writeFile(seed, `${(await readFile(seed, 'utf8')).trimEnd()} An editor added this sentence to the last paragraph.\n`);
  // The page reloads itself (the dev server's preview, then Astro's store); the test only waits.
  await page.locator('.article-body', { hasText: 'An editor added this sentence to the last paragraph.' }).waitFor({ timeout: 20_000 });
});

/** The HTTP status of `url`, or 0 while nothing answers. */
async function status(url: string): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Polls `check` until it holds; fails with the dev server's last output when it never does. */
async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) break;
    if (await check()) return;
    await sleep(250);
  }
  const tail = output.trimEnd().split('\n').slice(-40).join('\n');
  throw new Error(`waited ${timeoutMs / 1000} s for ${what}\n--- last lines of astro dev ---\n${tail}`);
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
