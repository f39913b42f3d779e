/**
 * Chromium for end-to-end tests: Debian's own build driven by playwright-core,
 * so no browser is ever downloaded. One browser per test file, one page per test.
 */
import { afterAll, beforeAll } from 'vitest';
import { expect, onTestFinished } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './chromium';

/** Starts headless Chromium; close it with `closeBrowser` in the file's `afterAll`. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Closes a browser from `launchBrowser`; safe to call when the launch failed. */
export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  await browser?.close();
}

/**
 * The browser's contexts for pages opened with the same options, made on first
 * use. A context of its own per page costs a renderer process each: about half
 * a second a test on CI's two cores, a few minutes over the suite. The site
 * keeps nothing in the browser (no cookie, no storage, no service worker) and
 * the test servers send no cache headers, so a page gets nothing from the pages
 * opened before it in its context.
 */
const sharedContexts = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();

function contextFor(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  let contexts = sharedContexts.get(browser);
  if (!contexts) sharedContexts.set(browser, (contexts = new Map()));
  const key = JSON.stringify(options);
  let context = contexts.get(key);
  if (!context) contexts.set(key, (context = browser.newContext(options)));
  return context;
}

/**
 * Opens a fresh page that fails the current test if the site throws, logs a
 * console error (a Content-Security-Policy violation is one) or opens a dialog
 * (`alert(1)` is one). `options` set up its context, e.g. `{ colorScheme: 'dark' }`;
 * pages opened with the same options share one (see `contextFor`), so a test
 * changes its page, never its page's context. The page is closed when the test ends.
 *
 * @example
 * const page = await openPage(browser);
 * await page.goto(siteUrl);
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await contextFor(browser, options)).newPage();
  // Shorter than the test timeout, so a missing element fails with Playwright's
  // message naming the locator rather than Vitest's bare "timed out".
  page.setDefaultTimeout(10_000);
  const errors = collectPageErrors(page);
  onTestFinished(async () => {
    await page.close();
    if (errors.length > 0) {
      throw new Error(`The page reported ${errors.length} error(s):\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    }
  });
  return page;
}

/** Records uncaught exceptions, console errors and dialogs, each with the address it happened on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message} (on ${page.url()})`));
  // The site never opens a dialog: one that opens ran code from somewhere it should not have.
  page.on('dialog', (dialog) => {
    errors.push(`a ${dialog.type()} dialog opened: "${dialog.message()}" (on ${page.url()})`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url || page.url();
    // Chromium asks for /favicon.ico by itself whether or not the page links one.
    if (new URL(where, page.url()).pathname.endsWith('/favicon.ico')) return;
    // The not-found page answers 404 on purpose, and Chromium logs that; its test checks the status itself.
    if (where === page.url() && message.text().startsWith('Failed to load resource')) return;
    errors.push(`console error: ${message.text()} (on ${where})`);
  });
  return errors;
}

export interface VisitOptions extends BrowserContextOptions {
  /** The HTTP status the page must answer with; 200 unless told. */
  status?: number;
}

/**
 * Opens `sitePath` (`/search/?q=x`) of the site served at `siteUrl` in a fresh
 * page from `openPage`, and fails the test unless it answers with `status`.
 *
 * @example
 * const page = await visit(browser, siteUrl, '/no-such-page/', { status: 404 });
 */
export async function visit(browser: Browser, siteUrl: string, sitePath: string, options: VisitOptions = {}): Promise<Page> {
  const { status = 200, ...contextOptions } = options;
  const page = await openPage(browser, contextOptions);
  const response = await page.goto(new URL(sitePath.replace(/^\//, ''), siteUrl).href);
  expect(response?.status(), `GET ${sitePath}`).toBe(status);
  return page;
}

/**
 * One Chromium for the calling test file: launched before its tests and closed
 * after them. Call it at the top of a file (or a describe); call the returned
 * function inside tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeBrowser(browser);
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call browser() inside a test, not at load time');
    return browser;
  };
}
