/**
 * axe-core in Chromium on one page of every kind of the seed site, in English
 * and in Kiswahili, in the light and the dark colour scheme: no violation of
 * any rule axe runs by default (WCAG 2.x A and AA, and its best practices).
 * The wide layout (sidebar, contents column) is checked in both schemes; the
 * phone's (menu and contents disclosures, opened) at 390 px in the light one,
 * in English: the layout and colours are the same in both languages, and the
 * Kiswahili words are checked in the wide runs (CI's time goes to what differs).
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, visit } from '../support/browser';
import { seedPages } from './seed-pages';

const sites = [
  { language: 'English', url: inject('siteUrl'), pages: await seedPages(inject('siteDist')) },
  { language: 'Kiswahili', url: inject('swUrl'), pages: await seedPages(inject('swDist')) },
];

const browser = useBrowser();

const phone = { width: 390, height: 844 };
const cases = sites.flatMap((site) => [
  ...(['light', 'dark'] as const).map((colorScheme) => ({ ...site, colorScheme, screen: 'wide', viewport: undefined })),
  ...(site === sites[0] ? [{ ...site, colorScheme: 'light' as const, screen: 'phone', viewport: phone }] : []),
]);

describe.each(cases)('axe, $language, $screen screen, $colorScheme scheme', ({ url: siteUrl, pages, colorScheme, viewport }) => {
  test.each(pages)('$name ($path) has no violations', async ({ path, status = 200, ready }) => {
    const page = await visit(browser(), siteUrl, path, { status, colorScheme, ...(viewport && { viewport }) });
    await ready?.(page);
    // On a phone, what the disclosures hold is checked too.
    if (viewport) await page.evaluate(() => document.querySelectorAll('details[data-disclosure]').forEach((details) => ((details as HTMLDetailsElement).open = true)));

    const { violations } = await new AxeBuilder({ page }).analyze();
    const found = violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`),
    );
    expect(found, `axe violations on ${path} in the ${colorScheme} scheme`).toEqual([]);
  });
});
