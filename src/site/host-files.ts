/**
 * The plain files that crawlers and static hosts read beside the pages:
 * `sitemap.xml`, `robots.txt` and `_redirects`. Pure text builders; the
 * endpoints in `src/pages/` give them the site's URLs.
 */

/** Escapes text for an XML element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);
}

/**
 * A sitemap (sitemaps.org 0.9) listing absolute page URLs, in the order given.
 * No `lastmod`: the site has no honest one, and a build date would make two builds differ.
 */
export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`;
}

/** robots.txt: everything may be crawled (pages that should not be indexed say so themselves), and where the sitemap is. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nDisallow:\n\nSitemap: ${sitemapUrl}\n`;
}

/** One moved address: both paths with the base path, ending in `/`. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * A `_redirects` file (Netlify and Cloudflare Pages): one permanent redirect
 * per moved address. The static redirect page at the old address stays as
 * the fallback for hosts that read no such file.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.map(({ from, to }) => `${from} ${to} 301\n`).join('');
  return `# Addresses that moved, written by the build from slugs.lock.json. Do not edit.\n${lines}`;
}
