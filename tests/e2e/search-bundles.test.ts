/**
 * Search on a site indexed in several Pagefind bundles, as a site too big for
 * one index is (scripts/pagefind.mjs): the search fixture under `/kenya/`,
 * built with a bundle size of three pages so that its dozen pages need
 * several. The search page must find across all of them: names, filters,
 * and the date order, which Pagefind's own merge (by score) would lose.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { openPage, useBrowser, visit as visitSite } from '../support/browser';
import { checkRanking, rankingCases, rankingReport, readProfiles, resultPaths as results } from '../support/search-ranking';
import { useServedSite } from '../support/background-sites';

const base = '/kenya/';
const served = useServedSite('search-bundles');
const browser = useBrowser();
/** A fresh page on `sitePath` under the base path (`search/?q=x`). */
const visit = (sitePath: string) => visitSite(browser(), served().server.url, sitePath);



/** The page a Pagefind fragment file is of: its URL, from the gzipped JSON after Pagefind's signature. */
async function fragmentUrl(file: string): Promise<string> {
  const json = gunzipSync(await readFile(file)).toString('utf8').replace(/^pagefind_dcd/, '');
  return (JSON.parse(json) as { url: string }).url;
}

/** The pages of the site that ask to be searched (`data-pagefind-body`). */
async function searchablePages(dist: string): Promise<number> {
  let count = 0;
  for (const section of ['articles', 'people', 'parties']) {
    for (const entry of await readdir(path.join(dist, section))) {
      const html = await readFile(path.join(dist, section, entry, 'index.html'), 'utf8').catch(() => '');
      if (html.includes('data-pagefind-body')) count += 1;
    }
  }
  return count;
}

describe('a site indexed in several bundles', () => {
  test('has them all listed for the search page, each page in exactly one', async () => {
    const dist = served().site.dist;
    const folders = (await readdir(dist)).filter((name) => /^pagefind(-\d+)?$/.test(name)).sort();
    expect(folders.length).toBeGreaterThan(2);
    const list = JSON.parse(await readFile(path.join(dist, 'pagefind', 'bundles.json'), 'utf8')) as { merge: string[] };
    expect(list.merge.sort()).toEqual(folders.filter((name) => name !== 'pagefind').map((name) => `${name}/`));
    let pages = 0;
    for (const folder of folders) {
      const entry = JSON.parse(await readFile(path.join(dist, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      const counts = Object.values(entry.languages).map((language) => language.page_count);
      expect(Math.max(...counts), folder).toBeLessThanOrEqual(3);
      pages += counts.reduce((sum, count) => sum + count, 0);
    }
    expect(pages).toBe(await searchablePages(dist));
  });

  test('every name and alias of the fixture finds its profile in every bundle size', async () => {
    // Pagefind weighs a word by its rarity in its own bundle, so with three
    // pages a bundle the order of close results may change; what must not is
    // that every profile is found near the top. First place across bundles of
    // real size (15,000 pages, dealt in turn) is measured by bench:search: the
    // profile came first for 50 of 50 names at 10,000 articles in 3 bundles.
    const profiles = await readProfiles(served().site.content);
    const page = await visit('search/');
    const outcomes = await checkRanking(page, base, rankingCases(profiles, ['canonical', 'alias', 'lower case', 'folded', 'surname', 'first name']));
    const missing = outcomes.filter((outcome) => !outcome.top.includes(outcome.target.path));
    expect(missing.length, rankingReport('fixture in several bundles', outcomes)).toBe(0);
    expect(outcomes.filter((outcome) => outcome.passed).length).toBeGreaterThan(outcomes.length * 0.75);
  });

  test('the search page finds a profile and filters by kind across bundles', async () => {
    expect((await results(await visit('search/?q=matiangi')))[0]).toBe('/kenya/people/bosire-matiangi/');
    expect((await results(await visit('search/?q=matiangi&kind=article'))).sort()).toEqual([
      '/kenya/articles/matiangi-rallies-nyamira-leaders-behind-jubilee/',
      '/kenya/articles/moraa-and-matiangi-meet-in-kisii/',
    ]);
  });

  test('keeps the profiles in bundles of their own, searched first: a name shows its profile before any bundle of the articles is fetched', async () => {
    const dist = served().site.dist;
    const list = JSON.parse(await readFile(path.join(dist, 'pagefind', 'bundles.json'), 'utf8')) as { merge: string[]; articles: string[] };
    expect(list.articles.length).toBeGreaterThan(0);
    // Which bundle holds which pages: Pagefind names no page in its files, so the fragments' URLs tell.
    for (const folder of ['pagefind/', ...list.merge]) {
      const fragments = await readdir(path.join(dist, folder, 'fragment'));
      const urls = await Promise.all(fragments.map(async (file) => fragmentUrl(path.join(dist, folder, 'fragment', file))));
      // (Pagefind keeps URLs from the indexed folder; the page adds the base path.)
      const articles = urls.filter((url) => url.startsWith('/articles/'));
      expect(articles.length, folder).toBe(list.articles.includes(folder) ? urls.length : 0);
    }

    const page = await openPage(browser());
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    await page.route(
      (url) => list.articles.some((folder) => url.pathname.startsWith(`${base}${folder}`)),
      async (route) => {
        asked.push(route.request().url());
        await held;
        await route.continue();
      },
    );
    await page.goto(new URL('search/?q=matiangi', served().server.url).href);
    await expect
      .poll(() => page.locator('.search-result__link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)), { timeout: 15_000 })
      .toEqual(['/kenya/people/bosire-matiangi/']);
    // Still counting: the articles' bundles are asked for, and held.
    expect(await page.locator('#search-status').textContent()).toBe('');
    release();
    const found = await results(page);
    expect(found[0]).toBe('/kenya/people/bosire-matiangi/');
    expect(found.slice(1, 3).sort()).toEqual(['/kenya/articles/matiangi-rallies-nyamira-leaders-behind-jubilee/', '/kenya/articles/moraa-and-matiangi-meet-in-kisii/']);
    expect(asked.length).toBeGreaterThan(0);
  });

  test('?sort=newest and ?sort=oldest order the dated articles of every bundle by date', async () => {
    const newest = ['moraa-and-matiangi-meet-in-kisii', 'matiangi-rallies-nyamira-leaders-behind-jubilee', 'speaker-and-kisumu-mp-trade-words-over-budget-cuts'];
    const page = await visit('search/?sort=newest');
    expect((await results(page)).map((p) => p.split('/')[3])).toEqual(newest);
    expect(await page.locator('.search-result__detail').allTextContents()).toEqual(['15 January 2025', '4 March 2024', '20 November 2023']);
    expect(await page.locator('#search-status').textContent()).toBe('3 dated articles, newest first');
    const oldest = await visit('search/?sort=oldest');
    expect((await results(oldest)).map((p) => p.split('/')[3])).toEqual([...newest].reverse());
  });
});
