/**
 * `/_redirects`: the moved addresses for hosts that read such a file (Netlify,
 * Cloudflare Pages). A route parameter, because Astro routes no file whose
 * name starts with `_`; this route builds that one path and no other.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../site/data';
import { redirectsFile } from '../site/host-files';
import { retiredAddresses } from '../site/retired';
import { pageHref } from '../site/urls';
import { inThisPart } from '../site/shard';

export const getStaticPaths = inThisPart('[redirects]', () => [{ params: { redirects: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const redirects = retiredAddresses(await loadSite()).flatMap(({ entry, target }) =>
    target ? [{ from: pageHref(entry.kind, entry.slug), to: target.href }] : [],
  );
  return new Response(redirectsFile(redirects), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
