/**
 * Seeds from where articles really live, built as a site of their own: the
 * saved pages of tests/fixtures/pages/html/ and the seeds `npm run import`
 * makes of tests/fixtures/import/. No furniture of a saved page (listed in
 * furniture.json), no draft or WordPress page, and no script reaches any
 * file of dist/, Pagefind's index included; each article page shows its
 * headline, outlet, date and a link to the original; every page is valid HTML.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { readArticle } from '../../src/pipeline/read/index';
import type { Article } from '../../src/pipeline/types';
import { formatDate } from '../../src/site/format';
import type { BackgroundSite } from '../support/background-builds';
import { backgroundSite } from '../support/background-sites';
import { validateSite } from '../support/html-validity';

const pages = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const furniture = JSON.parse(await readFile(path.join(pages, 'furniture.json'), 'utf8')) as Record<string, string[]>;
/** Text of the archives that must not be published: a draft, a WordPress page, a script in a feed item. */
const unpublished = ['UNPUBLISHED-DRAFT-TEXT', 'ABOUT-PAGE-TEXT', 'SCRIPT-IN-FEED', 'Peter Wachira Gathogo'];

let imported: string;
let site: BackgroundSite | undefined;
beforeAll(async () => {
  // The seeds `npm run import` makes of tests/fixtures/import/, built in the background with the saved pages.
  site = await backgroundSite('archives');
  imported = site.madeSeeds!;
}, 660_000);

/** Every file of dist/ as text: pages, feeds, data, scripts, and Pagefind's gzipped index and fragments unpacked. */
async function distTexts(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const entry of await readdir(site!.dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(file);
    const unpacked = /\.pf_(?:fragment|index|meta)$/.test(entry.name) ? gunzipSync(bytes) : bytes;
    if (!/\.(?:png|jpe?g|webp|avif|woff2?|ico|wasm)$/.test(entry.name)) texts.set(path.relative(site!.dist, file), unpacked.toString('utf8'));
  }
  return texts;
}

/** The page built from the seed `source`: the article page whose editor line names it. */
async function articlePage(source: string): Promise<string> {
  for (const [file, html] of await distTexts()) {
    if (/^articles\/[^/]+\/index\.html$/.test(file) && html.includes(`<code>${source}</code>`)) return html;
  }
  throw new Error(`no article page names ${source} as its source`);
}

/** What a reader sees of a page: its text, tags gone, entities decoded, spaces collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

describe('seeds from saved pages and imported archives', () => {
  test('no furniture, draft, WordPress page or script text reaches any file of dist/', async () => {
    const texts = await distTexts();
    expect([...texts.keys()].filter((file) => file.startsWith('articles/')).length).toBeGreaterThanOrEqual(14);
    const found: string[] = [];
    const strings = [...Object.values(furniture).filter(Array.isArray).flat(), ...unpublished];
    for (const [file, text] of texts) {
      const lower = text.toLowerCase();
      for (const string of strings) if (lower.includes(string.toLowerCase())) found.push(`${file}: ${string}`);
    }
    expect(found).toEqual([]);
  });

  test('each saved page and imported item has its page, showing headline, outlet, date and the original link', async () => {
    const seeds: { source: string; article: Article }[] = [];
    for (const folder of [path.join(pages, 'html'), imported]) {
      for (const name of await readdir(folder)) {
        const { article } = readArticle({ name, bytes: await readFile(path.join(folder, name)) });
        seeds.push({ source: name, article: article! });
      }
    }
    expect(seeds).toHaveLength(14);
    for (const { source, article } of seeds) {
      // What the reader must see is what the seed's metadata said, checked by hand in the read and import tests.
      expect([article.title, article.outlet, article.date, article.url].every(Boolean), source).toBe(true);
      const html = await articlePage(source);
      const text = visibleText(html);
      expect(text, source).toContain(article.title);
      expect(text, source).toContain(article.outlet);
      expect(text, source).toContain(formatDate(article.date!));
      expect(html, source).toContain(`href="${article.url!.replace(/&/g, '&amp;')}"`);
    }
  });

  test('the saved pages keep their own headline and outlet, as their metadata gives them', async () => {
    const text = visibleText(await articlePage('lakeside-observer-budget.html'));
    expect(text).toContain('Kisumu MCAs reject county budget over ward fund cuts');
    expect(text).toContain('Lakeside Observer');
    expect(text).toContain(formatDate('2026-06-18'));
    expect(await articlePage('lakeside-observer-budget.html')).toContain('href="https://www.lakesideobserver.example/counties/kisumu/2026/06/kisumu-mcas-reject-budget"');
  });

  test('every page built from them is valid HTML', async () => {
    const { pages: checked, problems } = await validateSite(site!.dist);
    expect(checked.length).toBeGreaterThanOrEqual(14);
    expect(problems, 'html-validate errors and warnings').toEqual([]);
  });
});
