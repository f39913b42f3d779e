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
import { byNewestThenTitle } from './order';
import type { EntityKind } from './urls';

/**
 * Items in a feed: the newest fifty. A reader polls a feed for what is new, so
 * older items only make every feed, and every build, grow with the archive
 * (the whole list stays on the site's pages); fifty covers months of a busy
 * politician, more than common feed readers keep.
 */
export const feedItems = 50;

/** The absolute URLs a feed links to. */
export interface FeedLinks {
  /** The page the feed is about: the site's home page, or a profile. */
  home: string;
  /** The feed itself, for the `atom:link rel="self"` that feed readers expect. */
  feed: string;
  article(slug: string): string;
}

/** The newest articles, in the order given (newest first on the site), with their excerpts. */
export function articleFeed(articles: readonly ArticleEntry[], links: FeedLinks): RSSOptions {
  return feedOf(t('site.feedTitle', { site: siteName }), siteDescription, articles.slice(0, feedItems), links);
}

/** The person or party a feed follows. */
export interface FollowedEntity {
  kind: EntityKind;
  name: string;
  /** Slugs of the articles that mention it. */
  articles: readonly { slug: string }[];
}

/**
 * The newest articles that mention one person or party, in the site's order
 * (newest first, then by title), linking back to the profile. Looked up by
 * slug: filtering the whole archive for each of a thousand feeds was seconds.
 */
export function entityFeed(entity: FollowedEntity, articleBySlug: ReadonlyMap<string, ArticleEntry>, links: FeedLinks): RSSOptions {
  const mentioning = entity.articles.flatMap((article) => articleBySlug.get(article.slug) ?? []);
  return feedOf(
    t('feed.title', { site: siteName, name: entity.name }),
    t(entity.kind === 'person' ? 'feed.description.person' : 'feed.description.party', { name: entity.name }),
    mentioning.sort(byNewestThenTitle).slice(0, feedItems),
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
