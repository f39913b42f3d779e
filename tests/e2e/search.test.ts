/**
 * The search experience on the seed site, in Chromium: a search kept in the
 * URL, filters, results that explain themselves, the live count, the `/`
 * shortcut, the keyboard alone, and the header form without JavaScript.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, useBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');

const browser = useBrowser();

/** A fresh page on `sitePath` (`/search/?q=x`), which must answer 200. */
async function visit(sitePath: string, page?: Page): Promise<Page> {
  page ??= await openPage(browser());
  const response = await page.goto(new URL(sitePath.replace(/^\//, ''), siteUrl).href);
  expect(response?.status(), `GET ${sitePath}`).toBe(200);
  return page;
}

/** Where a URL points inside the site, without the base path: `/people/x/`. */
function sitePathOf(href: string): string {
  const url = new URL(href, siteUrl);
  return `/${url.pathname.slice(new URL(siteUrl).pathname.length)}${url.search}`;
}

/** The status text once results are in (it is empty until the first search finishes). */
async function settledStatus(page: Page): Promise<string> {
  const status = page.locator('#search-status');
  await expect.poll(() => status.textContent(), { timeout: 15_000, message: 'the live region’s text' }).not.toBe('');
  return (await status.textContent())!;
}

/** Site paths of every result, "Show more" pressed until all are shown. */
async function allResultPaths(page: Page): Promise<string[]> {
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const shown = await page.locator('.search-result').count();
    await more.click();
    await expect.poll(() => page.locator('.search-result').count(), { message: 'results after "Show more"' }).toBeGreaterThan(shown);
  }
  return resultPaths(page);
}

/** Site paths of the rendered result links, in order. */
async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.search-result__link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map(sitePathOf);
}

describe('a search in the URL', () => {
  test('?q=odinga&kind=person loads only people, with the filter shown as chosen', async () => {
    const page = await visit('/search/?q=odinga&kind=person');
    const status = await settledStatus(page);
    const paths = await allResultPaths(page);
    expect(paths.length, 'results for "odinga" among people').toBeGreaterThan(0);
    expect(paths.filter((p) => !p.startsWith('/people/')), 'results that are not profiles of people').toEqual([]);
    expect(paths.slice(0, 2), 'the two Odingas first').toEqual(['/people/raila-odinga/', '/people/oburu-oginga/']);
    expect(status).toBe(`${paths.length} ${paths.length === 1 ? 'person' : 'people'} for “odinga”`);
    expect(await page.locator('#search-query').inputValue()).toBe('odinga');
    expect(await page.getByRole('radio', { name: 'People' }).isChecked(), 'the "People" filter').toBe(true);
  });

  test('typing and filtering keep the URL in step, so the search can be shared', async () => {
    const page = await visit('/search/');
    await page.locator('#search-query').fill('Kalonzo');
    await expect.poll(() => sitePathOf(page.url()), { message: 'the URL after typing' }).toBe('/search/?q=Kalonzo');
    await page.getByRole('radio', { name: 'Parties' }).check();
    await expect.poll(() => sitePathOf(page.url()), { message: 'the URL after choosing "Parties"' }).toBe('/search/?q=Kalonzo&kind=party');
    await page.locator('#search-party').selectOption('wiper-democratic-movement');
    await expect
      .poll(() => sitePathOf(page.url()), { message: 'the URL after choosing a party' })
      .toBe('/search/?q=Kalonzo&kind=party&party=wiper-democratic-movement');
    // The URL changes as a search starts; the live region speaks when its results are in.
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/ for “Kalonzo” in Wiper Democratic Movement$/);

    // The same URL, opened afresh, restores the same search.
    const shared = await visit(sitePathOf(page.url()));
    await settledStatus(shared);
    expect(await resultPaths(shared)).toEqual(await resultPaths(page));
  });

  test('?party= keeps people and articles tied to that party, and the party itself', async () => {
    const page = await visit('/search/?party=orange-democratic-movement');
    const status = await settledStatus(page);
    const paths = await allResultPaths(page);
    expect(paths, 'pages filed under ODM').toEqual(expect.arrayContaining(['/people/raila-odinga/', '/parties/orange-democratic-movement/']));
    expect(paths.every((p) => /^\/(people|parties|articles)\//.test(p)), `only profiles and articles: ${paths.join(', ')}`).toBe(true);
    expect(status).toMatch(/^\d+ results? in Orange Democratic Movement$/);
  });
});

describe('results that explain themselves', () => {
  test('a person shows a badge and a role, a party its acronym, an article its matched words', async () => {
    const page = await visit('/search/?q=ODM');
    await settledStatus(page);
    await allResultPaths(page);
    const results = page.locator('.search-result');
    const party = results.filter({ has: page.locator('a[href$="/parties/orange-democratic-movement/"]') });
    expect(await party.locator('.search-result__kind').textContent()).toBe('Party');
    expect(await party.locator('.search-result__detail').textContent()).toBe('ODM');

    const article = results.filter({ has: page.locator('.search-result__kind', { hasText: 'Article' }) }).first();
    expect(await article.locator('.search-result__excerpt mark').count(), 'highlighted words in an article’s excerpt').toBeGreaterThan(0);

    await visit('/search/?q=Raila%20Odinga', page);
    await settledStatus(page);
    const first = results.first();
    expect(await first.locator('.search-result__kind').textContent()).toBe('Person');
    expect(await first.locator('.search-result__link').textContent()).toBe('Raila Odinga');
    expect((await first.locator('.search-result__detail').textContent())?.trim(), 'Raila Odinga’s role').not.toBe('');
  });

  test('the live region announces the number of results', async () => {
    const page = await visit('/search/?q=Mudavadi');
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const text = await settledStatus(page);
    const shown = await page.locator('.search-result').count();
    const more = await page.locator('#search-more').isVisible();
    expect(text).toMatch(/^(\d+) results? for “Mudavadi”$/);
    const count = Number(text.split(' ')[0]);
    if (more) expect(count, 'the count, with more to show').toBeGreaterThan(shown);
    else expect(count, 'the count, all shown').toBe(shown);
  });

  test('"Show more" adds results and moves focus to the first new one', async () => {
    const page = await visit('/search/?q=odinga');
    const count = Number((await settledStatus(page)).split(' ')[0]);
    const shown = await page.locator('.search-result').count();
    expect(count, 'results for "odinga", more than the first page').toBeGreaterThan(shown);
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(count, 2 * shown));
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null), 'focus in the results').toBe(true);
  });
});

