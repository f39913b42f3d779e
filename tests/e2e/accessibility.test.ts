/**
 * axe-core in Chromium on one page of every kind of the seed site, in the light
 * and the dark colour scheme: no violation of any rule axe runs by default
 * (WCAG 2.x A and AA, and its best practices).
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, visit } from '../support/browser';
import { seedPages } from './seed-pages';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
const pages = await seedPages(siteDist);

const browser = useBrowser();

describe.each(['light', 'dark'] as const)('axe, %s scheme', (colorScheme) => {
  test.each(pages)('$name ($path) has no violations', async ({ path, status = 200, ready }) => {
    const page = await visit(browser(), siteUrl, path, { status, colorScheme });
    await ready?.(page);

    const { violations } = await new AxeBuilder({ page }).analyze();
    const found = violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`),
    );
    expect(found, `axe violations on ${path} in the ${colorScheme} scheme`).toEqual([]);
  });
});
