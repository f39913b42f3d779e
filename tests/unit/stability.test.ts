/**
 * Addresses never break. Build a copy of seeds/, record every page's address
 * and whom it is about; then change the corpus four ways, rebuilding the same
 * project after each (its slugs.lock.json carried over, as a repository keeps
 * it), and check that every address recorded so far still answers 200 with
 * the same person, party or article, or redirects to it, and that the slug
 * registry only grew. The steps build on each other, in order.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import YAML from 'yaml';
import { pageUrls } from '../support/link-check';
import { readPage } from '../support/pages';
import { buildSite, checkoutRoot, rebuildSite, removeSite, type BuiltSite } from '../support/site-build';
import { serveStatic, type StaticServer } from '../support/static-server';

/** A second, different Wycliffe whose name slugifies like the seeds' Wycliffe Oparanya. */
const newcomerFile = path.join(checkoutRoot, 'tests/fixtures/stability/000-a-wycliffe-oparanya-trader.txt');
/** The seed naming Uhuru Kenyatta, Martha Karua and others that no other seed names. */
const removedSeed = '000_c7cc59b24c6a0a73.txt';

// Five builds of the seed corpus, each a few seconds; CI machines are slower.
const stepTimeout = 300_000;

let seeds: string;
let site: BuiltSite | undefined;
let server: StaticServer | undefined;
/** Every address published so far (site path, no base) → the name its page was about last time. */
const known = new Map<string, string>();
/** Names whose addresses may answer "no longer here": their subject left every article. */
const departed = new Set<string>();
/** The registry's slugs per kind after the last build. */
let registryBefore: Record<string, string[]> = {};

beforeAll(async () => {
  seeds = await mkdtemp(path.join(os.tmpdir(), 'siasa-stability-seeds-'));
  await cp(path.join(checkoutRoot, 'seeds'), seeds, { recursive: true });
  site = await buildSite({ seeds });
  server = await serveStatic(site.dist);
  await recordAddresses();
}, stepTimeout);

afterAll(async () => {
  await server?.close();
  if (site) await removeSite(site);
  await rm(seeds, { recursive: true, force: true });
});

test('a newcomer whose name slugifies like another’s gets an address of its own', { timeout: stepTimeout }, async () => {
  await cp(newcomerFile, path.join(seeds, path.basename(newcomerFile)));
  await rebuildAndCheck({});

  expect(await readPage(at('people/wycliffe-oparanya/')), 'the first Wycliffe keeps the bare slug').toMatchObject({
    kind: 'page',
    heading: 'Wycliffe Oparanya',
  });
  const newcomer = [...known].filter(([, name]) => name === 'Wycliffe Øparanya').map(([address]) => address);
  expect(newcomer, 'the newcomer’s address: the same slug with a qualifier').toEqual([expect.stringMatching(/^people\/wycliffe-oparanya-[a-z0-9-]+\/$/)]);
});

test('a name re-spelled in the editorial file: the page keeps its address, under the new name', { timeout: stepTimeout }, async () => {
  await editEditorial((entries) => [...entries, { name: 'Kalonzo S. Musyoka', same_as: ['Kalonzo Musyoka'] }]);
  await rebuildAndCheck({ 'Kalonzo Musyoka': 'Kalonzo S. Musyoka' });

  // The old name stays an alias, so the entity keeps its row in the registry (src/pipeline/slugs.ts).
  expect(await readPage(at('people/kalonzo-musyoka/')), 'the old address').toMatchObject({ kind: 'page', heading: 'Kalonzo S. Musyoka' });
  expect(await redirectsFile(), '_redirects').not.toContain('/people/kalonzo-musyoka/ ');
});

test('two entities merged in the editorial file: the absorbed one’s address redirects', { timeout: stepTimeout }, async () => {
  const [newcomer] = [...known].find(([, name]) => name === 'Wycliffe Øparanya') ?? [];
  expect(newcomer, 'the newcomer’s address from the first step').toBeDefined();
  await editEditorial((entries) => [...entries, { name: 'Wycliffe Oparanya', same_as: ['Wycliffe Øparanya'] }]);
  await rebuildAndCheck({ 'Wycliffe Øparanya': 'Wycliffe Oparanya' });

  expect(await readPage(at(newcomer as string)), 'the newcomer’s address').toMatchObject({
    kind: 'moved',
    target: '/people/wycliffe-oparanya/',
  });
});

test('an article removed: its address and those of everyone only it named say so', { timeout: stepTimeout }, async () => {
  const removedSlug = registryRow('article', (row) => row.source === removedSeed)?.slug;
  expect(removedSlug, `${removedSeed} in slugs.lock.json`).toBeDefined();
  const leaving = await subjectsOnlyIn(removedSlug as string);
  // Without people who lose their last article, this step would test nothing of that.
  expect(leaving.length, 'people and parties named only in the removed article').toBeGreaterThan(1);

  await rm(path.join(seeds, removedSeed));
  // As an editor must: an entry naming no one in the articles stops the build.
  const remaining = await namesStillPublished(removedSlug as string);
  await editEditorial((entries) => entries.filter((entry) => [entry.name, ...(entry.same_as ?? [])].some((name) => remaining.has(name))));
  for (const name of leaving) departed.add(name);
  await rebuildAndCheck({});

  for (const name of leaving) {
    const [address] = [...known].find(([, known]) => known === name) ?? [];
    expect(await readPage(at(address as string)), `the address of ${name}`).toMatchObject({ kind: 'notice', heading: name });
  }
});

/** Rebuilds, checks every known address and the registry, then records this build's addresses. */
async function rebuildAndCheck(renamed: Record<string, string>): Promise<void> {
  await rebuildSite(site as BuiltSite, seeds);
  await expectAddressesKept(renamed);
  await expectRegistryGrew();
  await expectRedirectsListed();
  await recordAddresses();
}

