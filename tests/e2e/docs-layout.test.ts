/**
 * The documentation layout in Chromium: at 1280 px a sidebar and an "On this
 * page" column, both reached and followed with the keyboard, the contents
 * marking the section being read as the page scrolls; at 390 px both folded
 * into disclosures that open and close with the keyboard. Then the A–Z
 * filter, and the pages as they are without JavaScript.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, visit } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const profile = '/people/raila-odinga/';
const wide = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

/** Link texts, as read: the markup's line breaks trimmed. */
const texts = async (links: { allTextContents(): Promise<string[]> }) => (await links.allTextContents()).map((text) => text.trim());

/** Scrolls the window until the element is at the top. */
const scrollToTop = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY));

/** Presses Tab until focus is on an element matching `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element's outline: a visible focus ring has a style and a width. */
function focusRing(page: Page): Promise<{ style: string; width: string }> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
}

describe('at 1280 px', () => {
  test('the sidebar lists the sections and the profile’s own links, and is reached with Tab', async () => {
    const page = await visit(browser(), siteUrl, profile, { viewport: wide });
    const sidebar = page.getByRole('navigation', { name: 'Main' });
    await expect.poll(() => sidebar.isVisible()).toBe(true);
    expect(await texts(sidebar.getByRole('link'))).toEqual(expect.arrayContaining(['Articles', 'People', 'Parties', 'Network', 'Search']));
    expect(await sidebar.getByText('Their parties').isVisible()).toBe(true);
    // A few dozen links at most, whatever the corpus.
    expect(await sidebar.getByRole('link').count()).toBeLessThanOrEqual(5 + 2 * 12);
    expect(await page.locator('.phone-menu').isVisible()).toBe(false);

    await tabTo(page, '.docs__sidebar a[href$="/parties/"]');
    expect(await focusRing(page)).toMatchObject({ style: 'solid' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/parties\/$/);
  });

  test('"On this page" lists the profile’s sections; Enter on one goes there', async () => {
    const page = await visit(browser(), siteUrl, profile, { viewport: wide });
    const contents = page.getByRole('navigation', { name: 'On this page' });
    expect(await contents.isVisible()).toBe(true);
    const labels = await texts(contents.getByRole('link'));
    expect(labels).toEqual(expect.arrayContaining(['Roles', 'Parties', 'Quotes']));

    await tabTo(page, '.docs__contents a[href="#quotes-heading"]');
    expect(await focusRing(page)).toMatchObject({ style: 'solid' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/#quotes-heading$/);
    await expect.poll(() => page.locator('#quotes-heading').evaluate((heading) => Math.round(heading.getBoundingClientRect().top))).toBeLessThan(200);
  });

  test('the contents follow the scroll: the section being read is marked, and only it', async () => {
    const page = await visit(browser(), siteUrl, profile, { viewport: wide });
    const current = () => page.locator('.docs__contents a[aria-current="true"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await expect.poll(current).toEqual([]);

    await scrollToTop(page, '#quotes-heading');
    await expect.poll(current).toEqual(['#quotes-heading']);

    await scrollToTop(page, '#articles-heading');
    await expect.poll(current).toEqual(['#articles-heading']);

    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(current).toEqual([]);
  });

  test('breadcrumbs show the way back, the page itself last and not a link', async () => {
    const page = await visit(browser(), siteUrl, profile, { viewport: wide });
    const trail = page.getByRole('navigation', { name: 'You are here' });
    expect(await texts(trail.getByRole('link'))).toEqual(['siasa', 'People']);
    expect(await trail.locator('[aria-current="page"]').textContent()).toBe('Raila Odinga');
  });
});

describe('at 390 px', () => {
  test('the menu button opens the navigation and Escape closes it, focus back on the button', async () => {
    const page = await visit(browser(), siteUrl, profile, { viewport: phone });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    const menu = page.getByRole('navigation', { name: 'Menu' });
    expect(await menu.isVisible()).toBe(false);

    await tabTo(page, '.phone-menu > summary');
    expect(await focusRing(page)).toMatchObject({ style: 'solid' });
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(await menu.getByRole('link', { name: 'Network' }).isVisible()).toBe(true);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.phone-menu') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('.phone-menu > summary'))).toBe(true);
  });

  test('the contents are a disclosure above the page; following a link closes it', async () => {
    const page = await visit(browser(), siteUrl, profile, { viewport: phone });
    expect(await page.locator('.docs__contents').isVisible()).toBe(false);
    const disclosure = page.locator('.page-contents--disclosure');
    await tabTo(page, '.page-contents--disclosure > summary');
    await page.keyboard.press('Enter');
    const link = disclosure.getByRole('link', { name: 'Quotes' });
    await expect.poll(() => link.isVisible()).toBe(true);
    await tabTo(page, '.page-contents--disclosure a[href="#quotes-heading"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#quotes-heading$/);
    await expect.poll(() => disclosure.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
  });

  test('no page is wider than the phone', async () => {
    const page = await visit(browser(), siteUrl, profile, { viewport: phone });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  });
});

describe('the A–Z lists', () => {
  test('the filter box narrows the people as one types, and says how many are left', async () => {
    const page = await visit(browser(), siteUrl, '/people/');
    const shown = () => texts(page.locator('#people-list li:not([hidden]) a'));
    const all = await shown();
    expect(all.length).toBeGreaterThan(10);
    await page.getByLabel('Filter the list').fill('kilo');
    await expect.poll(shown).toEqual(['Mutula Kilonzo Jnr']);
    expect(await page.locator('[data-filter-status]').textContent()).toBe('1 shown');
    // Letters left empty go too: only K remains.
    expect(await texts(page.locator('#people-list section:not([hidden]) h2'))).toEqual(['K']);
    await page.getByLabel('Filter the list').fill('');
    await expect.poll(shown).toEqual(all);
  });

  test('"Mutula Kilonzo Jnr" is filed under K, by his surname', async () => {
    const page = await visit(browser(), siteUrl, '/people/');
    expect(await page.locator('#letter-k li').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Mutula Kilonzo Jnr')]));
    expect(await page.locator('#letter-j li', { hasText: 'Mutula Kilonzo Jnr' }).count()).toBe(0);
  });
});

describe('without JavaScript', () => {
  test('the people page is the plain full list, with no filter box', async () => {
    const page = await visit(browser(), siteUrl, '/people/', { javaScriptEnabled: false });
    expect(await page.locator('.list-filter').isVisible()).toBe(false);
    expect(await page.locator('#people-list li').count()).toBeGreaterThan(10);
  });

  test('a search says that its results need JavaScript, and offers the lists', async () => {
    const page = await visit(browser(), siteUrl, '/search/?q=odinga', { javaScriptEnabled: false });
    const notice = page.locator('.notice');
    expect(await notice.textContent()).toMatch(/needs JavaScript/);
    expect(await texts(notice.getByRole('link'))).toEqual(['people', 'parties', 'articles']);
  });

  test('the menu and the contents still open: they are <details>', async () => {
    const page = await visit(browser(), siteUrl, profile, { javaScriptEnabled: false, viewport: phone });
    await page.locator('.phone-menu > summary').click();
    expect(await page.getByRole('navigation', { name: 'Menu' }).isVisible()).toBe(true);
  });
});
