/**
 * The JSON-LD of every built page, at the root and under /kenya/, walked
 * against the schema.org vocabulary that `@vocabulary/schema` ships: it
 * parses, every type and property exists, applies where it is used and holds
 * a value of a fitting type, and every URL in it leads to a built page.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { checkJsonLd, loadVocabulary } from '../support/schema-org';

const sites = [
  { name: 'at the root', dist: inject('siteDist'), published: 'https://example.org/' },
  { name: 'under /kenya/', dist: inject('kenyaDist'), published: 'https://example.org/kenya/' },
];

interface PageData {
  file: string;
  /** Each `<script type="application/ld+json">` block's text. */
  blocks: string[];
  /** A redirect or "no longer here" page: it has no subject of its own. */
  retired: boolean;
}

async function jsonLdOf(dist: string): Promise<PageData[]> {
  const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(path.join(dist, file), 'utf8');
      // The serializer escapes every "<" inside the JSON, so the first "</script>" ends the block.
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
      return { file, blocks, retired: html.includes('<meta name="robots" content="noindex">') };
    }),
  );
}

/** Every string under a key `url` or `@id` in a parsed document. */
function urlsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'url' || key === '@id' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => urlsIn(item, key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([name, item]) => urlsIn(item, name));
  return [];
}

/** The `@type` of each top-level node of a page's document. */
function topTypes(document: unknown): string[] {
  const graph = (document as { '@graph'?: { '@type'?: string }[] })['@graph'] ?? [];
  return graph.map((node) => node['@type'] ?? '(none)');
}

describe.each(sites)('JSON-LD $name', (site) => {
  test('every page has exactly one block, and it parses', async () => {
    const pages = await jsonLdOf(site.dist);
    expect(pages.length, 'pages').toBeGreaterThan(20);
    const wrong = pages.filter((page) => page.blocks.length !== 1).map((page) => `${page.file}: ${page.blocks.length} blocks`);
    expect(wrong).toEqual([]);
    const unparsable = pages.filter((page) => {
      try {
        JSON.parse(page.blocks[0] ?? '');
        return false;
      } catch {
        return true;
      }
    });
    expect(unparsable.map((page) => page.file), 'blocks that are not JSON').toEqual([]);
  });

  test('every type and property is schema.org’s, where it applies, with a fitting value', async () => {
    const vocabulary = await loadVocabulary();
    const problems = (await jsonLdOf(site.dist)).flatMap((page) =>
      page.blocks.flatMap((block) => checkJsonLd(JSON.parse(block), vocabulary).map((problem) => `${page.file} ${problem}`)),
    );
    expect(problems).toEqual([]);
  });

  test('each page says what it is: the site at home, a breadcrumb trail elsewhere, and its subject', async () => {
    const expectations: [RegExp, string][] = [
      [/^people\/[^/]+\/index\.html$/, 'Person'],
      [/^parties\/[^/]+\/index\.html$/, 'PoliticalParty'],
      [/^articles\/[^/]+\/index\.html$/, 'NewsArticle'],
    ];
    const wrong: string[] = [];
    for (const page of await jsonLdOf(site.dist)) {
      const types = topTypes(JSON.parse(page.blocks[0] ?? '{}'));
      const expected = page.file === 'index.html' ? ['WebSite'] : ['BreadcrumbList'];
      for (const [pattern, type] of expectations) if (pattern.test(page.file) && !page.retired) expected.unshift(type);
      if (types.join(' ') !== expected.join(' ')) wrong.push(`${page.file}: ${types.join(', ')} (expected ${expected.join(', ')})`);
    }
    expect(wrong).toEqual([]);
  });

  test('every url and @id on the site leads to a built page', async () => {
    const missing = new Set<string>();
    for (const page of await jsonLdOf(site.dist)) {
      for (const url of urlsIn(JSON.parse(page.blocks[0] ?? '{}'))) {
        if (!url.startsWith(site.published)) {
          missing.add(`${page.file}: ${url} is not on the site`);
          continue;
        }
        const relative = new URL(url).pathname.slice(new URL(site.published).pathname.length);
        const file = path.join(site.dist, relative, relative.endsWith('/') || relative === '' ? 'index.html' : '');
        if (!(await stat(file).then((found) => found.isFile(), () => false))) missing.add(`${page.file}: ${url}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe('JSON-LD of an article', () => {
  test('names its writer as author when the seed does (tests/fixtures/escaping/zz-county-levy.html), and no one when it does not', async () => {
    const articles = (await jsonLdOf(inject('kenyaDist'))).filter((page) => /^articles\/[^/]+\/index\.html$/.test(page.file) && !page.retired);
    const nodes = articles.map((page) => (JSON.parse(page.blocks[0] ?? '{}') as { '@graph': { '@type': string; headline?: string; author?: unknown }[] })['@graph'][0]);
    const levy = nodes.find((node) => node?.headline === 'Wekesa opposes new county levy');
    expect(levy?.author).toEqual({ '@type': 'Person', name: 'Wanjiru <Kamau> & "Co"' });
    expect(nodes.filter((node) => node !== levy && node?.author !== undefined)).toEqual([]);
  });
});
