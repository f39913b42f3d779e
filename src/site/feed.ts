/**
 * RSS feeds of articles, as options for `@astrojs/rss`: the site's feed of
 * every article, and one per person and party of the articles that mention
 * them. Pure, so a feed can be rendered and checked without a build.
 * `@astrojs/rss` escapes every title and excerpt (articles are untrusted text).
 */
import type { RSSOptions } from '@astrojs/rss';
import { lang, t } from '../i18n';
import type { ArticleEntry } from '../schemas';
import { escapeXml } from './host-files';
import { siteDescription, siteName } from './identity';
import type { EntityKind } from './urls';

/** The absolute URLs a feed links to. */
export interface FeedLinks {
  /** The page the feed is about: the site's home page, or a profile. */
  home: string;
  /** The feed itself, for the `atom:link rel="self"` that feed readers expect. */
  feed: string;
  article(slug: string): string;
}

/** Every article, in the order given (newest first on the site), with its excerpt. */
export function articleFeed(articles: readonly ArticleEntry[], links: FeedLinks): RSSOptions {
  return feedOf(t('site.feedTitle', { site: siteName }), siteDescription, articles, links);
}

/** The person or party a feed follows. */
export interface FollowedEntity {
  kind: EntityKind;
  name: string;
  /** Slugs of the articles that mention it. */
  articles: readonly { slug: string }[];
}

/**
 * The articles that mention one person or party, newest first (the order of
 * `articles`, the site's), linking back to the profile.
 */
export function entityFeed(entity: FollowedEntity, articles: readonly ArticleEntry[], links: FeedLinks): RSSOptions {
  const mentioning = new Set(entity.articles.map((article) => article.slug));
  return feedOf(
    t('feed.title', { site: siteName, name: entity.name }),
    t(entity.kind === 'person' ? 'feed.description.person' : 'feed.description.party', { name: entity.name }),
    articles.filter((article) => mentioning.has(article.slug)),
    links,
  );
}

function feedOf(title: string, description: string, articles: readonly ArticleEntry[], links: FeedLinks): RSSOptions {
  return {
    title,
    description,
    site: links.home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${escapeXml(links.feed)}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((article) => ({
      title: article.title,
      link: links.article(article.slug),
      description: article.excerpt,
      // Midnight UTC: the seed gives a day, and a fixed time keeps builds identical.
      ...(article.date ? { pubDate: new Date(`${article.date}T00:00:00Z`) } : {}),
    })),
  };
}
