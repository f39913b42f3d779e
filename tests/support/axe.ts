/**
 * axe-core (every rule it runs by default: WCAG 2.x A and AA, and its best
 * practices) over a page already open, in one colour scheme or several.
 *
 * Why not `new AxeBuilder({ page }).analyze()` from @axe-core/playwright: each
 * call evaluates axe's 1.3 MB source twice (in the page, then in a blank page
 * it opens to merge the results), and parsing it costs more than checking most
 * pages. Here the minified source is read once per test file and evaluated once
 * per page, and the page is checked again in the dark scheme by switching the
 * media feature, without a reload: the site's colours are CSS alone
 * (`prefers-color-scheme`), so what axe sees is the page a reader in that scheme
 * gets. The page must hold no iframe: axe would wait for one it was not injected into.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

export type ColorScheme = 'light' | 'dark';

// The version @axe-core/playwright pins, so both judge alike.
const axeFile = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: Promise<string> | undefined;

/**
 * axe's violations on `page` in each scheme of `schemes`, in order, one line
 * each, `light: color-contrast (serious): … at main > p`; empty when none.
 * Leaves the page in the last scheme.
 *
 * @example
 * const page = await visit(browser(), siteUrl, '/people/', { colorScheme: 'light' });
 * expect(await axeViolations(page, ['light', 'dark'])).toEqual([]);
 */
export async function axeViolations(page: Page, schemes: readonly ColorScheme[]): Promise<string[]> {
  axeSource ??= readFile(axeFile, 'utf8');
  // Evaluated rather than added as a script tag: the site's Content-Security-Policy allows no inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource);
  const found: string[] = [];
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    // A colour still in transition would be judged halfway (the site has no transitions today).
    const applied = await page.evaluate(async (scheme) => {
      const transitions = document.getAnimations().filter((animation) => animation instanceof CSSTransition);
      await Promise.all(transitions.map((transition) => transition.finished));
      return matchMedia(`(prefers-color-scheme: ${scheme})`).matches;
    }, colorScheme);
    if (!applied) throw new Error(`the page did not switch to the ${colorScheme} colour scheme`);
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
      // Only violations are read: axe then skips the selectors of every passing node (its own advice for speed).
      const { violations } = await axe.run(document, { resultTypes: ['violations'] });
      return violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`),
      );
    });
    found.push(...violations.map((line) => `${colorScheme}: ${line}`));
  }
  return found;
}
