/**
 * `/sitemap.xml`: every page a search engine should know (the home page, the
 * lists, the network and every live profile and article), built from the live
 * content. Left out: redirect and "no longer here" pages, the search page (its
 * results are made in the browser), the editors' review page and the 404 page.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../site/data';
import { sitemapXml } from '../site/host-files';
import { absoluteUrl, href, pageUrl } from '../site/urls';

export const GET: APIRoute = async () => {
  const { people, parties, articles } = await loadSite();
  const urls = [
    ...['', 'people', 'parties', 'articles', 'network'].map((section) => absoluteUrl(href(section))),
    ...people.map((person) => pageUrl('person', person.slug)),
    ...parties.map((party) => pageUrl('party', party.slug)),
    ...articles.map((article) => pageUrl('article', article.slug)),
  ];
  return new Response(sitemapXml(urls), { headers: { 'content-type': 'application/xml' } });
};
