/** `/feed.xml`: the RSS feed of the newest articles. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../site/data';
import { articleFeed } from '../site/feed';
import { absoluteUrl, assetHref, href, pageUrl } from '../site/urls';

export const GET: APIRoute = async () => {
  const { articles } = await loadSite();
  return rss(
    articleFeed(articles, {
      home: absoluteUrl(href()),
      feed: absoluteUrl(assetHref('feed.xml')),
      article: (slug) => pageUrl('article', slug),
    }),
  );
};
