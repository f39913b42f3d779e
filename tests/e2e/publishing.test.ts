/**
 * What the site publishes for machines, at the root and under /kenya/: a
 * well-formed sitemap and feed, robots.txt, Open Graph and Twitter tags on
 * every page, and the versioned data export, checked against its own schema.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, test } from 'vitest';
import YAML from 'yaml';
import { exportNames, exportSchemas, type ArticlesExport, type GraphExport } from '../../src/site/export-schema';
import { checkoutRoot } from '../support/site-build';

const sites = [
  { name: 'at the root', dist: inject('siteDist'), base: '/', published: 'https://example.org/' },
  { name: 'under /kenya/', dist: inject('kenyaDist'), base: '/kenya/', published: 'https://example.org/kenya/' },
];

/** Every built page, as paths relative to dist/. */
async function htmlFiles(dist: string): Promise<string[]> {
  return (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
}

/** The pages of people, parties and articles that have a subject of their own (not redirects or notices). */
async function livePages(dist: string): Promise<string[]> {
  const pages: string[] = [];
  for (const file of await htmlFiles(dist)) {
    if (!/^(people|parties|articles)\/[^/]+\/index\.html$/.test(file)) continue;
    if ((await readFile(path.join(dist, file), 'utf8')).includes('data-pagefind-body')) pages.push(path.dirname(file));
  }
  return pages;
}

describe.each(sites)('published $name', (site) => {
  const read = (file: string) => readFile(path.join(site.dist, file), 'utf8');

  test('sitemap.xml and feed.xml are well-formed XML', async () => {
    for (const file of ['sitemap.xml', 'feed.xml']) expect(XMLValidator.validate(await read(file)), file).toBe(true);
  });

  test('the sitemap lists the home page, the three lists, the network and every live page, nothing else', async () => {
    const sitemap = new XMLParser({ isArray: (name) => name === 'url' }).parse(await read('sitemap.xml')) as { urlset: { url: { loc: string }[] } };
    const listed = sitemap.urlset.url.map((entry) => entry.loc).sort();
    const expected = ['', 'people/', 'parties/', 'articles/', 'network/', ...(await livePages(site.dist)).map((page) => `${page}/`)];
    expect(listed).toEqual(expected.map((page) => site.published + page).sort());
  });

  test('robots.txt points at the sitemap, base path included', async () => {
    expect(await read('robots.txt')).toContain(`Sitemap: ${site.published}sitemap.xml\n`);
  });

  test('every page has Open Graph and Twitter tags, a canonical link and the feed link', async () => {
    const missing: string[] = [];
    for (const file of await htmlFiles(site.dist)) {
      const html = await read(file);
      // A live profile or article (not a list, a redirect or a notice) has a kind of its own.
      const live = html.includes('data-pagefind-body');
      const type = live && file.startsWith('people/') ? 'profile' : live && file.startsWith('articles/') ? 'article' : 'website';
      const wanted = [
        '<meta property="og:title" content="',
        '<meta property="og:description" content="',
        `<meta property="og:type" content="${type}">`,
        '<meta name="twitter:card" content="summary">',
        `<link rel="alternate" type="application/rss+xml" title="siasa: articles" href="${site.base}feed.xml">`,
        // The 404 page has no address of its own.
        ...(file === '404.html' ? [] : [`<link rel="canonical" href="${site.published}`, `<meta property="og:url" content="${site.published}`]),
      ];
      for (const tag of wanted) if (!html.includes(tag)) missing.push(`${file}: ${tag}`);
    }
    expect(missing, 'missing head tags').toEqual([]);
  });

  test.each(exportNames)('/data/%s.json follows its published schema, version 1', async (name) => {
    const data = JSON.parse(await read(`data/${name}.json`)) as { schema: string; version: number };
    const parsed = exportSchemas[name].safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues, 'schema problems').toEqual([]);
    expect(data.schema).toBe(`${site.published}data/schema/v1/${name}.json`);

    const schema = JSON.parse(await read(`data/schema/v1/${name}.json`)) as { $id: string; $schema: string; type: string };
    expect(schema).toMatchObject({ $id: data.schema, $schema: 'http://json-schema.org/draft-07/schema#', type: 'object' });
  });

  test('the export has every live page, and the graph’s edges are pairs named in the same articles', async () => {
    const load = async <T>(name: string) => JSON.parse(await read(`data/${name}.json`)) as T;
    const people = await load<{ people: { slug: string }[] }>('people');
    const parties = await load<{ parties: { slug: string }[] }>('parties');
    const { articles } = await load<ArticlesExport>('articles');
    const graph = await load<GraphExport>('graph');
    const live = await livePages(site.dist);
    const exported = [
      ...people.people.map(({ slug }) => `people/${slug}`),
      ...parties.parties.map(({ slug }) => `parties/${slug}`),
      ...articles.map(({ slug }) => `articles/${slug}`),
    ];
    expect(exported.sort()).toEqual(live.sort());

    const named = new Map(articles.map((article) => [article.slug, new Set([...article.people.map((ref) => `person:${ref.slug}`), ...article.parties.map((ref) => `party:${ref.slug}`)])]));
    const wrong = graph.edges.filter(
      (edge) => edge.count !== edge.articles.length || !edge.articles.every((slug) => named.get(slug)?.has(edge.source) && named.get(slug)?.has(edge.target)),
    );
    expect(graph.edges.length, 'edges').toBeGreaterThan(0);
    expect(wrong, 'edges not backed by their articles').toEqual([]);
  });
});

describe('characters to escape (tests/fixtures/escaping/, in the /kenya/ site)', () => {
  const dist = inject('kenyaDist');

  test('the headline survives the feed, the export and the JSON-LD unchanged', async () => {
    const source = await readFile(path.join(checkoutRoot, 'tests/fixtures/escaping/zz-budget-walkout.md'), 'utf8');
    const { title } = YAML.parse(source.split('---')[1] ?? '') as { title: string };
    for (const hostile of ['&', '<', '>', '"', "'", '</script>', '<!--']) expect(title, 'the fixture’s title').toContain(hostile);

    const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(await readFile(path.join(dist, 'feed.xml'), 'utf8')) as {
      rss: { channel: { item: { title: string; link: string }[] } };
    };
    const item = feed.rss.channel.item.find((entry) => entry.title === title);
    expect(item, 'the feed item with that exact title').toBeDefined();

    const { articles } = JSON.parse(await readFile(path.join(dist, 'data/articles.json'), 'utf8')) as ArticlesExport;
    const article = articles.find((entry) => entry.title === title);
    expect(article, 'the exported article with that exact title').toBeDefined();

    const html = await readFile(path.join(dist, 'articles', article!.slug, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts, 'JSON-LD blocks on the article page').toHaveLength(1);
    const document = JSON.parse(scripts[0]![1]!) as { '@graph': { '@type': string; headline?: string }[] };
    expect(document['@graph'].find((node) => node['@type'] === 'NewsArticle')?.headline).toBe(title);
  });
});
