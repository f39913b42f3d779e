/**
 * The pictures in Chromium: a person's neighbourhood, a party's ties, the
 * network page and a timeline render (with and without JavaScript), their
 * nodes link to the right pages, and each has an accessible name, a visible
 * caption, and the same data as a list or table on the page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, visit } from '../support/browser';

const siteUrl = inject('siteUrl');
const kenyaUrl = inject('kenyaUrl');

const browser = useBrowser();

/** The paths (base path included) a set of links point to, sorted and without repeats. */
async function targets(links: Locator): Promise<string[]> {
  const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? ''));
  return [...new Set(hrefs)].sort();
}

/** Fails unless the figure's SVG is drawn (a non-empty box), has an accessible name and a visible caption. */
async function expectDrawnAndNamed(figure: Locator, role: 'group' | 'img', name: RegExp): Promise<Locator> {
  expect(await figure.count(), 'the figure is on the page').toBe(1);
  const svg = figure.locator('svg');
  const box = await svg.boundingBox();
  expect(box?.width, 'the picture is drawn').toBeGreaterThan(100);
  expect(box?.height, 'the picture is drawn').toBeGreaterThan(50);
  expect(await svg.getAttribute('role')).toBe(role);
  expect(await svg.getAttribute('aria-label')).toMatch(name);
  // Playwright finds it by the role and name assistive technology gets.
  expect(await figure.getByRole(role, { name }).count()).toBe(1);
  const caption = figure.locator('figcaption');
  expect(await caption.isVisible(), 'the caption is visible').toBe(true);
  expect((await caption.innerText()).length).toBeGreaterThan(40);
  return svg;
}

/** Clicks the node that links to `href` and checks that the profile it leads to opens. */
async function clickNode(page: Page, svg: Locator, href: string, heading: string): Promise<void> {
  const node = svg.locator(`a[href="${href}"]`);
  const box = await node.boundingBox();
  expect(box?.width, `the node for ${href} is drawn`).toBeGreaterThan(0);
  await node.click();
  await page.waitForURL(`**${href}`);
  await expect.poll(() => page.locator('h1').first().innerText()).toBe(heading);
}

describe("a person's neighbourhood", () => {
  test('is drawn, named and captioned, and links only to those listed under "Appears with"', async () => {
    const page = await visit(browser(), siteUrl, '/people/raila-odinga/');
    const figure = page.locator('#co-mentions figure.graph--neighbourhood');
    const svg = await expectDrawnAndNamed(figure, 'group', /^Raila Odinga and the people and parties/);

    const nodes = svg.locator('a');
    expect(await nodes.count(), 'at most 12 neighbours').toBe(12);
    const listed = await targets(page.locator('#co-mentions .entity-list a'));
    expect(listed.length, 'the list holds everyone').toBeGreaterThan(12);
    for (const href of await targets(nodes)) expect(listed).toContain(href);
    // Every node is a link with a name of its own.
    for (const name of await nodes.evaluateAll((links) => links.map((link) => link.querySelector('title')?.textContent ?? ''))) {
      expect(name).toMatch(/: \d+ shared articles?$/);
    }
    // The strongest tie has the thickest line.
    const widths = await svg.locator('line.graph__edge').evaluateAll((lines) => lines.map((line) => Number(line.getAttribute('stroke-width'))));
    expect(widths[0]).toBe(Math.max(...widths));
  });

  test('a node opens that profile', async () => {
    const page = await visit(browser(), siteUrl, '/people/raila-odinga/');
    await clickNode(page, page.locator('#co-mentions svg'), '/people/kalonzo-musyoka/', 'Kalonzo Musyoka');
  });
});

describe("a party's ties", () => {
  test('are drawn, named and captioned, and link to the people and coalitions listed', async () => {
    const page = await visit(browser(), siteUrl, '/parties/orange-democratic-movement/');
    const figure = page.locator('#people figure.graph--ties');
    const svg = await expectDrawnAndNamed(figure, 'group', /^Orange Democratic Movement: its people/);
    const listed = await targets(page.locator('#people .fact-list a[data-entity], #coalitions .fact-list a[data-entity]'));
    expect(await targets(svg.locator('a'))).toEqual(listed);
    // Each group names its relation, cased as the profile's lists case it ("Leader").
    const groups = await svg.locator('.graph__group text').allTextContents();
    expect(groups.map((group) => group.toLowerCase())).toContain('leader (1)');
  });

  test('a node opens that profile', async () => {
    const page = await visit(browser(), siteUrl, '/parties/orange-democratic-movement/');
    await clickNode(page, page.locator('#people svg'), '/people/raila-odinga/', 'Raila Odinga');
  });

  test("the party's neighbourhood is drawn too", async () => {
    const page = await visit(browser(), siteUrl, '/parties/orange-democratic-movement/');
    await expectDrawnAndNamed(page.locator('#co-mentions figure.graph--neighbourhood'), 'group', /^Orange Democratic Movement and the people/);
  });
});