describe('the keyboard', () => {
  test('`/` focuses the header search field on any page', async () => {
    const page = await visit('/people/raila-odinga/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await page.locator('#site-search').inputValue(), 'the slash itself is not typed').toBe('');
  });

  test('`/` is typed as itself while the reader types in a field', async () => {
    const page = await visit('/search/');
    await page.locator('#search-query').fill('');
    await page.locator('#search-query').press('a');
    await page.keyboard.press('/');
    expect(await page.locator('#search-query').inputValue()).toBe('a/');
  });

  test('on the search page, `/` comes back to the page’s own field', async () => {
    const page = await visit('/search/?q=raila');
    await settledStatus(page);
    await page.locator('.search-result__link').first().focus();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
  });

  test('a search needs no mouse: type, Enter, Tab to the first result, Enter', async () => {
    const page = await visit('/articles/');
    await page.keyboard.press('/');
    await page.keyboard.type('Kalonzo Musyoka');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Kalonzo\+Musyoka$/);
    await settledStatus(page);
    // A page opened with a query leaves focus where it is; `/` brings it to the field.
    await page.keyboard.press('/');
    for (let presses = 0; presses < 12; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('search-result__link'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent), 'the focused result').toBe('Kalonzo Musyoka');
    await Promise.all([page.waitForURL(/\/people\/kalonzo-musyoka\/$/), page.keyboard.press('Enter')]);
  });
});

describe('without JavaScript', () => {
  test('every kind of page shows its content, and the header form submits to /search/', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const sitePath of ['/', '/people/', '/parties/', '/articles/', '/people/raila-odinga/', '/parties/jubilee/']) {
        const response = await page.goto(new URL(sitePath.replace(/^\//, ''), siteUrl).href);
        expect(response?.status(), `GET ${sitePath}`).toBe(200);
        expect((await page.locator('main h1').first().textContent())?.trim(), `the h1 of ${sitePath}`).not.toBe('');
      }
      await page.locator('#site-search').fill('Raila Odinga');
      await Promise.all([page.waitForURL(/\/search\/\?q=Raila\+Odinga$/), page.locator('#site-search').press('Enter')]);
      expect(await page.locator('noscript').count(), 'the search page says it needs JavaScript').toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
