/**
 * Facts in time, on a site built from tests/fixtures/facts/: dated articles of
 * 2022 and 2025 about invented people. A profile shows as current only what the
 * newest report of an office calls current, with the date, outlet and article
 * of that report; a former office is listed as former; the career timeline
 * lists each report by date. The JSON-LD and /data/people.json say the same.
 * The pages are valid HTML and pass axe in both colour schemes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowser, visit } from '../support/browser';
import { validateSite } from '../support/html-validity';
import { checkJsonLd, loadVocabulary } from '../support/schema-org';
import { useServedSite } from '../support/background-sites';

const served = useServedSite('facts');
const browser = useBrowser();

const senator = '/people/njeri-chepkoech/';
const governor = '/people/daudi-kiprono/';
const mp = '/people/peter-gitau/';
const party = '/parties/jumuia-democratic-congress/';
const article2025 = { title: 'Senate debates county water funds', href: '/articles/senate-debates-county-water-funds/' };
const article2022 = { title: 'Nakuru leaders back county water bill', href: '/articles/nakuru-leaders-back-county-water-bill/' };

const open = (sitePath: string) => visit(browser(), served().server.url, sitePath, { colorScheme: 'light' });

/** The list under one of a profile's role or tie headings (`roles-current`, `ties-former`, `people-former`…). */
const group = (page: Page, id: string): Locator => page.locator(`#${id} + ul`);

