/**
 * Saved web pages as seeds (tests/fixtures/pages/): four invented outlets'
 * templates, each beside the same article saved as plain text. A page reads
 * to the article's paragraphs and its own metadata, and the people and
 * parties found in it are those found in the plain text: nothing of the
 * page's furniture (furniture.json) becomes text or an entity.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseCorpus, extractFile } from '../../src/pipeline/corpus';
import { openExtractionCache } from '../../src/pipeline/extraction-cache';
import { extractFiles } from '../../src/pipeline/parallel';
import { isSeedName, loadPack } from '../../src/pipeline/ingest';
import { readArticle } from '../../src/pipeline/read/index';
import { renderArticle } from '../../src/pipeline/render';
import type { Article, SeedFile } from '../../src/pipeline/types';
import { seed } from './helpers';

const pages = new URL('../fixtures/pages/', import.meta.url);
const pack = await loadPack();

function pageSeed(folder: string, name: string): SeedFile {
  return { name, bytes: readFileSync(new URL(`${folder}/${name}`, pages)) };
}

const savedPages = readdirSync(new URL('html/', pages)).filter((name) => name.endsWith('.html')).sort();
const furniture = JSON.parse(readFileSync(new URL('furniture.json', pages), 'utf8')) as Record<string, string[]>;

function readPage(name: string): Article {
  const { article, problems } = readArticle(pageSeed('html', name));
  expect(problems).toEqual([]);
  return article!;
}

/** The people and parties the pipeline finds in one file, as `kind:name`. */
function entitiesOf(file: SeedFile): string[] {
  const analysis = analyseCorpus([file], pack);
  expect(analysis.problems).toEqual([]);
  return analysis.resolution.entities.map((entity) => `${entity.kind}:${entity.name}`).sort();
}

describe('saved pages', () => {
  it('has four pages, each with its plain-text twin and its furniture listed', () => {
    expect(savedPages).toHaveLength(4);
    for (const name of savedPages) {
      expect(readdirSync(new URL('text/', pages))).toContain(name.replace(/\.html$/, '.txt'));
      expect(furniture[name]?.length, name).toBeGreaterThan(10);
    }
  });

  it.each(savedPages)('%s: the people and parties found are those of the plain-text article', (name) => {
    const fromPage = entitiesOf(pageSeed('html', name));
    const fromText = entitiesOf(pageSeed('text', name.replace(/\.html$/, '.txt')));
    expect(fromPage.length).toBeGreaterThanOrEqual(3);
    expect(fromPage).toEqual(fromText);
  });

  it.each(savedPages)('%s: the paragraphs are the plain-text article, headline apart', (name) => {
    const text = readArticle(pageSeed('text', name.replace(/\.html$/, '.txt'))).article!;
    const page = readPage(name);
    expect(page.paragraphs).toEqual(text.paragraphs);
    expect(page.title).toBe(text.title);
  });

  it.each(savedPages)('%s: no furniture reaches the article', (name) => {
    const article = JSON.stringify(readPage(name)).toLowerCase();
    for (const text of furniture[name] ?? []) expect(article, text).not.toContain(text.toLowerCase());
  });
});

describe("a saved page's metadata", () => {
  it('reads Open Graph, article:published_time, the canonical link and a JSON-LD NewsArticle', () => {
    const page = readPage('daily-courier-coalition.html');
    expect(page).toMatchObject({
      title: 'UPA and National Reform Party open talks on a joint ticket',
      titleDerived: false,
      date: '2026-03-10',
      outlet: 'The Daily Courier',
      author: 'Mercy Achieng Wanyama',
      url: 'https://dailycourier.example/news/politics/upa-nrp-joint-ticket-talks-4471',
    });
  });

  it('reads a JSON-LD @graph when the page has no Open Graph tags, and drops the outlet from the <title>', () => {
    const page = readPage('lakeside-observer-budget.html');
    expect(page).toMatchObject({
      title: 'Kisumu MCAs reject county budget over ward fund cuts',
      date: '2026-06-18',
      outlet: 'Lakeside Observer',
      author: 'Fredrick Omondi Aluoch',
      url: 'https://www.lakesideobserver.example/counties/kisumu/2026/06/kisumu-mcas-reject-budget',
    });
  });

  it('takes a live blog as an article, and an author given as an address is no author', () => {
    const page = readPage('highland-herald-liveblog.html');
    expect(page).toMatchObject({ date: '2026-05-21', outlet: 'Highland Herald', url: 'https://highlandherald.example/live/ol-kalou-by-election-2026' });
    // article:author is a URL here; the JSON-LD LiveBlogPosting names the desk.
    expect(page.author).toBe('Highland Herald Live Desk');
  });

  it('passes over a broken JSON-LD block and prefers the canonical link to og:url', () => {
    const page = readPage('coastline-times-gallery.html');
    expect(page).toMatchObject({ date: '2026-12-12', outlet: 'Coastline Times', url: 'https://coastlinetimes.example/gallery/jamhuri-day-mombasa' });
    expect(page.author).toBeUndefined();
  });

  it('keeps a wrapper whose class says what it has, not what it is (has-sidebar, with-comments)', () => {
    const story = 'The Nyeri County Assembly met on Tuesday to discuss the budget for the coming year. ';
    const html = `<html><head><title>Nyeri MCAs meet</title></head><body><div class="content has-sidebar with-comments layout-sidebar-right">
      <div class="story"><p>${story.repeat(3)}</p><p>${story.repeat(2)}</p></div><div class="sidebar"><p>Most read today</p></div></div></body></html>`;
    const { article, problems } = readArticle(seed('wrapper.html', html));
    expect(problems).toEqual([]);
    expect(article?.paragraphs).toEqual([story.repeat(3).trim(), story.repeat(2).trim()]);
  });

  it('takes no address that is not http(s), and no date that is not a calendar day', () => {
    const html = `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="article:published_time" content="2026-02-30T10:00:00Z">
      <meta property="og:title" content="Nyeri MCAs meet"></head><body><article><p>${'The Nyeri County Assembly met on Tuesday to discuss the budget. '.repeat(4)}</p></article></body></html>`;
    const { article } = readArticle(seed('odd.html', html));
    expect(article?.title).toBe('Nyeri MCAs meet');
    expect(article?.url).toBeUndefined();
    expect(article?.date).toBeUndefined();
  });
});

