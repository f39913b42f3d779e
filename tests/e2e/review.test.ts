/**
 * The review page of the seed site, in Chromium: what is open and what the
 * editorial file settled, each item at a stable anchor with every way to
 * settle it ready to copy.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

async function reviewPage(): Promise<Page> {
  const page = await openPage(browser());
  const response = await page.goto(new URL('review/', siteUrl).href);
  expect(response?.status()).toBe(200);
  return page;
}

describe('/review/', () => {
  it('says how many items are open and how many the editorial file settled', async () => {
    const page = await reviewPage();
    const lede = await page.locator('.lede').innerText();
    const [open, settled] = (/Open: (\d+)\. Settled by the editorial file: (\d+)\./.exec(lede) ?? []).slice(1).map(Number);
    expect(open).toBe(await page.locator('.review-item').count());
    // The seeds' editorial file names Uhuru Kenyatta (settling "Kenyatta") and confirms two people.
    expect(settled).toBeGreaterThanOrEqual(3);
    await page.getByText('Show what is settled').click();
    expect(await page.locator('.review-settled li').count()).toBe(settled);
    expect(await page.locator('.review-settled').innerText()).toContain('Godfrey Osotsi');
  });

  it('gives each open item a stable anchor and the YAML to settle it', async () => {
    const page = await reviewPage();
    const items = page.locator('.review-item');
    expect(await items.count()).toBeGreaterThan(0);
    for (let index = 0; index < (await items.count()); index++) {
      const item = items.nth(index);
      const id = await item.getAttribute('id');
      expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)+$/);
      expect(await item.locator(`a[href="#${id}"]`).count()).toBe(1);
      expect(await item.locator('dd code').count()).toBeGreaterThan(0);
    }
  });
});