describe('the network page', () => {
  test('is in the main navigation', async () => {
    const page = await visit(browser(), siteUrl, '/network/');
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network' });
    expect(await link.getAttribute('aria-current')).toBe('page');
  });

  test('draws every node of its table, and nothing else', async () => {
    const page = await visit(browser(), siteUrl, '/network/');
    const svg = await expectDrawnAndNamed(page.locator('figure.graph--network'), 'group', /^Network of the \d+ most-mentioned/);
    const rows = page.locator('#network-table tbody tr');
    const tabled = await targets(rows.locator('th a'));
    expect(tabled.length, 'rows in the table').toBeGreaterThan(20);
    expect(await rows.count()).toBe(tabled.length);
    expect(await targets(svg.locator('a'))).toEqual(tabled);
    expect(await page.locator('#network-table thead th').allInnerTexts()).toEqual(['Name', 'Kind', 'Mentions', 'Mentioned most with (shared articles)']);
    // The largest node is the most mentioned, who heads the table.
    const first = await rows.first().locator('th a').getAttribute('href');
    const radii = await svg.locator('a').evaluateAll((links) =>
      links.map((link) => ({ href: link.getAttribute('href'), size: (link.querySelector('.graph__shape') as SVGGraphicsElement).getBBox().width })),
    );
    expect(radii.sort((a, b) => b.size - a.size)[0]?.href).toBe(first);
    expect(await svg.locator('line.graph__edge').count(), 'lines between nodes').toBeGreaterThan(10);
  });

  test('a node opens that profile', async () => {
    const page = await visit(browser(), siteUrl, '/network/');
    await clickNode(page, page.locator('figure.graph--network svg'), '/people/raila-odinga/', 'Raila Odinga');
  });

  test('the pictures are drawn without JavaScript', async () => {
    for (const [path, selector] of [
      ['/network/', 'figure.graph--network svg'],
      ['/people/raila-odinga/', 'figure.graph--neighbourhood svg'],
    ] as const) {
      const page = await visit(browser(), siteUrl, path, { javaScriptEnabled: false });
      const box = await page.locator(selector).boundingBox();
      expect(box?.width, `${selector} on ${path}`).toBeGreaterThan(100);
    }
  });
});

describe('a timeline', () => {
  test('is left out where no article is dated', async () => {
    // The seed articles are plain text, without dates.
    const page = await visit(browser(), siteUrl, '/people/raila-odinga/');
    expect(await page.locator('#timeline').count()).toBe(0);
  });

  test('draws mentions per month, named and captioned, with the numbers in a table', async () => {
    // The /kenya/ site adds dated articles (tests/fixtures/escaping/) about Amina Wekesa:
    // a Markdown one of March 2024, a saved page of April 2024 (and an undated one).
    const page = await visit(browser(), kenyaUrl, '/people/amina-wekesa/');
    const svg = await expectDrawnAndNamed(page.locator('#timeline figure'), 'img', /^Mentions of Amina Wekesa per month, March 2024 to April 2024: \d+ mentions in 2 dated articles$/);
    const bars = svg.locator('rect.timeline__bar');
    expect(await bars.count()).toBe(2);
    for (const bar of await bars.all()) expect((await bar.boundingBox())?.height).toBeGreaterThan(0);

    const table = page.locator('#timeline table');
    await page.locator('#timeline summary').click();
    expect(await table.isVisible(), 'the table opens').toBe(true);
    const row = await table.locator('tbody tr').allInnerTexts();
    expect(row).toHaveLength(2);
    expect(row[0]).toMatch(/^March 2024\s+1\s+\d+$/);
    expect(row[1]).toMatch(/^April 2024\s+1\s+\d+$/);
  });

  test.each(['light', 'dark'] as const)('passes axe in the %s scheme', async (colorScheme) => {
    const page = await visit(browser(), kenyaUrl, '/people/amina-wekesa/', { colorScheme });
    await page.locator('#timeline summary').click();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))).toEqual([]);
  });
});
