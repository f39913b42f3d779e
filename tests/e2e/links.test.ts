/**
 * Links that never break, at the domain root and under the base path /kenya/:
 * linkinator finds no broken internal link, every URL the sitemap, feed and
 * _redirects publish answers, and Pagefind search works under the base path.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, test } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { checkLinks } from '../support/link-check';

const sites = [
  { name: 'at the root', dist: inject('siteDist'), url: inject('siteUrl'), published: 'https://example.org/' },
  { name: 'under /kenya/', dist: inject('kenyaDist'), url: inject('kenyaUrl'), published: 'https://example.org/kenya/' },
];

describe.each(sites)('the site $name', (site) => {
  test('has no broken internal link (pages, assets, fragments, canonical and JSON-LD URLs)', { timeout: 60_000 }, async () => {
    const report = await checkLinks({ dist: site.dist, siteUrl: site.url, publishedUrl: site.published });
    // A crawl that checked next to nothing would pass for the wrong reason.
    expect(report.checked, 'links checked').toBeGreaterThan(50);
    expect(report.broken, 'broken links').toEqual([]);
  });

  test('every URL in sitemap.xml, feed.xml and _redirects answers 200', async () => {
    const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'item' });
    const read = (file: string) => readFile(path.join(site.dist, file), 'utf8');
    const sitemap = xml.parse(await read('sitemap.xml')) as { urlset: { url: { loc: string }[] } };
    const feed = xml.parse(await read('feed.xml')) as { rss: { channel: { link: string; item: { link: string }[] } } };
    const redirects = (await read('_redirects')).split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    const published = [
      ...sitemap.urlset.url.map((entry) => entry.loc),
      feed.rss.channel.link,
      ...feed.rss.channel.item.map((item) => item.link),
    ];
    expect(published.every((url) => url.startsWith(site.published)), 'published URLs start with the site and base path').toBe(true);

    const local = [
      ...published.map((url) => site.url + url.slice(site.published.length)),
      ...redirects.flatMap((line) => line.split(' ').slice(0, 2)).map((address) => new URL(address, site.url).href),
    ];
    const failing: string[] = [];
    for (const url of local) {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status !== 200) failing.push(`${url} (${response.status})`);
    }
    expect(failing, 'published URLs that do not answer 200').toEqual([]);
  });
});

describe('search under /kenya/', () => {
  const browser = useBrowser();

  test('?q=Kalonzo puts /kenya/people/kalonzo-musyoka/ first', async () => {
    const page = await openPage(browser());
    const response = await page.goto(new URL('search/?q=Kalonzo', inject('kenyaUrl')).href);
    expect(response?.status(), 'GET /kenya/search/?q=Kalonzo').toBe(200);
    const first = page.locator('.search-result__link').first();
    await first.waitFor({ timeout: 15_000 });
    const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(new URL(href).pathname, 'the first result for "Kalonzo"').toBe('/kenya/people/kalonzo-musyoka/');

    // The result must open, under the base path, and be the profile.
    await first.click();
    await page.waitForURL('**/kenya/people/kalonzo-musyoka/');
    await expect.poll(() => page.locator('h1').first().innerText()).toBe('Kalonzo Musyoka');
  });
});
