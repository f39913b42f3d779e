/**
 * The Content-Security-Policy of src/site/security.ts: every page carries it,
 * every kind of page works under it without one violation (a search included),
 * and nothing in a page needs what it forbids: no inline script or style, no
 * event-handler attribute.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { contentSecurityPolicyMeta } from '../../src/site/security';
import { openPage, useBrowser } from '../support/browser';
import { seedPages } from './seed-pages';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
const pages = await seedPages(siteDist);

const browser = useBrowser();

/** Every built page, as paths relative to dist/. */
async function htmlFiles(): Promise<string[]> {
  return (await readdir(siteDist, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
}

/** Records every `securitypolicyviolation` event the page fires, from before its first script runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['(the recorder never ran)']);
}

describe('Content-Security-Policy', () => {
  test('every page sets the policy in a <meta>, before anything it loads', async () => {
    const wrong: string[] = [];
    for (const file of await htmlFiles()) {
      const html = await readFile(path.join(siteDist, file), 'utf8');
      const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
      const meta = metas[0];
      const firstLoad = html.search(/<link rel="stylesheet"|<script[ >]/);
      if (metas.length !== 1) wrong.push(`${file}: ${metas.length} policies`);
      else if (meta?.[1]?.replace(/&#39;/g, "'") !== contentSecurityPolicyMeta) wrong.push(`${file}: another policy: ${meta?.[1]}`);
      else if (firstLoad !== -1 && firstLoad < (meta.index ?? 0)) wrong.push(`${file}: the policy comes after a stylesheet or script`);
    }
    expect(wrong).toEqual([]);
  });

  test('no page has an inline script, inline style or event-handler attribute', async () => {
    const page = await openPage(browser());
    const found: string[] = [];
    for (const file of await htmlFiles()) {
      const html = await readFile(path.join(siteDist, file), 'utf8');
      // Parsed as a browser parses it, never run: text that only looks like markup is not counted.
      const inline = await page.evaluate((source) => {
        const document = new DOMParser().parseFromString(source, 'text/html');
        return [...document.querySelectorAll('*')].flatMap((element) => {
          const problems: string[] = [];
          const isData = element.getAttribute('type') === 'application/ld+json';
          if (element.localName === 'script' && !element.hasAttribute('src') && !isData) problems.push('an inline <script>');
          if (element.localName === 'style') problems.push('a <style> element');
          if (element.hasAttribute('style')) problems.push(`a style attribute on <${element.localName}>`);
          for (const { name } of element.attributes) if (name.startsWith('on')) problems.push(`an ${name} attribute on <${element.localName}>`);
          return problems;
        });
      }, html);
      found.push(...inline.map((problem) => `${file}: ${problem}`));
    }
    expect(found).toEqual([]);
  });

  test.each(pages)('$name ($path) works without a violation', async ({ path: sitePath, status = 200, ready }) => {
    // openPage also fails the test on any console error, and Chromium logs every violation as one.
    const page = await openPage(browser());
    const violations = await recordViolations(page);
    const response = await page.goto(new URL(sitePath.replace(/^\//, ''), siteUrl).href);
    expect(response?.status(), `GET ${sitePath}`).toBe(status);
    await ready?.(page);
    await page.waitForLoadState('networkidle');
    expect(await violations(), `violations on ${sitePath}`).toEqual([]);
  });

  test('the policy is in force: a script added to a page does not run', async () => {
    // Not openPage: the violation this test causes on purpose is logged as a console error.
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      const violations = await recordViolations(page);
      await page.goto(siteUrl);
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.injectedScriptRan = true;';
        document.body.append(script);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan === true;
      });
      expect(ran, 'an inline script added to the home page ran').toBe(false);
      expect(await violations(), 'violations reported for it').toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    } finally {
      await context.close();
    }
  });
});
