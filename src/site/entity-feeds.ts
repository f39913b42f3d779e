/**
 * The routes of the per-person and per-party feeds (`/people/<slug>/feed.xml`,
 * `/parties/<slug>/feed.xml`): one feed for each live profile. Retired
 * addresses get none: they redirect or say the subject is gone.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from './data';
import { entityFeed } from './feed';
import { absoluteUrl, entityFeedHref, pageUrl, type EntityKind } from './urls';

/** One feed path per person or party of `kind`. */
export function entityFeedPaths(kind: EntityKind): GetStaticPaths {
  return async () => {
    const { people, parties } = await loadSite();
    return (kind === 'person' ? people : parties).map((entity) => ({ params: { slug: entity.slug } }));
  };
}

/** The feed of the person or party of `kind` named by the route's slug. */
export function entityFeedRoute(kind: EntityKind): APIRoute {
  return async ({ params }) => {
    const { articleBySlug, personBySlug, partyBySlug } = await loadSite();
    const slug = String(params.slug);
    const entity = (kind === 'person' ? personBySlug : partyBySlug).get(slug);
    if (!entity) throw new Error(`No ${kind} has the slug ${slug}`);
    return rss(
      entityFeed({ kind, name: entity.name, articles: entity.articles }, articleBySlug, {
        home: pageUrl(kind, slug),
        feed: absoluteUrl(entityFeedHref(kind, slug)),
        article: (article) => pageUrl('article', article),
      }),
    );
  };
}
