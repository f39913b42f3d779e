/**
 * The RSS feed of articles, as options for `@astrojs/rss`: pure, so the feed
 * can be rendered and checked without a build. `@astrojs/rss` escapes every
 * title and excerpt (articles are untrusted text).
 */
import type { RSSOptions } from '@astrojs/rss';
import type { ArticleEntry } from '../schemas';
import { escapeXml } from './host-files';
import { siteDescription, siteName } from './identity';

/** The absolute URLs a feed links to. */
export interface FeedLinks {
  /** The site's home page. */
  home: string;
  /** The feed itself, for the `atom:link rel="self"` that feed readers expect. */
  feed: string;
  article(slug: string): string;
}

/** Every article, in the order given (newest first on the site), with its excerpt. */
export function articleFeed(articles: readonly ArticleEntry[], links: FeedLinks): RSSOptions {
  return {
    title: `${siteName}: articles`,
    description: siteDescription,
    site: links.home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${escapeXml(links.feed)}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((article) => ({
      title: article.title,
      link: links.article(article.slug),
      description: article.excerpt,
      // Midnight UTC: the seed gives a day, and a fixed time keeps builds identical.
      ...(article.date ? { pubDate: new Date(`${article.date}T00:00:00Z`) } : {}),
    })),
  };
}