/** Every known address answers 200 with its subject's page (renamed as given), a redirect to it, or a departure notice. */
async function expectAddressesKept(renamed: Record<string, string>): Promise<void> {
  const problems: string[] = [];
  for (const [address, name] of known) {
    const expected = renamed[name] ?? name;
    const page = await readPage(at(address));
    const where = `/${address} (the page of ${name})`;
    if (page.status !== 200) problems.push(`${where} answers ${page.status}`);
    else if (page.kind === 'page' && page.heading !== expected) problems.push(`${where} is now the page of ${page.heading}`);
    else if (page.kind === 'notice' && !(departed.has(expected) && page.heading === expected)) {
      problems.push(`${where} says that ${page.heading} is no longer here`);
    } else if (page.kind === 'moved') {
      const target = await readPage(new URL(page.target as string, (server as StaticServer).url).href);
      if (target.status !== 200 || target.kind !== 'page' || target.heading !== expected) {
        problems.push(`${where} redirects to ${page.target}: ${target.status}, ${target.kind} of ${target.heading}`);
      }
    }
  }
  expect(problems, 'addresses that no longer lead to their subject').toEqual([]);
}

/** Every slug of the last build is still a row of slugs.lock.json. */
async function expectRegistryGrew(): Promise<void> {
  const now = await registrySlugs();
  const lost = Object.entries(registryBefore).flatMap(([kind, slugs]) =>
    slugs.filter((slug) => !now[kind]?.includes(slug)).map((slug) => `${kind} ${slug}`),
  );
  expect(lost, 'rows that left slugs.lock.json').toEqual([]);
  registryBefore = now;
}

/** Every redirect page is also a line of _redirects, for hosts that read one. */
async function expectRedirectsListed(): Promise<void> {
  const lines = await redirectsFile();
  const missing: string[] = [];
  for (const url of await pageUrls((site as BuiltSite).dist, (server as StaticServer).url)) {
    const page = await readPage(url);
    const from = new URL(url).pathname;
    if (page.kind === 'moved' && !lines.includes(`${from} ${page.target} 301`)) missing.push(from);
  }
  expect(missing, 'redirect pages missing from _redirects').toEqual([]);
}

/** Adds this build's pages to `known`: each address with the name of the page it leads to. */
async function recordAddresses(): Promise<void> {
  const base = (server as StaticServer).url;
  for (const url of await pageUrls((site as BuiltSite).dist, base)) {
    const page = await readPage(url);
    const shown = page.kind === 'moved' ? await readPage(new URL(page.target as string, base).href) : page;
    known.set(url.slice(base.length), shown.heading);
  }
  registryBefore = await registrySlugs();
}

/** Names of the people and parties whose every article is `articleSlug`, and that article's title. */
async function subjectsOnlyIn(articleSlug: string): Promise<string[]> {
  const exported = await Promise.all(['people', 'parties', 'articles'].map((name) => readExport(name)));
  const [people, parties, articles] = exported as [Exported['people'], Exported['parties'], Exported['articles']];
  const only = [...(people ?? []), ...(parties ?? [])].filter((entity) => entity.articles.every((slug) => slug === articleSlug));
  const title = (articles ?? []).find((article) => article.slug === articleSlug)?.title;
  return [...only.map((entity) => entity.name), ...(title ? [title] : [])];
}

/** Every name and alias of the people and parties still in some article once `articleSlug` is gone. */
async function namesStillPublished(articleSlug: string): Promise<Set<string>> {
  const entities = [...((await readExport('people')) ?? []), ...((await readExport('parties')) ?? [])] as Exported['people'];
  const staying = entities.filter((entity) => entity.articles.some((slug) => slug !== articleSlug));
  return new Set(staying.flatMap((entity) => [entity.name, ...entity.aliases]));
}

interface Exported {
  people: { name: string; aliases: string[]; articles: string[] }[];
  parties: { name: string; aliases: string[]; articles: string[] }[];
  articles: { slug: string; title: string }[];
}

async function readExport(name: string): Promise<Exported[keyof Exported] | undefined> {
  const data = JSON.parse(await readFile(path.join((site as BuiltSite).dist, 'data', `${name}.json`), 'utf8'));
  return data[name];
}

interface EditorialEntity {
  name: string;
  same_as?: string[];
}

/** Rewrites the copy's editorial file, as an editor would. */
async function editEditorial(change: (entries: EditorialEntity[]) => EditorialEntity[]): Promise<void> {
  const file = path.join(seeds, 'editorial.yaml');
  const editorial = (YAML.parse(await readFile(file, 'utf8')) ?? {}) as { entities?: EditorialEntity[] };
  editorial.entities = change(editorial.entities ?? []);
  await writeFile(file, YAML.stringify(editorial));
}

type RegistryRow = { slug: string; source?: string };
let registryRows: Record<string, RegistryRow[]> = {};

async function registrySlugs(): Promise<Record<string, string[]>> {
  registryRows = JSON.parse(await readFile((site as BuiltSite).registry, 'utf8'));
  const kinds = ['person', 'party', 'article'];
  return Object.fromEntries(kinds.map((kind) => [kind, (registryRows[kind] ?? []).map((row) => row.slug)]));
}

function registryRow(kind: string, match: (row: RegistryRow) => boolean): RegistryRow | undefined {
  return (registryRows[kind] ?? []).find(match);
}

async function redirectsFile(): Promise<string> {
  return readFile(path.join((site as BuiltSite).dist, '_redirects'), 'utf8');
}

/** The served URL of a site path. */
function at(address: string): string {
  return new URL(address, (server as StaticServer).url).href;
}