/** Each item's text, whitespace collapsed. */
async function items(list: Locator): Promise<string[]> {
  return (await list.locator(':scope > li').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

describe('a person whose office changed', () => {
  test('shows the office the newest article calls current, with its date, outlet and article', async () => {
    const page = await open(senator);
    const current = await items(group(page, 'roles-current'));
    expect(current).toHaveLength(1);
    expect(current[0]).toMatch(/^Senator, Nakuru As reported on 2 June 2025 in Example Daily: Senate debates county water funds/);
    await expect.poll(() => group(page, 'roles-current').getByRole('link', { name: article2025.title }).getAttribute('href')).toBe(article2025.href);
  });

  test('shows the office the newest article calls former as former, never as current', async () => {
    const page = await open(senator);
    expect((await items(group(page, 'roles-current'))).join(' ')).not.toContain('Woman Representative');
    const former = await items(group(page, 'roles-former'));
    expect(former).toHaveLength(1);
    expect(former[0]).toMatch(/^Woman Representative, Nakuru As reported on 2 June 2025 in Example Daily/);
  });

  test('keeps the sentence behind a disclosure, there for the reader who opens it', async () => {
    const page = await open(senator);
    const disclosure = group(page, 'roles-former').locator('details');
    const sentence = disclosure.locator('blockquote');
    await expect.poll(() => sentence.isVisible()).toBe(false);
    await disclosure.locator('summary').click();
    await expect.poll(() => sentence.innerText()).toBe(
      'Chepkoech, a former Nakuru Woman Representative, told the House that the water bill she backed three years ago had yet to bring water to most homes.',
    );
  });

  test('lists every dated report in a career timeline, oldest first', async () => {
    const page = await open(senator);
    expect(await items(page.locator('ol.career'))).toEqual([
      `14 March 2022: Woman Representative, Nakuru, reported as current in ${article2022.title}`,
      `2 June 2025: Senator, Nakuru, reported as current in ${article2025.title}`,
      `2 June 2025: Woman Representative, Nakuru, reported as former in ${article2025.title}`,
    ]);
  });

  test('is summed up by its current office only, for search engines and site search', async () => {
    const html = await readFile(path.join(served().site.dist, 'people/njeri-chepkoech/index.html'), 'utf8');
    expect(html).toMatch(/<meta name="description" content="Njeri Chepkoech: Senator, Nakuru; mentioned in 2 articles\.">/);
    expect(html).toContain('data-pagefind-meta="role:Senator, Nakuru"');
  });

  test('gives her party tie by its newest report: she left the JDC, so it is former, and no search filter', async () => {
    const page = await open(senator);
    expect(await items(group(page, 'ties-former'))).toEqual([
      expect.stringMatching(/^Left Jumuia Democratic Congress As reported on 2 June 2025 in Example Daily/),
      expect.stringMatching(/^Former member of Jumuia Democratic Congress As reported on 14 March 2022 in The Example Standard/),
    ]);
    expect((await items(group(page, 'ties-current'))).join(' ')).not.toMatch(/Jumuia Democratic Congress/);
    expect(await group(page, 'ties-former').locator('a[data-pagefind-filter]').count()).toBe(0);
  });
});

describe('a party someone left', () => {
  test('lists her among the people whose tie is over, none as tied to it now', async () => {
    const page = await open(party);
    expect(await page.locator('#people-current').count()).toBe(0);
    expect(await items(group(page, 'people-former'))).toEqual([
      expect.stringMatching(/^Njeri Chepkoech left Chepkoech decamped from .+ From Senate debates county water funds, Example Daily, 2 June 2025$/),
      expect.stringMatching(/^Njeri Chepkoech former member Nakuru Woman Representative .+ From Nakuru leaders back county water bill, The Example Standard, 14 March 2022$/),
    ]);
  });
});

describe('other standings', () => {
  test('an office whose only later report calls it former leaves no current role', async () => {
    const page = await open(governor);
    expect(await group(page, 'roles-current').count()).toBe(0);
    expect(await items(group(page, 'roles-former'))).toEqual([expect.stringMatching(/^Governor, Nakuru As reported on 2 June 2025 in Example Daily/)]);
  });

  test('an office reported only in an undated article is shown, as reported in that article', async () => {
    const page = await open(mp);
    expect(await items(group(page, 'roles-current'))).toEqual([
      expect.stringMatching(/^MP, Naivasha As reported in Naivasha roads to be repaired before the rains/),
    ]);
    // One undated report is no timeline.
    expect(await page.locator('ol.career').count()).toBe(0);
  });
});

describe('the machine-readable copies', () => {
  test('the JSON-LD gives only the current office as a job title, every office as a Role, and no start or end date', async () => {
    const page = await open(senator);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const vocabulary = await loadVocabulary();
    expect(blocks.flatMap((block) => checkJsonLd(JSON.parse(block), vocabulary))).toEqual([]);
    const person = blocks.map((block) => JSON.parse(block)['@graph']).flat().find((node) => node['@type'] === 'Person');
    expect(person.jobTitle).toEqual(['Senator, Nakuru']);
    expect(person.hasOccupation).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ '@type': 'Role', roleName: 'Woman Representative', description: 'Former, as reported on 2025-06-02.' }),
        expect.objectContaining({ '@type': 'Role', roleName: 'Senator', description: 'Current, as reported on 2025-06-02.' }),
      ]),
    );
    expect(blocks.join('')).not.toMatch(/startDate|endDate/);
  });

  test('/data/people.json gives each role its tense and its article’s date', async () => {
    const data = JSON.parse(await readFile(path.join(served().site.dist, 'data/people.json'), 'utf8'));
    const person = data.people.find((entry: { slug: string }) => entry.slug === 'njeri-chepkoech');
    const roles = person.roles.map((role: { title: string; tense: string; evidence: { date?: string } }) => [role.title, role.tense, role.evidence.date]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['Woman Representative', 'current', '2022-03-14'],
        ['Woman Representative', 'former', '2025-06-02'],
        ['Senator', 'current', '2025-06-02'],
      ]),
    );
  });
});

describe('valid and accessible', () => {
  test('every page of the site is valid HTML', async () => {
    const { pages, problems } = await validateSite(served().site.dist);
    expect(pages).toContain('people/njeri-chepkoech/index.html');
    expect(problems).toEqual([]);
  });

  // Both schemes on one loaded page (tests/support/axe.ts).
  test.each([senator, governor, mp, party])('axe: %s has no violations in the light and the dark scheme', async (sitePath) => {
    const page = await open(sitePath);
    // Open every disclosure, so that axe also judges the sentences inside.
    for (const summary of await page.locator('.evidence-sentence > summary').all()) await summary.click();
    expect(await axeViolations(page, ['light', 'dark'])).toEqual([]);
  });
});
