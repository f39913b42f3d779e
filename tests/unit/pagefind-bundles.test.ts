/**
 * How scripts/pagefind.mjs splits a site's pages into search bundles: dealt in
 * turn, so that every bundle holds the same mix; a site that fits in one gets
 * one, with an empty list to merge; a bundle left by an earlier, bigger build
 * of the same folder goes.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite, pagesPerBundle, planBundles, slicePages } from '../../scripts/pagefind.mjs';

let site = '';
afterEach(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

async function siteOf(pages: string[]): Promise<string> {
  site = await mkdtemp(path.join(os.tmpdir(), 'siasa-bundles-'));
  for (const page of pages) {
    await mkdir(path.join(site, page), { recursive: true });
    await writeFile(path.join(site, page, 'index.html'), `<!doctype html><html lang="en"><head><title>${page}</title></head><body><main data-pagefind-body><h1>${page}</h1><p>Words about ${page}.</p></main></body></html>`);
  }
  return site;
}

describe('search bundles', () => {
  it('deals pages in turn into as few bundles as hold them', () => {
    expect(slicePages(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
    expect(slicePages(['a', 'b'], 2)).toEqual([['a', 'b']]);
    expect(slicePages([], 2)).toEqual([[]]);
  });

  it('keeps a site that fits in one bundle, and gives the profiles of a bigger one bundles of their own, first, the articles after', () => {
    const pages = ['articles/a', 'articles/b', 'articles/c', 'articles/d', 'parties/p', 'people/x', 'people/y'];
    expect(planBundles(pages, 7)).toEqual({ slices: [pages], articles: 0 });
    expect(planBundles(pages, 3)).toEqual({ slices: [['parties/p', 'people/x', 'people/y'], ['articles/a', 'articles/c'], ['articles/b', 'articles/d']], articles: 2 });
    expect(planBundles(pages, 2)).toEqual({
      slices: [['parties/p', 'people/y'], ['people/x'], ['articles/a', 'articles/c'], ['articles/b', 'articles/d']],
      articles: 2,
    });
    // Only one kind: nothing to search first.
    expect(planBundles(['articles/a', 'articles/b', 'articles/c'], 2)).toEqual({ slices: [['articles/a', 'articles/c'], ['articles/b']], articles: 0 });
  });

  it('takes the bundle size from SIASA_SEARCH_BUNDLE_PAGES, else 15,000', () => {
    expect(pagesPerBundle({})).toBe(15_000);
    expect(pagesPerBundle({ SIASA_SEARCH_BUNDLE_PAGES: '40' })).toBe(40);
    expect(pagesPerBundle({ SIASA_SEARCH_BUNDLE_PAGES: 'many' })).toBe(15_000);
  });

  it('indexes a site that fits in one bundle into pagefind/ alone, and removes the bundles of an earlier build and the slices of an interrupted one', async () => {
    const root = await siteOf(['articles/one', 'people/amina-wekesa', 'parties/jumuia-party']);
    await mkdir(path.join(root, 'pagefind-3'), { recursive: true });
    await writeFile(path.join(root, 'pagefind-3', 'pagefind-entry.json'), '{}');
    await mkdir(path.join(root, '.pagefind-slice-Ab12Cd', '2', 'articles', 'one'), { recursive: true });
    await indexSite(root, () => {});
    expect((await readdir(root)).filter((name) => name.includes('pagefind')).sort()).toEqual(['pagefind']);
    expect(JSON.parse(await readFile(path.join(root, 'pagefind', 'bundles.json'), 'utf8'))).toEqual({ merge: [], articles: [] });
    const entry = JSON.parse(await readFile(path.join(root, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(3);
  }, 60_000);

  it('lists the bundles of the articles apart in a site of several', async () => {
    const root = await siteOf(['articles/one', 'articles/two', 'articles/three', 'people/amina-wekesa', 'parties/jumuia-party']);
    process.env.SIASA_SEARCH_BUNDLE_PAGES = '2';
    try {
      await indexSite(root, () => {});
    } finally {
      delete process.env.SIASA_SEARCH_BUNDLE_PAGES;
    }
    expect(JSON.parse(await readFile(path.join(root, 'pagefind', 'bundles.json'), 'utf8'))).toEqual({ merge: ['pagefind-2/', 'pagefind-3/'], articles: ['pagefind-2/', 'pagefind-3/'] });
    const pageCount = async (folder: string) => JSON.parse(await readFile(path.join(root, folder, 'pagefind-entry.json'), 'utf8')).languages.en.page_count;
    expect([await pageCount('pagefind'), await pageCount('pagefind-2'), await pageCount('pagefind-3')]).toEqual([2, 2, 1]);
  }, 60_000);
});
