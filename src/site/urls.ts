/**
 * Every internal URL of the site, built in one place so that the whole site
 * works under a base path (`/kenya/`) and always ends in a slash.
 */

/** The kinds of entity that have a profile page. */
export type EntityKind = 'person' | 'party';

/** Everything with a page of its own under a section: people, parties and articles. */
export type PageKind = EntityKind | 'article';

const sections = { person: 'people', party: 'parties', article: 'articles' } as const satisfies Record<PageKind, string>;

/**
 * The site's base path with exactly one slash at each end.
 * @example withSlashes('/kenya') // '/kenya/'
 */
export function withSlashes(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const base = withSlashes(import.meta.env.BASE_URL);

/**
 * An internal path, prefixed with the base path and given its trailing slash.
 * @example href('people/amina-wekesa') // '/kenya/people/amina-wekesa/'
 */
export function href(path = ''): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? base : `${base}${trimmed}/`;
}

/** A file in `public/` or `dist/` (no trailing slash), prefixed with the base path. */
export function assetHref(file: string): string {
  return `${base}${file.replace(/^\/+/, '')}`;
}

/** The page of one article. */
export const articleHref = (slug: string): string => href(`articles/${slug}`);

/** The profile page of one person or party. */
export const entityHref = (kind: EntityKind, slug: string): string => href(`${sections[kind]}/${slug}`);

/** The RSS feed of the articles that mention one person or party: `/people/<slug>/feed.xml`. */
export const entityFeedHref = (kind: EntityKind, slug: string): string => assetHref(`${sections[kind]}/${slug}/feed.xml`);

/** The folder a kind's pages live in: `people`, `parties`, `articles`. */
export const sectionOf = (kind: PageKind): string => sections[kind];

/** The page of one person, party or article (or the address one once had). */
export const pageHref = (kind: PageKind, slug: string): string => href(`${sections[kind]}/${slug}`);

/**
 * A path from `href` or `assetHref` as an absolute URL on the published site
 * (SIASA_SITE), for what is read away from the site: canonical links, feeds,
 * sitemaps, structured data.
 * @example absoluteUrl('/kenya/people/amina-wekesa/') // 'https://example.org/kenya/people/amina-wekesa/'
 */
export function absoluteUrl(path: string): string {
  return new URL(path, import.meta.env.SITE).href;
}

/** The absolute URL of one person's, party's or article's page. */
export const pageUrl = (kind: PageKind, slug: string): string => absoluteUrl(pageHref(kind, slug));

/** The search page, optionally with a query already filled in. */
export function searchHref(params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return query === '' ? href('search') : `${href('search')}?${query}`;
}

/**
 * The fragment id of one letter in an A–Z list.
 * @example letterAnchor('A') // 'letter-a'
 */
export function letterAnchor(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

/**
 * The attributes of a link to a person's or party's profile: `<a {...entityLink(kind, slug)}>`.
 * With `filter`, a party link also tells Pagefind that the page belongs under
 * that party's filter. A function, not a component: profiles list hundreds of
 * these, and each component instance costs Astro more than the link itself.
 */
export function entityLink(kind: EntityKind, slug: string, filter = false): Record<string, string | undefined> {
  return { href: entityHref(kind, slug), 'data-entity': kind, 'data-pagefind-filter': filter && kind === 'party' ? 'party' : undefined };
}
