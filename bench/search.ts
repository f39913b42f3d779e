/**
 * `npm run bench:search -- [--articles N] [--queries Q] [--seed S] [--keep | --reuse DIR]`:
 * builds the site from a synthetic corpus (5,000 articles by default) in a
 * temporary folder, serves `dist/` as a static host would, loads /search/ in
 * Chromium and runs Q name queries through Pagefind as the search page does.
 * Prints what the first query cost on the wire, how long later queries take,
 * and the size of the Pagefind bundle. `--keep` keeps the built site;
 * `--reuse DIR` measures a site kept earlier (same articles and seed) without building.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { resultsPerPage, searchOptions } from '../src/search/options';
import { buildSite, removeSite, type BuiltSite } from '../tests/support/site-build';
import { serveStatic } from '../tests/support/static-server';
import { corpusTruth, generateCorpus, writeCorpus, type Corpus } from './corpus/index';
import { readCommandLine } from '../scripts/command-line';

const USAGE = 'usage: npm run bench:search -- [--articles N] [--queries Q] [--seed S] [--keep | --reuse DIR]';

/** The targets, on this machine. */
const targets = { firstQueryBytes: 250 * 1024, medianMs: 30 };
/** Results whose data the search page loads before it shows anything. */
const shownResults = resultsPerPage;

interface QueryTiming {
  query: string;
  /** `pagefind.search()` alone. */
  searchMs: number;
  /** The search and the data of the first results, as the page needs before it renders. */
  totalMs: number;
  results: number;
  /** The query's own profile came first. */
  profileFirst: boolean;
}

async function main(): Promise<number> {
  const { values } = readCommandLine({
    options: {
      articles: { type: 'string', default: '5000' },
      queries: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }, USAGE);
  const count = Number(values.articles);
  const queryCount = Number(values.queries);
  if (values.help || !Number.isInteger(count) || count < 1 || !Number.isInteger(queryCount) || queryCount < 2) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }

  const corpus = generateCorpus(count, values.seed);
  const queries = nameQueries(corpusTruth(corpus), queryCount);
  console.log(`bench:search: ${count} articles (seed ${values.seed}), ${queries.length} name queries`);
  console.log(`node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`);
  const site = values.reuse ? reusedSite(values.reuse) : await buildFrom(corpus);
  // A reused site is someone's to keep; a built one goes unless --keep.
  const keep = values.keep || values.reuse !== undefined;
  const server = await serveStatic(site.dist);
  // Debian's Chromium, as in the end-to-end tests (whose helper needs Vitest's runner).
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] }).catch(
    async (error: unknown) => {
      await server.close();
      if (!keep) await removeSite(site);
      throw error;
    },
  );
  try {
    // The first query as a reader makes it: the search page opened with the name in its address.
    // Everything Pagefind fetches counts (its resources' transfer sizes, headers and body, as the
    // browser times them), up to the first result shown (on a site in several bundles, the profile,
    // before the articles' bundles are asked for) and up to the whole list; the page's own HTML,
    // CSS and scripts do not.
    const reader = await (await browser.newContext()).newPage();
    await reader.addInitScript(firstResultClock);
    await reader.goto(new URL(`search/?q=${encodeURIComponent(queries[0]!)}`, server.url).href);
    const firstLink = reader.locator('.search-result__link').first();
    await firstLink.waitFor({ timeout: 120_000 });
    const firstHref = new URL((await firstLink.getAttribute('href'))!, server.url).pathname;
    await reader.locator('#search-status:not(:empty)').waitFor({ timeout: 120_000 });
    await reader.waitForLoadState('networkidle');
    const wire = await pagefindTransfers(reader);
    await reader.close();

    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    await page.waitForLoadState('networkidle');
    const [first] = await runQueries(page, queries.slice(0, 1));
    const rest = await runQueries(page, queries.slice(1));
    // The same queries again: every index chunk and fragment is cached, what is left is Pagefind's own work.
    const again = (await runQueries(page, queries.slice(1))).map((timing) => timing.totalMs).sort((a, b) => a - b);

    const totals = rest.map((timing) => timing.totalMs).sort((a, b) => a - b);
    const searches = rest.map((timing) => timing.searchMs).sort((a, b) => a - b);
    const bundle = await bundlesSize(site.dist);
    const profileFirst = [first!, ...rest].filter((timing) => timing.profileFirst).length;

    console.log('');
    console.log(`first query on the search page ("${first!.query}", ${first!.results} results):`);
    console.log(`  first result shown (${firstHref}) after ${kb(wire.shown.total)} on the wire, ${wire.shownMs.toFixed(0)} ms from the page's start`);
    for (const [group, bytes] of Object.entries(wire.shown.byGroup)) console.log(`    ${group.padEnd(22)} ${kb(bytes)}`);
    console.log(`  every result listed and counted after ${kb(wire.all.total)} on the wire, ${wire.listedMs.toFixed(0)} ms`);
    for (const [group, bytes] of Object.entries(wire.all.byGroup)) console.log(`    ${group.padEnd(22)} ${kb(bytes)}`);
    console.log(
      `later queries (${rest.length}, each fetching its own index chunks), search + data of the first ${shownResults}: median ${percentile(totals, 50).toFixed(1)} ms, p95 ${percentile(totals, 95).toFixed(1)} ms`,
    );
    console.log(`  pagefind.search() alone: median ${percentile(searches, 50).toFixed(1)} ms, p95 ${percentile(searches, 95).toFixed(1)} ms`);
    console.log(`  the same queries again, all files cached: median ${percentile(again, 50).toFixed(1)} ms, p95 ${percentile(again, 95).toFixed(1)} ms`);
    console.log(`the query's own profile first: ${profileFirst} of ${rest.length + 1} queries`);
    console.log(`search bundles: ${bundle.bundles} (pagefind/${bundle.bundles > 1 ? ', pagefind-2/…' : ''}), ${kb(bundle.bytes)} in ${bundle.files} files`);
    console.log('');
    console.log(`target first query ≤ ${kb(targets.firstQueryBytes)}: to its first result ${wire.shown.total <= targets.firstQueryBytes ? 'met' : 'MISSED'}, to the whole list ${wire.all.total <= targets.firstQueryBytes ? 'met' : 'MISSED'}`);
    console.log(`target median ≤ ${targets.medianMs} ms: ${percentile(totals, 50) <= targets.medianMs ? 'met' : 'MISSED'}`);
    return 0;
  } finally {
    await browser.close();
    await server.close();
    if (keep) console.log(`kept ${site.root}`);
    else await removeSite(site);
  }
}

