/**
 * A feed per person and per party on the seed build: every one parses, is
 * RSS 2.0 as its specification asks (a channel with title, link and
 * description; items with title, link and guid, and a pubDate when the
 * article is dated), lists exactly the articles that mention its subject,
 * newest first, and is announced in the profile's head and by a visible
 * "Follow" link.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, test } from 'vitest';
import type { ArticleEntry, PartyEntry, PersonEntry } from '../../src/schemas';
import { byNewestThenTitle } from '../../src/site/order';
import { useBrowser, visit } from '../support/browser';

const siteUrl = inject('siteUrl');
const siteDist = inject('siteDist');
const content = path.join(path.dirname(siteDist), 'content');
// What every absolute URL of a test build starts with (SIASA_SITE's default).
const origin = 'https://example.org';

const browser = useBrowser();

async function readCollection<T>(folder: string): Promise<T[]> {
  const files = (await readdir(path.join(content, folder))).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(files.map(async (file) => JSON.parse(await readFile(path.join(content, folder, file), 'utf8')) as T));
}

interface Subject {
  section: 'people' | 'parties';
  slug: string;
  name: string;
  /** Slugs of the articles that name it, newest first, as the site orders articles. */
  expected: string[];
}

async function subjects(): Promise<Subject[]> {
  const articles = (await readCollection<ArticleEntry>('articles')).sort(byNewestThenTitle);
  const naming = (pick: (article: ArticleEntry) => { slug: string }[], slug: string) =>
    articles.filter((article) => pick(article).some((ref) => ref.slug === slug)).map((article) => article.slug);
  const people = (await readCollection<PersonEntry>('people')).map((person) => ({
    section: 'people' as const,
    slug: person.slug,
    name: person.name,
    expected: naming((article) => article.people, person.slug),
  }));
  const parties = (await readCollection<PartyEntry>('parties')).map((party) => ({
    section: 'parties' as const,
    slug: party.slug,
    name: party.name,
    expected: naming((article) => article.parties, party.slug),
  }));
  return [...people, ...parties];
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' });

describe('every person and party has a feed', () => {
  test('that parses, is valid RSS 2.0, and lists the articles that mention them, newest first', async () => {
    const all = await subjects();
    expect(all.length, 'people and parties on the seed site').toBeGreaterThan(10);
    const dates = new Map((await readCollection<ArticleEntry>('articles')).map((article) => [article.slug, article.date]));
    for (const subject of all) {
      const where = `${subject.section}/${subject.slug}/feed.xml`;
      const xml = await readFile(path.join(siteDist, subject.section, subject.slug, 'feed.xml'), 'utf8');
      expect(XMLValidator.validate(xml), `${where} is well-formed XML`).toBe(true);
      const { rss } = parser.parse(xml);
      expect(rss['@version'], where).toBe('2.0');
      const { channel } = rss;
      expect(channel.title, where).toBe(`siasa: ${subject.name}`);
      expect(channel.link, where).toBe(`${origin}/${subject.section}/${subject.slug}/`);
      expect(channel.description, where).toMatch(new RegExp(`mention ${subject.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(channel['atom:link']['@href'], where).toBe(`${origin}/${where}`);
      const items: Record<string, unknown>[] = channel.item ?? [];
      expect(items.length, `${where} has an item per article`).toBeGreaterThan(0);
      for (const item of items) {
        expect(String(item.title).length, where).toBeGreaterThan(0);
        expect(item.link, where).toMatch(new RegExp(`^${origin}/articles/[a-z0-9-]+/$`));
        expect((item.guid as Record<string, string>)['#text'], where).toBe(item.link);
        const slug = String(item.link).split('/').at(-2)!;
        if (dates.get(slug)) {
          // RFC 822, as RSS 2.0 asks, and the article's own day.
          expect(item.pubDate, `${where}: ${slug}`).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
          expect(new Date(String(item.pubDate)).toISOString().slice(0, 10)).toBe(dates.get(slug));
        } else {
          expect(item.pubDate, `${where}: ${slug} is undated`).toBeUndefined();
        }
      }
      expect(items.map((item) => String(item.link).split('/').at(-2)), `${where} lists the articles that mention ${subject.name}`).toEqual(subject.expected);
    }
  });

  test('and no feed exists for a retired address', async () => {
    const retired = await readCollection<{ kind: string; slug: string }>('retired');
    for (const entry of retired.filter((row) => row.kind !== 'article')) {
      const section = entry.kind === 'person' ? 'people' : 'parties';
      const files = await readdir(path.join(siteDist, section, entry.slug)).catch(() => []);
      expect(files, `${section}/${entry.slug}`).not.toContain('feed.xml');
    }
  });
});

describe('a profile', () => {
  test.each([
    { path: '/people/raila-odinga/', name: 'Raila Odinga' },
    { path: '/parties/orange-democratic-movement/', name: 'Orange Democratic Movement' },
  ])('$path announces its feed in its head and offers a visible Follow link to it', async ({ path: sitePath, name }) => {
    const page = await visit(browser(), siteUrl, sitePath);
    const feed = `${sitePath}feed.xml`;
    const alternate = page.locator(`head link[rel="alternate"][type="application/rss+xml"][href="${feed}"]`);
    expect(await alternate.count()).toBe(1);
    expect(await alternate.getAttribute('title')).toBe(`siasa: ${name}`);
    const follow = page.getByRole('link', { name: `Follow ${name}` });
    expect(await follow.isVisible()).toBe(true);
    expect(await follow.getAttribute('href')).toBe(feed);
    const response = await page.request.get(new URL(feed.slice(1), siteUrl).href);
    expect(response.status()).toBe(200);
    expect(parser.parse(await response.text()).rss.channel.title).toBe(`siasa: ${name}`);
  });
});