describe('nothing in a saved page runs or stays markup', () => {
  it('runs no script', () => {
    readPage('daily-courier-coalition.html');
    expect((globalThis as Record<string, unknown>).siasaSavedPageScriptRan).toBeUndefined();
  });

  it('keeps markup written as text as text, through the same sanitising render as every seed', () => {
    const html = `<html><head><title>Kakamega rally</title></head><body><article>
      <p>Supporters carried placards reading &lt;script&gt;alert(1)&lt;/script&gt; and &lt;b&gt;Vote&lt;/b&gt; at the Kakamega rally on Sunday afternoon.</p>
      <p>The rally ended peacefully, the county police commander said in a statement on Monday evening.</p></article></body></html>`;
    const { article } = readArticle(seed('rally.htm', html));
    expect(article?.paragraphs[0]).toContain('<script>alert(1)</script> and <b>Vote</b>');
    const rendered = renderArticle(article!, []);
    expect(rendered).not.toContain('<script>');
    expect(rendered).not.toContain('<b>');
    expect(rendered).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });
});

describe('a saved page with no article in it', () => {
  it('gives one problem naming the file, and the other seeds still read', () => {
    const analysis = analyseCorpus([pageSeed('bad', 'section-front.html'), pageSeed('html', 'daily-courier-coalition.html')], pack);
    expect(analysis.problems).toHaveLength(1);
    expect(analysis.problems[0]).toMatchObject({ file: 'section-front.html' });
    expect(analysis.problems[0]!.message).toMatch(/^section-front\.html has no article text/);
    expect(analysis.problems[0]!.message).not.toContain('\n');
    expect(analysis.articles.map((article) => article.source)).toEqual(['daily-courier-coalition.html']);
  });

  it('reads a page of a few MB, as outlets inline their scripts and data, and skips one past 10 MB', () => {
    const courier = readFileSync(new URL('html/daily-courier-coalition.html', pages), 'utf8');
    const data = `<script>window.__STATE__ = ${JSON.stringify({ stories: 'x'.repeat(3 * 1024 * 1024) })};</script>`;
    const big = readArticle(seed('big.html', courier.replace('</head>', `${data}</head>`)));
    expect(big.problems).toEqual([]);
    expect(big.article?.paragraphs).toEqual(readPage('daily-courier-coalition.html').paragraphs);
    const huge = readArticle(seed('huge.html', courier.replace('</head>', `<style>${'a{}'.repeat(4 * 1024 * 1024)}</style></head>`)));
    expect(huge.problems[0]?.message).toMatch(/^huge\.html is 12\.\d MB; a saved page over 10 MB is skipped/);
  });

  it('an empty page is empty, as an empty .txt is', () => {
    expect(readArticle(seed('blank.html', '  \n')).problems[0]?.message).toBe('blank.html is empty');
  });
});

describe('seed names', () => {
  it('takes .html and .htm as seeds, and still ignores hidden files and backups of them', () => {
    expect(['a.html', 'b.HTM', 'c.htm'].map(isSeedName)).toEqual([true, true, true]);
    expect(['.a.html', 'a.html~', 'a.html.bak'].map(isSeedName)).toEqual([false, false, false]);
  });
});

describe('saved pages in the ingest', () => {
  const files = savedPages.map((name) => pageSeed('html', name));

  // Starting workers (each loads the pipeline through tsx) takes seconds on a busy machine.
  it('read on worker threads as on this one', { timeout: 60_000 }, async () => {
    expect(await extractFiles(files, pack, () => {}, 0)).toEqual(files.map((file) => extractFile(file, pack)));
  });

  it('come back from the extraction cache whole, metadata included, and miss it when the page changes', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'siasa-pages-cache-'));
    try {
      const written = await openExtractionCache(folder, 'pack');
      for (const file of files) written.set(file, extractFile(file, pack));
      await written.flush();
      const read = await openExtractionCache(folder, 'pack');
      for (const file of files) expect(read.get(file)).toEqual(extractFile(file, pack));
      const courier = files.find((file) => file.name === 'daily-courier-coalition.html')!;
      expect(read.get(courier)?.extraction?.article).toMatchObject({ author: 'Mercy Achieng Wanyama', outlet: 'The Daily Courier', date: '2026-03-10' });
      const edited = { ...courier, bytes: new TextEncoder().encode(new TextDecoder().decode(courier.bytes).replace('four hours', 'five hours')) };
      expect(read.get(edited)).toBeUndefined();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
