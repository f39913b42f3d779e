/**
 * Long lists on pages of their own: the seed site built with tiny list sizes
 * (SIASA_LIST_SIZES=1,2,2: one article on a profile, two ties per kind, two
 * articles a page), so that its three articles page the way a corpus of
 * thousands does at 20, 24 and 100. Checks what each page lists, the links
 * between them, that search does not index them, html-validate and axe.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type ColorScheme } from '../support/axe';
import { backgroundSite } from '../support/background-sites';
import { useBrowser, visit } from '../support/browser';
import { validateSite } from '../support/html-validity';
import type { BuiltSite } from '../support/site-build';
import { serveStatic, type StaticServer } from '../support/static-server';

let en: BuiltSite;
let sw: BuiltSite;
let server: StaticServer;

beforeAll(async () => {
  [en, sw] = await Promise.all([backgroundSite('list-sizes'), backgroundSite('list-sizes-sw')]);
  server = await serveStatic(en.dist);
}, 660_000);

afterAll(async () => {
  await server?.close();
});

async function page(dist: string, sitePath: string): Promise<Document> {
  const html = await readFile(path.join(dist, sitePath, 'index.html'), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

const hrefs = (nodes: Iterable<Element>) => [...nodes].map((node) => node.getAttribute('href'));
const mainArticleLinks = (doc: Document) => hrefs(doc.querySelectorAll('main .article-list > li > a'));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('a profile with more articles than it shows', () => {
  test('shows the newest and links all of them on pages of their own, newest first, nothing lost', async () => {
    const profile = await page(en.dist, 'people/raila-odinga');
    const shown = mainArticleLinks(profile);
    expect(shown).toHaveLength(1);
    const more = profile.querySelector('#articles .more a');
    expect(text(more)).toBe('All 3 articles that mention Raila Odinga');
    expect(more?.getAttribute('href')).toBe('/people/raila-odinga/articles/');

    const first = await page(en.dist, 'people/raila-odinga/articles');
    const second = await page(en.dist, 'people/raila-odinga/articles/2');
    expect(mainArticleLinks(first)).toHaveLength(2);
    expect(mainArticleLinks(second)).toHaveLength(1);
    const all = [...mainArticleLinks(first), ...mainArticleLinks(second)];
    expect(new Set(all).size).toBe(3);
    // The profile's newest article heads the whole list.
    expect(all[0]).toBe(shown[0]);
    const dates = [...first.querySelectorAll('main time'), ...second.querySelectorAll('main time')].map((time) => time.getAttribute('datetime') ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(existsSync(path.join(en.dist, 'people/raila-odinga/articles/3'))).toBe(false);
  });

  test('its list pages are titled, linked to each other and back to the profile', async () => {
    const second = await page(en.dist, 'people/raila-odinga/articles/2');
    expect(text(second.querySelector('h1'))).toBe('Articles that mention Raila Odinga (page 2 of 2)');
    expect(text(second.querySelector('title'))).toMatch(/^Articles that mention Raila Odinga \(page 2 of 2\) · /);
    expect(second.querySelector('link[rel=prev]')?.getAttribute('href')).toBe('/people/raila-odinga/articles/');
    expect(second.querySelector('link[rel=next]')).toBeNull();
    const pager = second.querySelector('nav.pager[aria-label="Pages"]');
    expect(text(pager?.querySelector('.pager__status'))).toBe('Page 2 of 2');
    expect(pager?.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/people/raila-odinga/articles/');
    expect(pager?.querySelector('[aria-current=page]')?.getAttribute('href')).toBe('/people/raila-odinga/articles/2/');
    const crumbs = hrefs(second.querySelectorAll('.breadcrumbs a'));
    expect(crumbs).toEqual(['/', '/people/', '/people/raila-odinga/']);
    expect(text(second.querySelector('.breadcrumbs a[href="/people/raila-odinga/"]'))).toBe('Raila Odinga');

    const first = await page(en.dist, 'people/raila-odinga/articles');
    expect(first.querySelector('link[rel=next]')?.getAttribute('href')).toBe('/people/raila-odinga/articles/2/');
    expect(first.querySelector('link[rel=prev]')).toBeNull();
  });

  test('a party pages its articles the same way', async () => {
    const party = await page(en.dist, 'parties/azimio-la-umoja-one-kenya-coalition-party');
    expect(mainArticleLinks(party)).toHaveLength(1);
    expect(party.querySelector('#articles .more a')?.getAttribute('href')).toBe('/parties/azimio-la-umoja-one-kenya-coalition-party/articles/');
    const second = await page(en.dist, 'parties/azimio-la-umoja-one-kenya-coalition-party/articles/2');
    expect(text(second.querySelector('h1'))).toMatch(/^Articles that mention Azimio la Umoja One Kenya Coalition Party \(page 2 of 2\)$/);
  });
});

test('only profiles that show less than all their articles have articles pages, and link them', async () => {
  for (const section of ['people', 'parties']) {
    const slugs = (await readdir(path.join(en.dist, section), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(slugs.length).toBeGreaterThan(3);
    for (const slug of slugs) {
      const profile = await page(en.dist, `${section}/${slug}`);
      const linked = profile.querySelector(`#articles .more a[href="/${section}/${slug}/articles/"]`) !== null;
      expect(linked, `${section}/${slug} links its articles pages`).toBe(existsSync(path.join(en.dist, section, slug, 'articles', 'index.html')));
      expect(mainArticleLinks(profile).length).toBeLessThanOrEqual(1);
    }
  }
});

test('"Appears with" keeps the strongest on the profile and all of them, in the same order, on its own page', async () => {
  const profile = await page(en.dist, 'people/raila-odinga');
  const shownPeople = hrefs(profile.querySelectorAll('#co-mentions .columns > div:first-child li > a'));
  const shownParties = hrefs(profile.querySelectorAll('#co-mentions .columns > div:last-child li > a'));
  expect(shownPeople).toHaveLength(2);
  expect(shownParties).toHaveLength(2);
  const more = profile.querySelector('#co-mentions .more a');
  expect(more?.getAttribute('href')).toBe('/people/raila-odinga/appears-with/');

  const all = await page(en.dist, 'people/raila-odinga/appears-with');
  const [people, parties] = [...all.querySelectorAll('main ul.entity-list')].map((list) => hrefs(list.querySelectorAll('li > a')));
  expect(people!.slice(0, 2)).toEqual(shownPeople);
  expect(parties!.slice(0, 2)).toEqual(shownParties);
  expect(people!.length + parties!.length).toBeGreaterThan(4);
  expect(text(more)).toBe(`All ${people!.length + parties!.length} people and parties that Raila Odinga appears with`);
  expect(hrefs(all.querySelectorAll('.breadcrumbs a'))).toEqual(['/', '/people/', '/people/raila-odinga/']);
});

test('/articles/ is paginated, newest first, every article once', async () => {
  const first = await page(en.dist, 'articles');
  const second = await page(en.dist, 'articles/2');
  const all = [...mainArticleLinks(first), ...mainArticleLinks(second)];
  expect(mainArticleLinks(first)).toHaveLength(2);
  const articleDirs = (await readdir(path.join(en.dist, 'articles'), { withFileTypes: true })).filter((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name));
  expect(new Set(all)).toEqual(new Set(articleDirs.map((entry) => `/articles/${entry.name}/`)));
  expect(text(second.querySelector('h1'))).toBe('Articles (page 2 of 2)');
  expect(second.querySelector('link[rel=prev]')?.getAttribute('href')).toBe('/articles/');
  expect(hrefs(second.querySelectorAll('.breadcrumbs a'))).toEqual(['/', '/articles/']);
  expect(existsSync(path.join(en.dist, 'articles/3'))).toBe(false);
});

test('the home page shows the newest articles and links the whole list', async () => {
  const home = await page(en.dist, '');
  const shown = hrefs(home.querySelectorAll('#articles .article-list > li > a'));
  const first = await page(en.dist, 'articles');
  expect(shown).toEqual(mainArticleLinks(first).slice(0, 1));
  const more = home.querySelector('#articles .more a');
  expect(more?.getAttribute('href')).toBe('/articles/');
  expect(text(more)).toBe('All 3 articles, newest first');
  expect(text((await page(sw.dist, '')).querySelector('#articles .more a'))).toBe('Makala zote 3, za karibuni kwanza');
});

test('search indexes no list page: the pages it reads are those marked as a body', async () => {
  const listPages = ['articles', 'articles/2', 'people/raila-odinga/articles', 'people/raila-odinga/articles/2', 'people/raila-odinga/appears-with'];
  for (const listPage of listPages) {
    const doc = await page(en.dist, listPage);
    expect(doc.querySelector('[data-pagefind-body]'), listPage).toBeNull();
    expect(doc.querySelector('main > [data-pagefind-ignore="all"]'), listPage).not.toBeNull();
  }
  const html = (await readdir(en.dist, { recursive: true })).filter((file) => file.endsWith('.html'));
  let bodies = 0;
  for (const file of html) if ((await readFile(path.join(en.dist, file), 'utf8')).includes('data-pagefind-body')) bodies++;
  const entry = JSON.parse(await readFile(path.join(en.dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  expect(entry.languages.en.page_count).toBe(bodies);
});

test('the Kiswahili build names the list pages in Kiswahili', async () => {
  const second = await page(sw.dist, 'people/raila-odinga/articles/2');
  expect(second.documentElement.getAttribute('lang')).toBe('sw');
  expect(text(second.querySelector('h1'))).toBe('Makala zinazomtaja Raila Odinga (ukurasa 2 kati ya 2)');
  expect(text(second.querySelector('.pager__status'))).toBe('Ukurasa 2 kati ya 2');
  const party = await page(sw.dist, 'parties/azimio-la-umoja-one-kenya-coalition-party');
  expect(text(party.querySelector('#articles .more a'))).toBe('Makala zote 3 zinazokitaja Azimio la Umoja One Kenya Coalition Party');
  const articles = await page(sw.dist, 'articles/2');
  expect(text(articles.querySelector('h1'))).toBe('Makala (ukurasa 2 kati ya 2)');
});

test('every page of both builds is valid HTML', async () => {
  for (const site of [en, sw]) {
    const { pages, problems } = await validateSite(site.dist);
    expect(pages).toContain('people/raila-odinga/articles/2/index.html');
    expect(problems).toEqual([]);
  }
}, 120_000);

describe('axe on the list pages', () => {
  const browser = useBrowser();
  const paths = ['/articles/2/', '/people/raila-odinga/', '/people/raila-odinga/articles/2/', '/people/raila-odinga/appears-with/', '/parties/azimio-la-umoja-one-kenya-coalition-party/articles/'];
  // The wide layout in both schemes on one loaded page (tests/support/axe.ts); the phone's in the light one.
  const cases = [
    { schemes: ['light', 'dark'] as ColorScheme[], viewport: undefined },
    { schemes: ['light'] as ColorScheme[], viewport: { width: 390, height: 844 } },
  ];
  test.each(cases.flatMap((options) => paths.map((sitePath) => ({ sitePath, ...options }))))(
    '$sitePath, $schemes, $viewport.width',
    async ({ sitePath, schemes, viewport }) => {
      const tab = await visit(browser(), server.url, sitePath, { colorScheme: 'light', ...(viewport && { viewport }) });
      if (viewport) await tab.evaluate(() => document.querySelectorAll('details[data-disclosure]').forEach((details) => ((details as HTMLDetailsElement).open = true)));
      expect(await axeViolations(tab, schemes)).toEqual([]);
    },
  );
});
