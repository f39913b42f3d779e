import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from '../../src/schemas';
import { articleFeed, entityFeed, feedItems } from '../../src/site/feed';

/** An invented article dated `day` days after 1 January 2025. */
function article(day: number, title = `Kitui ward row, day ${day}`): ArticleEntry {
  const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
  return { slug: `row-${day}`, title, date, source: `row-${day}.txt`, excerpt: 'Wambua Kitonga spoke.', wordCount: 3, people: [], parties: [] };
}

const links = { home: 'https://example.org/people/wambua-kitonga/', feed: 'https://example.org/people/wambua-kitonga/feed.xml', article: (slug: string) => `https://example.org/articles/${slug}/` };

describe('feeds', () => {
  it("carries a person's newest articles first, cut at feedItems, whatever the order of their list", () => {
    const articles = Array.from({ length: feedItems + 12 }, (_, day) => article(day));
    const bySlug = new Map(articles.map((entry) => [entry.slug, entry]));
    // The profile's list, oldest first, with an article the site does not have.
    const mentions = [...articles.map(({ slug }) => ({ slug })), { slug: 'gone-from-the-site' }];
    const feed = entityFeed({ kind: 'person', name: 'Wambua Kitonga', articles: mentions }, bySlug, links);
    const items = (feed.items as { link: string }[]).map((item) => item.link);
    expect(items).toHaveLength(feedItems);
    expect(items[0]).toBe(links.article(`row-${feedItems + 11}`));
    expect(items.at(-1)).toBe(links.article('row-12'));
  });

  it('orders articles of one day by title, as the site lists them', () => {
    const [a, b] = [article(3, 'Zebra crossing protest'), { ...article(3, 'Assembly walkout'), slug: 'walkout' }];
    const feed = entityFeed({ kind: 'party', name: 'Umoja Party-Kenya', articles: [{ slug: a.slug }, { slug: b.slug }] }, new Map([a, b].map((entry) => [entry.slug, entry])), links);
    expect((feed.items as { title: string }[]).map((item) => item.title)).toEqual(['Assembly walkout', 'Zebra crossing protest']);
  });

  it("cuts the site's feed to the newest feedItems of the list it is given", () => {
    const newestFirst = Array.from({ length: feedItems + 5 }, (_, day) => article(feedItems + 5 - day));
    const items = articleFeed(newestFirst, links).items as { link: string }[];
    expect(items).toHaveLength(feedItems);
    expect(items[0]?.link).toBe(links.article(`row-${feedItems + 5}`));
  });
});
