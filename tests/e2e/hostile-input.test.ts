/**
 * Hostile input: the articles and names of tests/fixtures/hostile/ (markup,
 * script, template syntax, quotes, ampersands and angle brackets), built as a
 * site of their own and read in Chromium. Text stays text on every page that
 * shows it; nothing from an article runs or becomes an element; of the
 * Markdown article's links, only http(s), mailto and relative ones survive.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, visit } from '../support/browser';
import { validateSite } from '../support/html-validity';
import { useServedSite } from '../support/background-sites';
import { searchResultLink } from './seed-pages';

// What the fixture's files say, as a reader must see it.
const headline = 'Haki & Ukweli Party rally <script>alert(1)</script></title> ends early';
const markdownTitle = "Mwangaza & O'Brien-Wekesa sign <b>pact</b> in Kakamega";
const person = { slug: 'amina-mama-o-brien-wekesa', name: 'Amina "Mama" O\'Brien-Wekesa', alias: 'Mama <Amina> & Co' };
const personDescription = 'Leader of the Haki & Ukweli Party </script><script>alert(1)</script>.';
const party = { slug: 'haki-and-ukweli-party', name: 'Haki & Ukweli Party', description: 'A party "for <truth> & justice" </script><!-- -->.' };
const quote = 'We will not be stopped by </script><script>alert(1)</script> or by anyone else in this county';
/** Everything in the plain-text article that looks like markup or code. */
const plainTextLiterals = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'the link javascript:alert(1)',
  '<a href="javascript:alert(1)">prize</a>',
  '[the manifesto](javascript:alert(1))',
  '![a photo](https://example.com/x.png)',
  '<!-- a hidden note -->',
  '{{ x }}',
  '${x}',
  '&lt;b&gt; &amp;',
  `"${quote}," Ms O'Brien-Wekesa said.`,
];

const served = useServedSite('hostile');
const browser = useBrowser();

/**
 * A page of the hostile site. `visit` fails the test if a dialog opens (an
 * `alert(1)` that ran), the page throws, or the browser logs an error.
 */
async function open(sitePath: string): Promise<Page> {
  const page = await visit(browser(), served().server.url, sitePath);
  // An injected <img onerror> fires once its load fails: let every request finish.
  await page.waitForLoadState('networkidle');
  return page;
}

