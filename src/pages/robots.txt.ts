/** `/robots.txt`: crawl everything, and find the sitemap here (base path included). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/host-files';
import { absoluteUrl, assetHref } from '../site/urls';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(assetHref('sitemap.xml'))), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
