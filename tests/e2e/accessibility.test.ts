/**
 * axe-core in Chromium on one page of every kind of the seed site, in English
 * and in Kiswahili, in the light and the dark colour scheme: no violation of
 * any rule axe runs by default (WCAG 2.x A and AA, and its best practices).
 * The wide layout (sidebar, contents column) is checked in both schemes, one
 * after the other on the same loaded page (tests/support/axe.ts); the phone's
 * (menu and contents disclosures, opened) at 390 px in the light one. The
 * Kiswahili site is checked wide, in the light scheme: its layout and colours
 * are the English site's, which both schemes check, and what differs (the
 * words, `lang`, labels) does not change with the scheme (CI's time goes to
 * what differs).
 */
import { describe, expect, inject, test } from 'vitest';
import { axeViolations, type ColorScheme } from '../support/axe';
import { useBrowser, visit } from '../support/browser';
import { seedPages } from './seed-pages';

const sites = [
  { language: 'English', url: inject('siteUrl'), pages: await seedPages(inject('siteDist')) },
  { language: 'Kiswahili', url: inject('swUrl'), pages: await seedPages(inject('swDist')) },
];

const browser = useBrowser();

const phone = { width: 390, height: 844 };
const [english, kiswahili] = sites as [(typeof sites)[number], (typeof sites)[number]];
const cases = [
  { ...english, schemes: ['light', 'dark'] as ColorScheme[], screen: 'wide', viewport: undefined },
  { ...english, schemes: ['light'] as ColorScheme[], screen: 'phone', viewport: phone },
  { ...kiswahili, schemes: ['light'] as ColorScheme[], screen: 'wide', viewport: undefined },
];

describe.each(cases)('axe, $language, $screen screen, schemes: $schemes', ({ url: siteUrl, pages, schemes, viewport }) => {
  test.each(pages)('$name ($path) has no violations', async ({ path, status = 200, ready }) => {
    const page = await visit(browser(), siteUrl, path, { status, colorScheme: schemes[0], ...(viewport && { viewport }) });
    await ready?.(page);
    // On a phone, what the disclosures hold is checked too.
    if (viewport) await page.evaluate(() => document.querySelectorAll('details[data-disclosure]').forEach((details) => ((details as HTMLDetailsElement).open = true)));

    expect(await axeViolations(page, schemes), `axe violations on ${path}`).toEqual([]);
  });
});

// The check itself: a page with a known fault must fail it, in either scheme, or the cases above prove nothing.
test('a picture without a text alternative and text too pale to read are reported', async () => {
  const page = await visit(browser(), sites[0]!.url, '/', { colorScheme: 'light' });
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const pale = document.createElement('p');
    pale.textContent = 'Too pale';
    // Through the CSSOM: the site's Content-Security-Policy refuses style attributes.
    Object.assign(pale.style, { color: '#eee', background: '#fff' });
    main.prepend(document.createElement('img'), pale);
    main.querySelector('img')!.src = '/favicon.svg';
  });
  const violations = await axeViolations(page, ['light', 'dark']);
  expect(violations.filter((line) => line.startsWith('light: image-alt'))).toHaveLength(1);
  expect(violations.filter((line) => line.startsWith('dark: image-alt'))).toHaveLength(1);
  expect(violations.some((line) => line.startsWith('light: color-contrast'))).toBe(true);
});
