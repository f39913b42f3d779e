/**
 * One page of each kind on the seed site, for the checks every kind of page
 * must pass (accessibility, Content-Security-Policy): the home page, the three
 * lists, an article, a person, a party (both with their pictures), a search
 * with results, the network page, the review page and a review kind's page,
 * and the not-found page.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

export interface SeedPage {
  /** What the page is, for messages: "a person". */
  name: string;
  /** Its path on the site, without the base path: `/people/raila-odinga/`. */
  path: string;
  /** The status it answers with; 200 unless told. */
  status?: number;
  /** Waits until what the page shows is all there (search results come after the page loads). */
  ready?: (page: Page) => Promise<void>;
}

/** A link in the search page's results (the site's own list, or Pagefind's Default UI). */
export const searchResultLink = '#search-results a[href], .pagefind-ui__result-link';

/** Waits for the first search result, then for the rest of the results and their excerpts. */
export async function searchResults(page: Page): Promise<void> {
  await page.locator(searchResultLink).first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}

/** The seed site's pages of every kind; the article is the first in dist/ (slugs come from headlines). */
export async function seedPages(siteDist: string): Promise<SeedPage[]> {
  const articles = (await readdir(path.join(siteDist, 'articles'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  // A kind of review item with open items in the seeds, whichever it is.
  // Every kind has a page, empty or not: take the first that lists items.
  const kinds = (await readdir(path.join(siteDist, 'review'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== 'settled')
    .map((entry) => entry.name)
    .sort();
  const listing = await Promise.all(kinds.map(async (kind) => (await readFile(path.join(siteDist, 'review', kind, 'index.html'), 'utf8')).includes('class="review-list"')));
  const reviewKind = kinds[listing.indexOf(true)];
  return [
    { name: 'the home page', path: '/' },
    { name: 'the list of people', path: '/people/' },
    { name: 'the list of parties', path: '/parties/' },
    { name: 'the list of articles', path: '/articles/' },
    { name: 'an article', path: `/articles/${articles[0]}/` },
    // Raila Odinga has roles, party ties, quotes and co-mentions: every part of a profile.
    { name: 'a person', path: '/people/raila-odinga/' },
    { name: 'a party', path: '/parties/orange-democratic-movement/' },
    { name: 'a search with results', path: '/search/?q=Odinga', ready: searchResults },
    // The co-mention network: a large SVG of links, and its table.
    { name: 'the network page', path: '/network/' },
    { name: 'the review page', path: '/review/' },
    { name: "a review kind's page", path: `/review/${reviewKind}/` },
    { name: 'the not-found page', path: '/no-such-page/', status: 404 },
  ];
}