/** Every built page of the hostile site, as paths relative to dist/. */
async function htmlFiles(): Promise<string[]> {
  return (await readdir(served().site.dist, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
}

/** The site path of the article built from `sourceFile`, found by the source file its page names. */
async function articlePath(sourceFile: string): Promise<string> {
  for (const file of await htmlFiles()) {
    if (!/^articles\/[^/]+\/index\.html$/.test(file)) continue;
    if ((await readFile(path.join(served().site.dist, file), 'utf8')).includes(`<code>${sourceFile}</code>`)) return `/${path.dirname(file)}/`;
  }
  throw new Error(`no article page names ${sourceFile} as its source`);
}

/**
 * What in the page's DOM could run or load something an article put there: an
 * element that embeds (img, iframe, object, embed), a script that is not the
 * site's own file or JSON-LD, an event-handler attribute, a `javascript:` URL.
 */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      const tag = element.localName;
      if (['img', 'iframe', 'object', 'embed', 'frame'].includes(tag)) found.push(`<${tag}>: ${element.outerHTML.slice(0, 120)}`);
      if (tag === 'script') {
        const src = element.getAttribute('src');
        const own = src !== null && new URL(src, location.href).origin === location.origin && /\/(_astro|pagefind)\//.test(src);
        if (!own && element.getAttribute('type') !== 'application/ld+json') found.push(`<script>: ${element.outerHTML.slice(0, 120)}`);
      }
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) found.push(`${name} on <${tag}>`);
        // Browsers ignore control characters and spaces before a scheme: so must the check.
        if (/^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${name}="${value}" on <${tag}>`);
      }
    }
    return found;
  });
}

describe('hostile input', () => {
  test('no page of the site runs or embeds anything from the articles', { timeout: 120_000 }, async () => {
    const files = await htmlFiles();
    // Two articles, two profiles, the lists, home, search, review and 404 at the least.
    expect(files.length, 'pages built from the hostile fixture').toBeGreaterThanOrEqual(10);
    // A few pages at once: most of a page's time is the wait for its network
    // to settle, which the others' waits overlap.
    const queue = [...files];
    const checkNext = async (): Promise<void> => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const sitePath = file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`;
        try {
          const page = await open(sitePath);
          expect(await injected(page), `elements and attributes injected into ${sitePath}`).toEqual([]);
          await page.close();
        } catch (error) {
          // The first failure ends the test: no page is opened after it.
          queue.length = 0;
          throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, checkNext));
  });

  test('every page is valid HTML', async () => {
    const { problems } = await validateSite(served().site.dist);
    expect(problems, 'html-validate errors and warnings').toEqual([]);
  });

  test('the plain-text article shows every piece of markup as the text written', async () => {
    const page = await open(await articlePath('001-plain-text-markup.txt'));
    expect(await page.locator('h1').innerText()).toBe(headline);
    expect(await page.title(), 'the <title>').toContain(headline);
    const body = await page.locator('.article-body').innerText();
    for (const literal of plainTextLiterals) expect(body, `the article body`).toContain(literal);
    // The only links in a plain-text article are the ones the site adds: mentions.
    const links = await page.locator('.article-body a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.filter((href) => !/^\/(people|parties)\/[^/]+\/$/.test(href ?? '')), 'links other than mentions').toEqual([]);
  });

  test('the Markdown article keeps its formatting and safe links, and loses raw HTML and javascript: links', async () => {
    const page = await open(await articlePath('002-markdown-raw-html.md'));
    expect(await page.locator('h1').innerText(), 'a front-matter title is text too').toBe(markdownTitle);
    const body = page.locator('.article-body');
    expect(await body.locator('strong').first().innerText()).toBe('Baraka Mwangaza');
    expect(await body.locator('script, iframe, img, b').count(), 'raw HTML elements in the body').toBe(0);

    const links = await body.locator('a').evaluateAll((as) =>
      as.filter((a) => !a.classList.contains('mention')).map((a) => ({ text: a.textContent, href: a.getAttribute('href') })),
    );
    expect(links).toEqual([
      { text: 'bad link', href: null },
      { text: 'the courier', href: 'https://example.com/news/pact' },
      { text: 'plain http', href: 'http://example.org/old' },
      { text: 'write to the desk', href: 'mailto:desk@example.com' },
      { text: 'the people list', href: '/people/' },
    ]);
    const text = await body.innerText();
    expect(text, 'the text between dropped tags').toContain('A raw link and an');
    expect(text, 'the text of dropped elements').not.toMatch(/alert|<script|<iframe|onerror/);
  });

  test('a person’s page shows their name, aliases, description and quote as text', async () => {
    const page = await open(`/people/${person.slug}/`);
    expect(await page.locator('h1').innerText()).toBe(person.name);
    expect(await page.title()).toContain(person.name);
    const main = await page.locator('main').innerText();
    for (const text of [person.alias, personDescription, quote, headline]) expect(main).toContain(text);
    // The same names, escaped in attributes rather than in text.
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toContain(person.name);
    expect(description).toContain(personDescription);
  });

  test('a party’s page shows its name and description as text', async () => {
    const page = await open(`/parties/${party.slug}/`);
    expect(await page.locator('h1').innerText()).toBe(party.name);
    expect(await page.locator('main').innerText()).toContain(party.description);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(party.name);
  });

  test.each([
    ['a name with quotes', "O'Brien-Wekesa", person.name],
    ['a name with an ampersand', 'Haki & Ukweli', party.name],
    ['words beside markup', 'poster rally', '<script>alert(1)</script>'],
  ])('search for %s shows results as text', async (_, query, shown) => {
    const page = await open(`/search/?q=${encodeURIComponent(query)}`);
    await page.locator(searchResultLink).first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(await injected(page), `elements injected by the results for "${query}"`).toEqual([]);
    const results = page.locator('#search-results, .pagefind-ui__results').first();
    expect(await results.innerText(), `the results for "${query}"`).toContain(shown);
  });

  test('every JSON-LD block parses, and a </script> in a name does not end it', async () => {
    let blockCount = 0;
    for (const file of await htmlFiles()) {
      const html = await readFile(path.join(served().site.dist, file), 'utf8');
      // Read from the file as a browser would: a block ends at the first `</script>`, wherever it is.
      const blocks = [...html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
      for (const block of blocks) expect(() => JSON.parse(block), `a JSON-LD block in ${file}`).not.toThrow();
      blockCount += blocks.length;
    }
    expect(blockCount, 'JSON-LD blocks on the site').toBeGreaterThan(0);
    const page = await open(`/people/${person.slug}/`);
    const graph = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) =>
      scripts.map((script) => JSON.parse(script.textContent ?? '') as unknown),
    );
    const text = JSON.stringify(graph);
    expect(text, 'the JSON-LD of the person’s page').toContain(JSON.stringify(person.name).slice(1, -1));
    expect(text).toContain(JSON.stringify(personDescription).slice(1, -1));
  });

  test('the feed and the sitemap, where built, are well-formed XML that keeps the text', async () => {
    const xmlFiles = ['feed.xml', 'sitemap.xml'];
    for (const file of xmlFiles) {
      const full = path.join(served().site.dist, file);
      if (!(await stat(full).then(() => true, () => false))) continue;
      const xml = await readFile(full, 'utf8');
      expect(XMLValidator.validate(xml), `${file} is well-formed`).toBe(true);
      if (file === 'feed.xml') {
        const feed = new XMLParser().parse(xml) as { rss?: { channel?: { item?: { title?: string } | { title?: string }[] } } };
        const items = [feed.rss?.channel?.item ?? []].flat();
        expect(items.map((item) => item.title), 'feed item titles').toContain(headline);
        // Opened in the browser, the feed is data: nothing in it runs.
        await open('/feed.xml');
      }
    }
  });
});