/** Builds the site from the corpus, written to a temporary seed folder that is removed afterwards. */
async function buildFrom(corpus: Corpus): Promise<BuiltSite> {
  const seeds = await mkdtemp(path.join(os.tmpdir(), 'siasa-bench-search-corpus-'));
  try {
    await writeCorpus(seeds, corpus);
    const started = performance.now();
    const site = await buildSite({ seeds, timeoutMs: 60 * 60_000 });
    console.log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s: ${site.root}`);
    return site;
  } finally {
    await rm(seeds, { recursive: true, force: true });
  }
}

/** A site kept by an earlier `--keep` run. */
function reusedSite(root: string): Pick<BuiltSite, 'root' | 'dist'> {
  console.log(`reusing ${root}`);
  return { root, dist: path.join(root, 'dist') };
}

/** Names a reader would search for, spread over the cast: people first, then parties. */
function nameQueries(truth: ReturnType<typeof corpusTruth>, count: number): string[] {
  const names = [...truth.cast.people.map((person) => person.name), ...truth.cast.parties.map((party) => party.name)];
  const step = Math.max(1, Math.floor(names.length / count));
  return names.filter((_, index) => index % step === 0).slice(0, count);
}

/**
 * Times each query in the page, through the search page's own Pagefind module
 * and options, with every bundle the build wrote merged in as the page merges
 * them (src/search/bundles.ts: on a site in several bundles, the profiles'
 * searched before the articles'), and says whether the query's own profile (a
 * person's or party's page titled with the name) came first.
 */
async function runQueries(page: Page, queries: string[]): Promise<QueryTiming[]> {
  const base = new URL(page.url()).pathname;
  return page.evaluate(
    async ({ base, options, queries, shown }) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      await pagefind.options(options);
      // Every bundle the build wrote, merged as the search page merges them.
      // (The profiles' bundles merged into the module's Pagefind, the articles' into one of their own, searched after.)
      const { noWorker: _module, ...indexOptions } = options;
      const list = await fetch(`${base}pagefind/bundles.json`).then((response) => (response.ok ? response.json() : { merge: [] }));
      const apart: string[] = list.articles ?? [];
      for (const folder of (list.merge as string[]).filter((folder) => !apart.includes(folder))) await pagefind.mergeIndex(`${base}${folder}`, indexOptions);
      let articles: typeof pagefind | undefined;
      if (apart.length > 0) {
        articles = pagefind.createInstance({ ...options, basePath: `${base}${apart[0]}` });
        await articles.init();
        for (const folder of apart.slice(1)) await articles.mergeIndex(`${base}${folder}`, indexOptions);
      }
      const timings = [];
      for (const query of queries) {
        const start = performance.now();
        const found = await pagefind.search(query);
        const search = { results: [...found.results, ...(articles ? (await articles.search(query)).results : [])] };
        const searched = performance.now();
        const pages = await Promise.all(search.results.slice(0, shown).map((result: { data(): Promise<{ url: string; meta: { title?: string } }> }) => result.data()));
        const top = pages[0];
        const profileFirst = top !== undefined && /\/(people|parties)\//.test(top.url) && top.meta.title?.toLowerCase() === query.toLowerCase();
        timings.push({ query, searchMs: searched - start, totalMs: performance.now() - start, results: search.results.length, profileFirst });
      }
      return timings;
    },
    { base, options: searchOptions(base), queries, shown: shownResults },
  );
}

/** Runs in the page before its scripts: notes when the first result and the count show. */
function firstResultClock(): void {
  const clock = window as unknown as { firstShown?: number; listed?: number };
  new MutationObserver(() => {
    clock.firstShown ??= document.querySelector('.search-result__link') ? performance.now() : undefined;
    clock.listed ??= document.querySelector('#search-status')?.textContent ? performance.now() : undefined;
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** What Pagefind's files cost the page, by group: those that had arrived when the first result showed, and all. */
async function pagefindTransfers(page: Page) {
  const { entries, firstShown, listed } = await page.evaluate(() => {
    const clock = window as unknown as { firstShown: number; listed: number };
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      entries: resources.map((entry) => ({ url: entry.name, end: entry.responseEnd, bytes: entry.transferSize })),
      firstShown: clock.firstShown,
      listed: clock.listed,
    };
  });
  const tally = (until: number) => {
    const byGroup: Record<string, number> = {};
    for (const entry of entries) {
      const pathname = new URL(entry.url).pathname;
      if (!/\/pagefind(-\d+)?\//.test(pathname) || entry.end > until) continue;
      const group = fileGroup(pathname);
      byGroup[group] = (byGroup[group] ?? 0) + entry.bytes;
    }
    return { total: Object.values(byGroup).reduce((sum, bytes) => sum + bytes, 0), byGroup };
  };
  return { shown: tally(firstShown), all: tally(Number.POSITIVE_INFINITY), shownMs: firstShown, listedMs: listed };
}

function fileGroup(pathname: string): string {
  if (pathname.includes('/index/')) return 'index chunks';
  if (pathname.includes('/fragment/')) return 'fragments';
  if (pathname.includes('/filter/')) return 'filters';
  if (pathname.endsWith('.pf_meta') || pathname.endsWith('pagefind-entry.json') || pathname.endsWith('bundles.json')) return 'metadata';
  if (pathname.endsWith('.pagefind')) return 'WebAssembly';
  return 'scripts';
}

/** The size of every search bundle of the site: `pagefind/` and, for a site indexed in several, `pagefind-N/`. */
async function bundlesSize(dist: string): Promise<{ bundles: number; bytes: number; files: number }> {
  const folders = (await readdir(dist)).filter((name) => /^pagefind(-\d+)?$/.test(name));
  const sizes = await Promise.all(folders.map((folder) => folderSize(path.join(dist, folder))));
  return { bundles: folders.length, bytes: sizes.reduce((sum, size) => sum + size.bytes, 0), files: sizes.reduce((sum, size) => sum + size.files, 0) };
}

async function folderSize(folder: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:search failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
