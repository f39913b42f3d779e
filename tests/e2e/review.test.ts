/**
 * The review report of the seed site, in Chromium: a summary at /review/ (the
 * counts per kind, the first few open items of each, a link to each kind's own
 * pages) and the kinds' and the settled items' paged lists, each item at a
 * stable anchor with every way to settle it ready to copy. The shared seed
 * build has too few items to page at the default sizes; a second build with
 * tiny list sizes (SIASA_LIST_SIZES=2,2,1: two items of a kind on the summary,
 * one a page) pages its three open quotes and three settled items as a corpus
 * of thousands pages at 5 and 100.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { useServedSite } from '../support/background-sites';
import { useBrowser, visit } from '../support/browser';

const siteUrl = inject('siteUrl');
const swUrl = inject('swUrl');
const browser = useBrowser();

/** The seeds' open items are all quotes whose speaker the text does not settle. */
const quotes = 'review/unattributed-quote/';

const texts = async (page: Page, selector: string) => (await page.locator(selector).allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
const hrefs = (page: Page, selector: string) => page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
const ids = (page: Page, selector: string) => page.locator(selector).evaluateAll((items) => items.map((item) => item.id));

/** The open and settled totals the summary's lede gives. */
async function totals(page: Page): Promise<{ open: number; settled: number }> {
  const lede = await page.locator('.lede').innerText();
  const [open, settled] = (/Open: (\d+)\. Settled by the editorial file: (\d+)\./.exec(lede) ?? []).slice(1).map(Number);
  return { open: open!, settled: settled! };
}

describe('/review/ at the default sizes', () => {
  it('counts each kind, open and settled, the rows adding up to the totals', async () => {
    const page = await visit(browser(), siteUrl, 'review/');
    const { open, settled } = await totals(page);
    // The seeds' editorial file names Uhuru Kenyatta (settling "Kenyatta") and confirms two people.
    expect(settled).toBeGreaterThanOrEqual(3);
    expect(open).toBeGreaterThan(0);
    const rows = page.locator('table.review-counts tbody tr');
    expect(await rows.count()).toBe(7);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))));
    expect(cells.reduce((sum, [o]) => sum + o!, 0)).toBe(open);
    expect(cells.reduce((sum, [, s]) => sum + s!, 0)).toBe(settled);
    // A kind with open items is a link to its pages; one without is plain text.
    expect(await hrefs(page, 'table.review-counts a')).toEqual(['/review/unattributed-quote/']);
    expect(await page.locator('meta[name=robots]').getAttribute('content')).toBe('noindex, nofollow');
  });

  it('shows the first open items of each kind, each linked to where its kind lists it, and links the rest', async () => {
    const page = await visit(browser(), siteUrl, 'review/');
    const section = page.locator('section[aria-labelledby="review-unattributed-quote"]');
    const shown = await ids(page, 'section[aria-labelledby="review-unattributed-quote"] .review-item');
    // Three open quotes: under five, so all are shown here too.
    expect(shown).toHaveLength(3);
    expect(await hrefs(page, 'section[aria-labelledby="review-unattributed-quote"] .review-anchor')).toEqual(shown.map((id) => `/${quotes}#${id}`));
    const all = section.locator('.more a');
    expect(await all.innerText()).toBe('All 3 items of “Quotes with no certain speaker”');
    expect(await all.getAttribute('href')).toBe(`/${quotes}`);
    expect(await texts(page, '.review-settled li')).toEqual(expect.arrayContaining([expect.stringContaining('Godfrey Osotsi')]));
    expect(await page.locator('#review-settled ~ .more a').getAttribute('href')).toBe('/review/settled/');

    // Following an item's link lands on the item, at its anchor on its kind's page.
    await page.locator(`a[href="/${quotes}#${shown[1]}"]`).click();
    await page.waitForURL(`**/${quotes}#${shown[1]}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(shown[1]);
  });

  it("a kind's page lists all its open items, each at a stable anchor with the YAML to settle it", async () => {
    const page = await visit(browser(), siteUrl, quotes);
    const items = page.locator('.review-item');
    expect(await items.count()).toBe(3);
    for (let index = 0; index < (await items.count()); index++) {
      const item = items.nth(index);
      const id = await item.getAttribute('id');
      expect(id).toMatch(/^unattributed-quote(?:-[a-z0-9]+)+$/);
      expect(await item.locator(`a[href="#${id}"]`).count()).toBe(1);
      expect(await item.locator('dd code').count()).toBeGreaterThan(0);
    }
    expect(await page.locator('h1').innerText()).toBe('Review: Quotes with no certain speaker');
    expect(await hrefs(page, '.breadcrumbs a')).toEqual(['/', '/review/']);
    expect(await page.locator('meta[name=robots]').getAttribute('content')).toBe('noindex, nofollow');
    // One page: no pager.
    expect(await page.locator('nav.pager').count()).toBe(0);
  });

  it('the settled list holds every settled item', async () => {
    const summary = await visit(browser(), siteUrl, 'review/');
    const { settled } = await totals(summary);
    const page = await visit(browser(), siteUrl, 'review/settled/');
    expect(await page.locator('.review-settled li[id]').count()).toBe(settled);
    expect(await page.locator('.lede').innerText()).toBe(`${settled} items that seeds/editorial.yaml has settled: the build asks about them no more.`);
  });

  it('speaks Kiswahili in the Kiswahili build', async () => {
    const summary = await visit(browser(), swUrl, 'review/');
    expect(await texts(summary, 'section[aria-labelledby="review-unattributed-quote"] .more a')).toEqual(['Vipengee vyote 3 vya “Nukuu zisizo na msemaji wa uhakika”']);
    expect(await texts(summary, 'table.review-counts thead th')).toEqual(['Aina', 'Vinavyosubiri', 'Vilivyokamilishwa']);
    const kind = await visit(browser(), swUrl, quotes);
    expect(await kind.locator('h1').innerText()).toBe('Ukaguzi: Nukuu zisizo na msemaji wa uhakika');
    expect(await kind.locator('.lede').innerText()).toBe('Vipengee 3 vinavyosubiri.');
  });
});

describe('the review pages with tiny list sizes', () => {
  const served = useServedSite('review-sizes');
  const url = () => served().server.url;

  it('the summary shows two items of a kind, linked to the pages they land on, and links all of them', async () => {
    const page = await visit(browser(), url(), 'review/');
    const shown = await ids(page, 'section[aria-labelledby="review-unattributed-quote"] .review-item');
    expect(shown).toHaveLength(2);
    // One item a page: the second item shown lives on the kind's second page.
    expect(await hrefs(page, 'section[aria-labelledby="review-unattributed-quote"] .review-anchor')).toEqual([
      `/${quotes}#${shown[0]}`,
      `/${quotes}2/#${shown[1]}`,
    ]);
    expect(await page.locator('section[aria-labelledby="review-unattributed-quote"] .more a').innerText()).toBe('All 3 items of “Quotes with no certain speaker”');
    expect(await page.locator('.review-settled li').count()).toBe(2);
    expect(await page.locator('#review-settled ~ .more a').innerText()).toBe('All 3 settled items');

    await page.locator(`a[href="/${quotes}2/#${shown[1]}"]`).click();
    await page.waitForURL(`**/${quotes}2/#${shown[1]}`);
    expect(await page.locator(':target').getAttribute('id')).toBe(shown[1]);
  });

  it("a kind's pages hold each open item once, in order, linked by a pager", async () => {
    const pages = await Promise.all([quotes, `${quotes}2/`, `${quotes}3/`].map((sitePath) => visit(browser(), url(), sitePath)));
    const listed = (await Promise.all(pages.map((page) => ids(page, '.review-item')))).flat();
    expect(listed).toHaveLength(3);
    expect(new Set(listed).size).toBe(3);
    // The report's order: by slug, as loadSite gives it.
    expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b)));
    const summary = await visit(browser(), url(), 'review/');
    expect(listed.slice(0, 2)).toEqual(await ids(summary, 'section[aria-labelledby="review-unattributed-quote"] .review-item'));

    const second = pages[1]!;
    expect(await second.locator('h1').innerText()).toBe('Review: Quotes with no certain speaker (page 2 of 3)');
    expect(await second.title()).toMatch(/^Review: Quotes with no certain speaker \(page 2 of 3\) · /);
    expect(await second.locator('head link[rel=prev]').getAttribute('href')).toBe(`/${quotes}`);
    expect(await second.locator('head link[rel=next]').getAttribute('href')).toBe(`/${quotes}3/`);
    const pager = second.locator('nav.pager');
    expect(await pager.locator('.pager__status').innerText()).toBe('Page 2 of 3');
    expect(await pager.locator('[aria-current=page]').getAttribute('href')).toBe(`/${quotes}2/`);
    expect(await hrefs(second, '.breadcrumbs a')).toEqual(['/', '/review/']);
    expect(await second.locator('meta[name=robots]').getAttribute('content')).toBe('noindex, nofollow');

    // The pager's "next" leads on; past the last page there is none.
    await pager.locator('a[rel=next]').click();
    await second.waitForURL(`**/${quotes}3/`);
    expect(await second.locator('nav.pager a[rel=next]').count()).toBe(0);
  });

  it('the settled items are paged the same way, each once', async () => {
    const pages = await Promise.all(['review/settled/', 'review/settled/2/', 'review/settled/3/'].map((sitePath) => visit(browser(), url(), sitePath)));
    const listed = (await Promise.all(pages.map((page) => ids(page, '.review-settled li')))).flat();
    expect(listed).toHaveLength(3);
    expect(new Set(listed).size).toBe(3);
    expect(await pages[2]!.locator('h1').innerText()).toBe('Review: settled by the editorial file (page 3 of 3)');
  });

  it('no review page is in the search index, and each is valid HTML', async () => {
    const review = path.join(served().site.dist, 'review');
    const files = (await readdir(review, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
    // Every kind keeps its first page when it has nothing open, so that its address never breaks.
    expect(files).toEqual([
      'ambiguous-short-form/index.html',
      'held-back-fact/index.html',
      'index.html',
      'possible-duplicate/index.html',
      'settled/2/index.html',
      'settled/3/index.html',
      'settled/index.html',
      'stale-editorial/index.html',
      'title-only/index.html',
      'unattributed-quote/2/index.html',
      'unattributed-quote/3/index.html',
      'unattributed-quote/index.html',
      'weak-evidence/index.html',
    ]);
    const validator = new HtmlValidate(config);
    for (const file of files) {
      expect(await readFile(path.join(review, file), 'utf8'), file).not.toContain('data-pagefind-body');
      const report = await validator.validateFile(path.join(review, file));
      expect(report.results.flatMap((result) => result.messages.map((message) => `${file}:${message.line} ${message.ruleId}: ${message.message}`))).toEqual([]);
    }
  });

  it('a paged kind page has no axe violations', async () => {
    const page = await visit(browser(), url(), `${quotes}2/`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(' ')}`))).toEqual([]);
  });
});
