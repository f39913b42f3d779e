/**
 * Checks every internal link of a served site with linkinator: links, assets,
 * meta refreshes, `#fragments`, and the URLs in JSON-LD. Every page in dist/ is
 * a starting point, so pages nothing links to (redirect pages, 404) are checked too.
 */
import { readdir } from 'node:fs/promises';
import { LinkChecker, LinkState } from 'linkinator';

export interface LinkCheckOptions {
  /** The built folder, to list its pages. */
  dist: string;
  /** The served site, base path included, ending in `/` (from `serveStatic`). */
  siteUrl: string;
  /**
   * The published address the site was built for (SIASA_SITE + base path,
   * ending in `/`). Absolute links to it (canonical, JSON-LD `url`) are
   * checked against the local server instead of being skipped as external.
   */
  publishedUrl: string;
}

export interface LinkCheckReport {
  /** How many links were checked (not skipped). */
  checked: number;
  /** One line per broken link: `url (status) on parent`. */
  broken: string[];
}

/** Every HTML page's URL on the served site: `dir/index.html` as `dir/`. */
export async function pageUrls(dist: string, siteUrl: string): Promise<string[]> {
  const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  return files.map((file) => new URL(file.replace(/(^|\/)index\.html$/, '$1'), siteUrl).href);
}

/** Crawls the site; external links (anything not on the local server) are skipped, never fetched. */
export async function checkLinks({ dist, siteUrl, publishedUrl }: LinkCheckOptions): Promise<LinkCheckReport> {
  const local = new URL(siteUrl);
  const result = await new LinkChecker().check({
    path: await pageUrls(dist, siteUrl),
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(publishedUrl)}`), replacement: siteUrl }],
    // No network here: whatever is not on 127.0.0.1 (Wikidata, a source article) is left alone.
    linksToSkip: async (link) => new URL(link).origin !== local.origin,
  });
  const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);
  const broken = checked
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (${link.status ?? 'no status'}) on ${link.parent ?? 'the start list'}`)
    .sort();
  return { checked: checked.length, broken: [...new Set(broken)] };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
